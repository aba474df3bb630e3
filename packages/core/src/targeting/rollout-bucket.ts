const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UINT32_RANGE = 4_294_967_296;

/** Continues a 32-bit FNV-1a hash over the UTF-8 bytes of `text`, without building them. */
export function hashText(hash: number, text: string): number {
  let h = hash;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      h = Math.imul(h ^ code, FNV_PRIME);
      continue;
    }
    if (code < 0x800) {
      h = Math.imul(h ^ (0xc0 | (code >> 6)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (code & 0x3f)), FNV_PRIME);
      continue;
    }
    if (code >= 0xd800 && code < 0xdc00) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        h = Math.imul(h ^ (0xf0 | (point >> 18)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((point >> 12) & 0x3f)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((point >> 6) & 0x3f)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | (point & 0x3f)), FNV_PRIME);
        index++;
        continue;
      }
    }
    // A lone surrogate hashes as U+FFFD, as TextEncoder would encode it.
    if (code >= 0xd800 && code < 0xe000) code = 0xfffd;
    h = Math.imul(h ^ (0xe0 | (code >> 12)), FNV_PRIME);
    h = Math.imul(h ^ (0x80 | ((code >> 6) & 0x3f)), FNV_PRIME);
    h = Math.imul(h ^ (0x80 | (code & 0x3f)), FNV_PRIME);
  }
  return h;
}

/** The hash state after `salt + ':'`, computed once per rollout rule. */
export function saltHash(salt: string): number {
  return hashText(FNV_OFFSET, `${salt}:`);
}

/**
 * Finishes a hash into a bucket in [0, 100). FNV-1a alone leaves similar ids (`user-1`,
 * `user-2`) in neighbouring buckets; murmur3's final mix spreads them uniformly.
 */
export function bucketOf(saltState: number, userId: string): number {
  let h = hashText(saltState, userId);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) / UINT32_RANGE) * 100;
}

/**
 * The rollout bucket of a user, in [0, 100): deterministic for the same id and salt, uniform
 * across ids, independent across salts. A rollout of `p` percent holds when the bucket is
 * below `p`. A number id buckets as its decimal string (`42` and `'42'` agree).
 *
 * @example
 * rolloutBucket('user-42', 'export-v2'); // the same number on every device
 */
export function rolloutBucket(userId: string | number, salt = ''): number {
  return bucketOf(saltHash(salt), String(userId));
}
