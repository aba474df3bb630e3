import { describe, expect, it } from 'vitest';
import { guideWith, issuesOf, stepWith } from '../definition-test-helpers';
import { parseGuidepost } from '../parse-guidepost';
import { findSelectorProblem } from './find-selector-problem';

describe('findSelectorProblem', () => {
  it.each([
    '#save > span',
    'a[href="x,y(z"]',
    ':is(a, b) + c',
    "div:not(.x):has(+ label, > [data-a='b]'])",
    'a\\,b, .c',
    'main nav ul li a',
  ])('accepts %s', (selector) => {
    expect(findSelectorProblem(selector)).toBeUndefined();
  });

  it.each([
    ['[[[', "unexpected '[' inside '[…]'"],
    ['a:has(', "unclosed '('"],
    ['a)', "unexpected ')'"],
    ['a[title="x]', 'unclosed "'],
    ['a, , b', 'an empty selector in a list'],
    ['a >', "ends with the combinator '>'"],
    ['> a', "starts with the combinator '>'"],
    [`div${':not('.repeat(5)}a${')'.repeat(5)}`, 'nested more than 4 deep'],
    [Array.from({ length: 40 }, (_, i) => `.c${i}`).join(','), 'a list of more than 32 selectors'],
    ['a'.repeat(1001), '1,001 characters; a selector may have at most 1,000'],
  ])('refuses %s', (selector, problem) => {
    expect(findSelectorProblem(selector)).toContain(problem);
  });
});

describe('selector targets in a definition', () => {
  it('reports an invalid selector on a hint, at its target', () => {
    expect(issuesOf(guideWith('tip', { target: 'a:has(' }))).toEqual([
      ['guides.tip.target', "invalid CSS selector 'a:has(': unclosed '('"],
    ]);
  });

  it('reports an invalid { selector } on a tour step, naming the guide and step', () => {
    const { issues } = parseGuidepost(stepWith({ target: { selector: '[[[' } }));
    expect(issues).toEqual([
      {
        path: 'guides.tour.steps[1].target.selector',
        message: "invalid CSS selector '[[[': unexpected '[' inside '[…]'",
        guideId: 'tour',
        stepId: 'b',
      },
    ]);
  });

  it('reports a 12 KB nested selector by its size, and keeps anchor names as they are', () => {
    const huge = `div${':not('.repeat(1500)}a${')'.repeat(1500)}`;
    expect(issuesOf(guideWith('tip', { target: huge }))[0]?.[1]).toContain(
      'a selector may have at most 1,000',
    );
    expect(issuesOf(guideWith('tip', { target: 'new-project_2' }))).toEqual([]);
  });
});
