const MAX_WORDS = 4;
const MAX_LENGTH = 40;

/**
 * A name for an anchor or a step id, made from text people read: lowercase ASCII letters and
 * digits joined by `-`, at most four words and 40 characters; empty when the text has none.
 *
 * @example
 * slugOf('Invite your teammates!'); // 'invite-your-teammates'
 * slugOf('Créer un projet'); // 'creer-un-projet'
 */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
  return words.join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
}
