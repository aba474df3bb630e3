import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../define-guidepost';
import { definitionWith, issuesOf, stepWith, VALID_GUIDES } from '../definition-test-helpers';
import { parseGuidepost } from '../parse-guidepost';

const ANCHORS = ['anchor-a', 'save-button'];

describe('declared anchors', () => {
  it('accepts targets that name declared anchors, and selectors of any kind', () => {
    const input = definitionWith({
      anchors: ANCHORS,
      guides: {
        tour: {
          kind: 'tour',
          steps: [
            { id: 'a', target: 'anchor-a' },
            { id: 'b', target: { anchor: 'save-button' } },
            { id: 'c', target: '#save' },
            { id: 'd', target: { selector: 'main button' } },
          ],
        },
      },
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a step naming an anchor the app does not declare',
      { ...stepWith({ target: 'new-projct' }), anchors: ANCHORS },
      'guides.tour.steps[1].target',
      "unknown anchor 'new-projct'; expected one of anchor-a, save-button",
    ],
    [
      'a tooltip naming an undeclared anchor with { anchor }',
      definitionWith({
        anchors: ANCHORS,
        guides: { tip: { ...VALID_GUIDES.tip, target: { anchor: 'save' } } },
      }),
      'guides.tip.target.anchor',
      "unknown anchor 'save'; expected one of anchor-a, save-button",
    ],
    [
      'any anchor when the declared list is empty',
      definitionWith({ anchors: [], guides: { tour: { kind: 'tour', steps: [{ id: 'a' }] } } }),
      'guides.tip.target',
      "unknown anchor 'save-button'; the definition has no anchors",
    ],
    [
      'a declared name that is not an anchor name',
      definitionWith({ anchors: [...ANCHORS, '#save'] }),
      'anchors[2]',
      "invalid anchor name '#save'; anchor names are letters, digits, - and _",
    ],
    [
      'anchors that are not a list',
      definitionWith({ anchors: 'anchor-a' }),
      'anchors',
      'expected a list of anchor names',
    ],
  ])('reports %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });

  it('leaves anchor names unchecked when the definition declares none', () => {
    expect(issuesOf(stepWith({ target: 'anything-at-all' }))).toEqual([]);
  });

  it('keeps the declared anchors on the definition', () => {
    expect(defineGuidepost({ anchors: ANCHORS, guides: VALID_GUIDES }).anchors).toEqual(ANCHORS);
    expect(defineGuidepost({ guides: VALID_GUIDES }).anchors).toBeUndefined();
  });

  it('drops a server guide that names an undeclared anchor and keeps the others', () => {
    const { definition, issues } = parseGuidepost({
      anchors: ['anchor-a'],
      guides: VALID_GUIDES,
    });
    expect(definition.guideIds).toEqual(['tour', 'list', 'news']);
    expect(issues.map((issue) => [issue.guideId, issue.message])).toEqual([
      ['tip', "unknown anchor 'save-button'; expected one of anchor-a"],
    ]);
  });
});
