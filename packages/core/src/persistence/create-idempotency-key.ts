/**
 * A key unique to one payload: the time in base 36 and 96 random bits, so two devices saving in
 * the same millisecond still differ.
 */
export function createIdempotencyKey(now: number, random: () => number): string {
  const chunk = (): string =>
    Math.floor(random() * 2 ** 32)
      .toString(36)
      .padStart(7, '0');
  return `${now.toString(36)}-${chunk()}${chunk()}${chunk()}`;
}
