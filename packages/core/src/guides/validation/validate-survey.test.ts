import { describe, expect, it } from 'vitest';
import { parseGuidepost } from '../parse-guidepost';
import { findGuideShapeIssue } from '../find-guide-shape-issue';
import { issuesOf } from '../definition-test-helpers';

const nps = { type: 'nps', text: 'How likely are you to recommend us?' };
const surveyWith = (fields: Record<string, unknown>) => ({
  guides: { nps: { kind: 'survey', question: nps, ...fields } },
});
const options = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `Option ${index}` }));

describe('survey validation', () => {
  it('accepts every question type, with saveAs, title and thanks', () => {
    for (const question of [
      nps,
      { type: 'csat', text: 'How satisfied are you?' },
      { type: 'choice', text: 'What brought you here?', options: options(3) },
      { type: 'text', text: 'What should we improve?', maxLength: 280 },
    ]) {
      expect(
        issuesOf(surveyWith({ question, saveAs: 'answer_1', title: 'T', thanks: 'Ta' })),
      ).toEqual([]);
    }
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    [
      'no question',
      { question: undefined },
      [
        [
          'guides.nps.question',
          "a survey needs a question: { type: 'nps' | 'csat' | 'choice' | 'text', text }",
        ],
      ],
    ],
    [
      'an unknown question type',
      { question: { type: 'stars', text: 'x' } },
      [['guides.nps.question.type', 'expected one of nps, csat, choice, text']],
    ],
    [
      'a question without text',
      { question: { type: 'csat' } },
      [['guides.nps.question.text', 'a question needs its text']],
    ],
    [
      'a choice with one option',
      { question: { type: 'choice', text: 'x', options: options(1) } },
      [['guides.nps.question.options', 'expected a list of 2 to 20 options']],
    ],
    [
      'a choice with 21 options',
      { question: { type: 'choice', text: 'x', options: options(21) } },
      [['guides.nps.question.options', 'expected a list of 2 to 20 options']],
    ],
    [
      'a choice with a duplicate option id',
      {
        question: {
          type: 'choice',
          text: 'x',
          options: [...options(2), { id: 'o1', label: 'Again' }],
        },
      },
      [['guides.nps.question.options[2].id', "duplicate option id 'o1'"]],
    ],
    [
      'an option without a label',
      { question: { type: 'choice', text: 'x', options: [{ id: 'a', label: 'A' }, { id: 'b' }] } },
      [['guides.nps.question.options[1].label', 'an option needs a label']],
    ],
    [
      'a text answer longer than the cap',
      { question: { type: 'text', text: 'x', maxLength: 2001 } },
      [['guides.nps.question.maxLength', 'expected a whole number from 1 to 2000']],
    ],
    [
      'options on an nps question',
      { question: { ...nps, options: options(2) } },
      [['guides.nps.question.options', "unknown field 'options'"]],
    ],
    [
      'saveAs that is not a plain name',
      { saveAs: 'nps.score' },
      [
        [
          'guides.nps.saveAs',
          'expected an attribute name: up to 64 letters, digits and _, not starting with a digit',
        ],
      ],
    ],
    [
      'saveAs the user id',
      { saveAs: 'id' },
      [['guides.nps.saveAs', "'id' is reserved; choose another name"]],
    ],
    [
      'saveAs a prototype key',
      { saveAs: '__proto__' },
      [['guides.nps.saveAs', "'__proto__' is reserved; choose another name"]],
    ],
  ])('rejects %s, naming the guide and field', (_, fields, expected) => {
    expect(issuesOf(surveyWith(fields))).toEqual(expected);
  });

  it('drops a hostile survey from a server alone and keeps the rest', () => {
    const result = parseGuidepost({
      guides: {
        nps: { kind: 'survey', question: { type: 'choice', text: 'x', options: options(5000) } },
        ok: { kind: 'survey', question: nps },
      },
    });
    expect(result.definition.guideIds).toEqual(['ok']);
    expect(result.issues).toEqual([
      expect.objectContaining({ guideId: 'nps', path: 'guides.nps.question.options' }),
    ]);
  });

  it('lets the production shape check leave out a survey it cannot render', () => {
    expect(
      findGuideShapeIssue('nps', { kind: 'survey', question: { type: 'choice', text: 'x' } }),
    ).toMatchObject({
      path: 'guides.nps.question',
    });
    expect(findGuideShapeIssue('nps', { kind: 'survey', question: nps })).toBeUndefined();
  });
});
