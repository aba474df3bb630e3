const SHOWN_LENGTH = 60;

/** A value quoted for a message, shortened, with control characters escaped: `'equals'`. */
export function quote(value: string): string {
  const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
  let out = '';
  for (const character of shown) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (character === "'" || character === '\\') out += `\\${character}`;
    else out += character;
  }
  return `'${out}'`;
}

/** Names for a message, at most ten: `trial, newUser, activated`. */
export function listNames(names: readonly string[]): string {
  const shown = names
    .slice(0, 10)
    .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name));
  return names.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}
