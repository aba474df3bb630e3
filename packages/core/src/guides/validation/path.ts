const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;
const SHOWN_KEY_LENGTH = 64;

/** The path of a property: `guides.welcome`, or `guides["a.b"]` for a key that is not plain. */
export function keyPath(base: string, key: string): string {
  if (PLAIN_KEY.test(key)) return base === '' ? key : `${base}.${key}`;
  const shown = key.length > SHOWN_KEY_LENGTH ? `${key.slice(0, SHOWN_KEY_LENGTH)}…` : key;
  return `${base}[${JSON.stringify(shown)}]`;
}

/** The path of a list entry: `guides.welcome.steps[1]`. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}
