import { describe, expect, it } from 'vitest';
import { parseGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';

/**
 * `count` hints, each shown once the one before it was seen. The definition's guides are
 * behind a proxy that counts lookups: the engine looks a guide up once per evaluation.
 */
function chain(count: number, order: 'forward' | 'backward', through: 'guide' | 'segment') {
  const id = (index: number) => `hint${index}`;
  const previous = (index: number) =>
    through === 'guide' ? { guide: id(index - 1), is: 'seen' } : { segment: `after${index - 1}` };
  const indices = Array.from({ length: count }, (_, index) => index);
  const guides = Object.fromEntries(
    (order === 'forward' ? indices : [...indices].reverse()).map((index) => [
      id(index),
      {
        kind: 'tooltip',
        target: `target-${index}`,
        body: 'Tip',
        audience: {
          all: [{ attr: 'plan', eq: 'pro' }, ...(index === 0 ? [] : [previous(index)])],
        },
      },
    ]),
  );
  const segments =
    through === 'segment'
      ? Object.fromEntries(
          indices.map((index) => [`after${index}`, { guide: id(index), is: 'seen' }]),
        )
      : {};
  const parsed = parseGuidepost({ segments, guides });
  expect(parsed.issues).toEqual([]);
  let lookups = 0;
  const guidesRecord = new Proxy(parsed.definition.guides, {
    get(target, key, receiver) {
      lookups += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const engine = createGuidepost(
    { ...parsed.definition, guides: guidesRecord },
    { user: { id: 'u1', plan: 'pro' }, storage: memoryAdapter(), locks: null },
  );
  const open = Object.values(engine.getState().guides).filter((guide) => guide.open);
  return { open: open.length, lookups };
}

describe('a chain of guides, each shown after the one before', () => {
  it.each([
    ['in definition order', 'forward', 'guide'],
    ['in reverse definition order', 'backward', 'guide'],
    ['through segments', 'forward', 'segment'],
  ] as const)(
    'opens 300 hints at start, %s, evaluating each audience a few times, not once per link',
    (_name, order, through) => {
      const { open, lookups } = chain(300, order, through);
      expect(open).toBe(300);
      // A few lookups per guide (reading the definition, the first pass, once more when the
      // hint before it opens, its goal when it shows), where evaluating every guide again per
      // link took over 90,000.
      expect(lookups).toBeLessThanOrEqual(12 * 300);
    },
  );
});
