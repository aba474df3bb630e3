/**
 * A date written for `locale` ("Dec 17, 2026, 10:00 AM"; "2026/12/17 10:00"), with the time only
 * when asked; the ISO date when the locale is not one the browser knows.
 */
export function formatDate(at: number, locale: string, withTime = false): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, withTime ? 16 : 10);
  }
}
