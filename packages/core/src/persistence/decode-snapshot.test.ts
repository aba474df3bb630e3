import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from './decode-snapshot';
import { emptySnapshot } from './empty-snapshot';
import { encodeSnapshot } from './encode-snapshot';
import { canonical } from './testing/snapshot-arbitraries';

const DISMISSED = { status: 'dismissed', version: 1, resetAt: 0, shows: 1, dismissedAt: 50 };

describe('decodeSnapshot', () => {
  it.each([
    ['text that is not JSON', '{"v":1,'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2]'],
    ['a number', 42],
    ['foreign JSON', '{"hello":1}'],
    ['a negative version', { v: -1, userId: 'u1' }],
    ['a fractional version', { v: 0.5, userId: 'u1' }],
    ['another user', { v: 1, userId: 'someone-else', guides: {}, events: {} }],
  ])('treats %s as corrupt and hands back an empty snapshot', (_, raw) => {
    const result = decodeSnapshot(raw, { userId: 'u1' });
    expect(result).toMatchObject({ status: 'corrupt', snapshot: emptySnapshot('u1') });
    if (result.status === 'corrupt') expect(result.reason).not.toBe('');
  });

  it('reports a newer schema without reading it', () => {
    expect(decodeSnapshot('{"v":7,"userId":"u1","whatever":true}')).toStrictEqual({
      status: 'newer',
      version: 7,
    });
  });

  it('keeps the good guide entries when one is broken', () => {
    const raw = JSON.stringify({
      v: 1,
      userId: 'u1',
      guides: { welcome: DISMISSED, broken: 'yes', tips: { status: 'active', shows: 2 } },
      events: { saved: { count: 2, recent: [1, 2] }, junk: [] },
    });
    const result = decodeSnapshot(raw, { userId: 'u1' });
    expect(result).toMatchObject({ status: 'ok', issues: ['guides.broken', 'events.junk'] });
    if (result.status !== 'ok') return;
    expect(Object.keys(result.snapshot.guides).sort()).toStrictEqual(['tips', 'welcome']);
    expect(result.snapshot.guides.welcome).toStrictEqual(DISMISSED);
    expect(result.snapshot.guides.tips).toStrictEqual({
      status: 'active',
      version: 1,
      resetAt: 0,
      shows: 2,
    });
    expect(result.snapshot.events).toStrictEqual({ saved: { count: 2, recent: [1, 2] } });
  });

  it.each([
    [
      'an unknown status with a dismissal time',
      { status: 'gone', dismissedAt: 9 },
      { status: 'dismissed', dismissedAt: 9 },
      ['guides.g.status'],
    ],
    [
      'no status with a completion time',
      { completedAt: 4, shows: 1 },
      { status: 'completed', completedAt: 4, shows: 1 },
      ['guides.g.status'],
    ],
    [
      'a bad count and a bad timestamp on a dismissal',
      { status: 'dismissed', shows: -3, lastShownAt: 'yesterday' },
      { status: 'dismissed' },
      ['guides.g.shows', 'guides.g.lastShownAt'],
    ],
    [
      'a bad version on a completion',
      { status: 'completed', version: '2', completedAt: 5 },
      { status: 'completed', completedAt: 5 },
      ['guides.g.version'],
    ],
    [
      'one bad checklist item among good ones',
      { status: 'active', items: { a: 1, b: null, c: 3 } },
      { status: 'active', items: { a: 1, c: 3 } },
      ['guides.g.items.b'],
    ],
  ])('recovers %s', (_, stored, expected, issues) => {
    const result = decodeSnapshot({ v: 1, userId: 'u1', guides: { g: stored } });
    expect(result).toMatchObject({ status: 'ok', issues });
    if (result.status !== 'ok') return;
    expect(result.snapshot.guides.g).toStrictEqual({
      version: 1,
      resetAt: 0,
      shows: 0,
      ...expected,
    });
  });

  it('drops an entry with nothing left to recover', () => {
    const result = decodeSnapshot({ v: 1, userId: 'u1', guides: { g: { status: 'gone' } } });
    expect(result).toMatchObject({ status: 'ok', issues: ['guides.g'] });
  });

  it.each([
    [
      'unsorted, repeated and invalid timestamps',
      { count: 1, recent: [3, 'x', 1, 3] },
      { count: 2, recent: [1, 3] },
    ],
    ['no count', { recent: [5, 6] }, { count: 2, recent: [5, 6] }],
  ])('repairs an event tally with %s', (_, stored, expected) => {
    const result = decodeSnapshot({ v: 1, userId: 'u1', events: { e: stored } });
    expect(result.status === 'ok' && result.snapshot.events.e).toStrictEqual(expected);
  });

  it('reads a stored value without a user id as the expected user', () => {
    const result = decodeSnapshot({ v: 1, guides: { welcome: DISMISSED } }, { userId: 'u1' });
    expect(result).toMatchObject({ status: 'ok', issues: ['userId'] });
    expect(result.status === 'ok' && result.snapshot.userId).toBe('u1');
  });

  it('never lets ids like __proto__ reach a prototype', () => {
    const raw = '{"v":1,"userId":"u1","guides":{"__proto__":{"status":"dismissed"}}}';
    const result = decodeSnapshot(raw);
    expect(result.status === 'ok' && Object.keys(result.snapshot.guides)).toStrictEqual([
      '__proto__',
    ]);
    expect(result.status === 'ok' && Object.getPrototypeOf(result.snapshot.guides)).toBe(
      Object.prototype,
    );
  });

  it.each([
    ['fc.jsonValue()', fc.jsonValue()],
    ['fc.string()', fc.string()],
    ['fc.anything()', fc.anything()],
    ['JSON text of fc.jsonValue()', fc.jsonValue().map((value) => JSON.stringify(value))],
  ])('never throws and always yields a valid snapshot, for %s', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const result = decodeSnapshot(raw, { userId: 'u1' });
        if (result.status === 'newer') return;
        const again = decodeSnapshot(encodeSnapshot(result.snapshot), { userId: 'u1' });
        expect(again.status).toBe('ok');
        if (again.status !== 'ok') return;
        expect(again.issues).toStrictEqual([]);
        expect(canonical(again.snapshot)).toStrictEqual(canonical(result.snapshot));
      }),
    );
  });

  it('keeps every dismissal it can still read, among arbitrary garbage', () => {
    const statuses = ['idle', 'active', 'completed', 'dismissed', 'snoozed'];
    const guide = fc.record({
      status: fc.oneof(fc.constantFrom(...statuses), fc.anything()),
      shows: fc.anything(),
      dismissedAt: fc.oneof(fc.integer(), fc.anything()),
      items: fc.anything(),
    });
    const guides = fc.dictionary(fc.string(), fc.oneof(guide, fc.anything()));
    fc.assert(
      fc.property(guides, fc.anything(), (written, events) => {
        const raw = JSON.stringify({ v: 1, userId: 'u1', guides: written, events });
        const stored = (JSON.parse(raw) as { guides: Record<string, unknown> }).guides;
        const readable = Object.entries(stored).filter(([, entry]) => {
          if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
          const { status, dismissedAt } = entry as Record<string, unknown>;
          if (status === 'dismissed') return true;
          return !statuses.includes(status as string) && typeof dismissedAt === 'number';
        });
        const result = decodeSnapshot(raw);
        expect(result.status).toBe('ok');
        if (result.status !== 'ok') return;
        for (const [id] of readable) {
          expect(Object.getOwnPropertyDescriptor(result.snapshot.guides, id)?.value).toMatchObject({
            status: 'dismissed',
          });
        }
      }),
    );
  });
});
