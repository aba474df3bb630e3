import { defineGuidepost, parseGuidepost, type GuidepostDefinition } from '@guidepost/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PickedAnchor } from './anchor-of-element';
import { EMPTY_STEP, guideOfDraft, missingAnchorsOf, type DraftGuide } from './draft-guide';
import { guideToJson, guideToTypeScript } from './export-guide';
import { validateDraft } from './validate-draft';

const app: GuidepostDefinition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' }, custom: () => true },
  guides: { welcome: { kind: 'tour', steps: [{ id: 'hi', title: 'Hi' }] } },
});

const declared: PickedAnchor = {
  kind: 'declared',
  name: 'sidebar-projects',
  label: 'link "Projects"',
};
const missing: PickedAnchor = {
  kind: 'missing',
  suggested: 'new-project',
  label: 'button "New project"',
};

const draft: DraftGuide = {
  id: 'create-first-project',
  audience: { kind: 'segment', segment: 'trial' },
  trigger: 'manual',
  steps: [
    { ...EMPTY_STEP, anchor: declared, title: 'Your projects', body: "It's all here.\nEvery one." },
    {
      ...EMPTY_STEP,
      anchor: missing,
      title: 'Create one',
      body: 'Back\\slash and \u2028 separators',
      placement: 'right',
      advance: 'click',
    },
    { ...EMPTY_STEP, title: 'Done', advance: 'event', event: 'project_created' },
  ],
};

/** Reads the object literal of the exported entry back, with the TypeScript parser: no eval. */
function readTypeScriptEntry(source: string): { id: string; value: unknown } {
  const file = ts.createSourceFile(
    'entry.ts',
    `const guides = {\n${source}};`,
    ts.ScriptTarget.ES2022,
  );
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const statement = file.statements[0] as ts.VariableStatement;
  const object = statement.declarationList.declarations[0]!
    .initializer as ts.ObjectLiteralExpression;
  const valueOf = (node: ts.Expression): unknown => {
    if (ts.isStringLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isArrayLiteralExpression(node)) return node.elements.map(valueOf);
    if (ts.isObjectLiteralExpression(node)) {
      return Object.fromEntries(
        node.properties.map((property) => {
          if (!ts.isPropertyAssignment(property)) throw new Error('not a plain property');
          const name = property.name;
          const key = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '?';
          return [key, valueOf(property.initializer)];
        }),
      );
    }
    throw new Error(`unexpected ${ts.SyntaxKind[node.kind]}`);
  };
  expect(object.properties).toHaveLength(1);
  const entry = object.properties[0] as ts.PropertyAssignment;
  const name = entry.name as ts.Identifier | ts.StringLiteral;
  return { id: name.text, value: valueOf(entry.initializer) };
}

describe('exporting a drafted guide', () => {
  const guide = guideOfDraft(draft);

  it('prints the guide in the definition format, fields at their default left out', () => {
    expect(guide).toEqual({
      kind: 'tour',
      trigger: 'manual',
      audience: { segment: 'trial' },
      steps: [
        {
          id: 'your-projects',
          target: 'sidebar-projects',
          title: 'Your projects',
          body: "It's all here.\nEvery one.",
        },
        {
          id: 'create-one',
          target: 'new-project',
          title: 'Create one',
          body: 'Back\\slash and \u2028 separators',
          placement: 'right',
          advanceOn: { click: true },
        },
        { id: 'done', title: 'Done', advanceOn: { event: 'project_created' } },
      ],
    });
  });

  it('round-trips the TypeScript through the parser and defineGuidepost', () => {
    const source = guideToTypeScript(draft.id, guide, missingAnchorsOf(draft));
    expect(source).toContain(
      '// Add data-guidepost="new-project" to the button "New project" it points at.',
    );
    const { id, value } = readTypeScriptEntry(source);
    expect(id).toBe('create-first-project');
    expect(value).toEqual(guide);
    const definition = defineGuidepost({
      segments: { trial: { attr: 'plan', eq: 'trial' } },
      guides: { [id]: value } as never,
    });
    expect(definition.guides[id]).toEqual(guide);
  });

  it('round-trips the JSON through parseGuidepost, merged into a server definition', () => {
    const exported = JSON.parse(guideToJson(draft.id, guide)) as {
      guides: Record<string, unknown>;
    };
    const { definition, issues } = parseGuidepost({
      segments: { trial: { attr: 'plan', eq: 'trial' } },
      guides: { welcome: { kind: 'tour', steps: [{ id: 'hi', title: 'Hi' }] }, ...exported.guides },
    });
    expect(issues).toEqual([]);
    expect(definition.guideIds).toEqual(['welcome', 'create-first-project']);
    expect(definition.guides['create-first-project']).toEqual(guide);
  });

  it('quotes ids and keys that are not identifiers', () => {
    const source = guideToTypeScript('create-first-project', { kind: 'tour', steps: [] }, []);
    expect(source).toContain("'create-first-project': {\n  kind: 'tour',\n  steps: [],\n},");
  });

  it('accepts the draft when the validator does, segments known by name', () => {
    expect(validateDraft(app, draft.id, guide)).toEqual([]);
    const custom = guideOfDraft({ ...draft, audience: { kind: 'segment', segment: 'custom' } });
    expect(validateDraft(app, draft.id, custom)).toEqual([]);
  });

  it('lists what the validator finds, naming the guide, the step and the field', () => {
    const broken = guideOfDraft({
      ...draft,
      audience: { kind: 'segment', segment: 'trail' },
      steps: [{ ...EMPTY_STEP, title: 'Wait', advance: 'event', event: '' }],
    });
    const issues = validateDraft(app, 'broken', broken);
    expect(
      issues.some((issue) => issue.includes('guides.broken.audience') && issue.includes('trail')),
    ).toBe(true);
    expect(issues.some((issue) => issue.startsWith('guides.broken.steps[0].advanceOn'))).toBe(true);
    expect(validateDraft(app, 'empty', guideOfDraft({ ...draft, steps: [] }))).not.toEqual([]);
  });
});
