import { describe, expectTypeOf, it } from 'vitest';
import { defineGuidepost } from './define-guidepost';
import type { AnchorName } from './name-types';
import type { GuidepostDefinition } from './types';

const _undeclared = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: { anchor: 'new-project' } },
        { id: 'save', target: '#save' },
        { id: 'menu', target: { selector: 'nav .menu' } },
        { id: 'end', title: 'Done' },
      ],
    },
    'export-hint': { kind: 'tooltip', target: 'export_button', body: 'Export here' },
    'by-ref': { kind: 'tooltip', target: () => null, body: 'Found by a function' },
  },
});

const _declared = defineGuidepost({
  anchors: ['sidebar-projects', 'new-project', 'billing-link'],
  guides: {
    welcome: {
      kind: 'tour',
      steps: [
        { id: 'projects', target: 'sidebar-projects' },
        { id: 'create', target: { anchor: 'new-project' } },
        { id: 'save', target: 'main #save' },
      ],
    },
  },
});

describe('anchor names', () => {
  it('are the anchors the guides target by name, not their selectors', () => {
    expectTypeOf<AnchorName<typeof _undeclared>>().toEqualTypeOf<
      'sidebar-projects' | 'new-project' | 'export_button'
    >();
  });

  it('include the anchors a definition declares, used or not', () => {
    expectTypeOf<AnchorName<typeof _declared>>().toEqualTypeOf<
      'sidebar-projects' | 'new-project' | 'billing-link'
    >();
  });

  it('are any string for a definition whose names the compiler does not know', () => {
    expectTypeOf<AnchorName<GuidepostDefinition>>().toBeString();
  });

  it('are any string when a target is a string the compiler cannot read', () => {
    const computed: string = 'from-somewhere';
    const _computed = defineGuidepost({
      guides: { tip: { kind: 'tooltip', target: computed, body: 'Hint' } },
    });
    expectTypeOf<AnchorName<typeof _computed>>().toBeString();
  });
});

describe('declared anchors', () => {
  it('reject a step that names an anchor the app does not declare', () => {
    defineGuidepost({
      anchors: ['sidebar-projects', 'new-project'],
      guides: {
        welcome: {
          kind: 'tour',
          steps: [
            { id: 'projects', target: 'sidebar-projects' },
            // @ts-expect-error 'new-projct' is not a declared anchor
            { id: 'create', target: 'new-projct' },
          ],
        },
      },
    });
    defineGuidepost({
      anchors: ['sidebar-projects', 'new-project'],
      guides: {
        welcome: {
          kind: 'tour',
          // @ts-expect-error 'new-projct' is not a declared anchor
          steps: [{ id: 'create', target: { anchor: 'new-projct' } }],
        },
      },
    });
  });

  it('reject a tooltip that names an anchor the app does not declare', () => {
    defineGuidepost({
      anchors: ['export-button'],
      guides: {
        // @ts-expect-error 'export-buton' is not a declared anchor
        hint: { kind: 'tooltip', target: 'export-buton', body: 'Export here' },
      },
    });
  });

  it('leave selectors, refs and resolver functions unchecked', () => {
    const ref = { current: null };
    defineGuidepost({
      anchors: ['export-button'],
      guides: {
        a: { kind: 'tooltip', target: '#export', body: 'By id' },
        b: { kind: 'tooltip', target: { selector: '[data-export]' }, body: 'By attribute' },
        c: { kind: 'tooltip', target: ref, body: 'By ref' },
        d: { kind: 'tooltip', target: () => null, body: 'By function' },
      },
    });
  });

  it('leave anchor names unchecked when the app declares none', () => {
    defineGuidepost({
      guides: { hint: { kind: 'tooltip', target: 'any-anchor-at-all', body: 'Hint' } },
    });
  });
});
