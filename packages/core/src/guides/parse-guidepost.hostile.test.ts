import { describe, expect, it } from 'vitest';
import { VALID_GUIDES } from './definition-test-helpers';
import { parseGuidepost } from './parse-guidepost';

/** `count` segments, each an `any` of all the others: the densest graph the caps allow. */
function denseSegments(count: number): Record<string, unknown> {
  const names = Array.from({ length: count }, (_, index) => `s${index}`);
  return Object.fromEntries(
    names.map((name) => [
      name,
      { any: names.filter((other) => other !== name).map((segment) => ({ segment })) },
    ]),
  );
}

describe('parseGuidepost with hostile definitions', () => {
  it('reports one cycle and one issue per dropped part when 300 segments all use each other', () => {
    const { definition, issues } = parseGuidepost({
      segments: denseSegments(300),
      guides: { news: { ...VALID_GUIDES.news, audience: { segment: 's5' } } },
    });
    expect(definition.guideIds).toEqual([]);
    expect(issues).toHaveLength(301);
    expect(issues[0]).toEqual({ path: 'segments.s0', message: 'segment cycle s0 → s1 → s0' });
    expect(issues[1]).toEqual({
      path: 'segments.s1.any[0].segment',
      message: "refers to segment 's0', which was dropped",
    });
    expect(issues.at(-1)).toEqual({
      path: 'guides.news.audience.segment',
      message: "refers to segment 's5', which was dropped",
      guideId: 'news',
    });
  });

  it('drops a chain of 1,000 guides, each reported once, when its far end is broken', () => {
    const guides = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [
        `g${index}`,
        index === 999
          ? { kind: 'announcement' }
          : { ...VALID_GUIDES.news, audience: { guide: `g${index + 1}`, is: 'seen' } },
      ]),
    );
    const { definition, issues } = parseGuidepost({ guides });
    expect(definition.guideIds).toEqual([]);
    expect(issues).toHaveLength(1000);
    expect(new Set(issues.map((issue) => issue.guideId)).size).toBe(1000);
  });

  it('lists at most 1,000 issues, keeping the first of every dropped guide, and counts the rest', () => {
    const broken = { kind: 'tour', steps: [{ id: 'a', title: 1, body: 2, target: 3 }] };
    const guides = Object.fromEntries(
      Array.from({ length: 600 }, (_, index) => [`g${index}`, broken]),
    );
    const { issues } = parseGuidepost({ guides });
    expect(issues).toHaveLength(1001);
    expect(new Set(issues.map((issue) => issue.guideId).filter(Boolean)).size).toBe(600);
    expect(issues.at(-1)).toEqual({
      path: '',
      message: '800 more issues not listed (over the cap of 1,000)',
    });
  });

  it('keeps the first issue of each of 1,001 broken parts, past the cap, without a count of none', () => {
    const guides = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [`g${index}`, { kind: 'announcement' }]),
    );
    const { issues } = parseGuidepost({ segments: { s: { attr: 'plan' } }, guides });
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)?.guideId).toBe('g999');
  });
});
