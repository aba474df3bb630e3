import { adoptCenter } from './adopt-center';
import type { DefinitionIssue } from './definition-issue';
import { findGuideShapeIssue } from './find-guide-shape-issue';
import { recordSkippedGuides } from './skipped-guides';
import type { GuideDefinition, GuidepostDefinition, TouchModel } from './types';

type Dict = Readonly<Record<string, unknown>>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dictOf = (value: unknown): Dict => (isDict(value) ? value : {});

const isText = (value: unknown): value is string => typeof value === 'string';

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/**
 * Takes a definition written in code as it is, without validating it: the shape the engine
 * reads, built from the input's own objects. Production builds of `defineGuidepost` use it, so
 * the validators stay out of the browser. A guide the engine or a component could not read
 * (`findGuideShapeIssue`), or whose rules use a segment the definition lacks, is left out, and
 * the engine reports it (`skippedGuidesOf`); rules are checked by the engine as it compiles them. Whatever is not an object of guides reads as no
 * guides.
 *
 * @example
 * adoptDefinition({ guides: { news: { kind: 'announcement', title: 'News' } } }).guideIds; // ['news']
 */
export function adoptDefinition(input: unknown): GuidepostDefinition {
  const root = dictOf(input);
  const guides: Record<string, GuideDefinition> = {};
  const skipped: DefinitionIssue[] = [];
  const segments = dictOf(root.segments);
  const touchModel = dictOf(root.touchModel) as TouchModel;
  const events = new Set<string>();
  const add = (name: unknown): void => {
    if (isText(name)) events.add(name);
  };
  let unknownSegment: unknown;
  // Walks `all`, `any` and `not` for event rules, as validation collects them in development,
  // and for segments the definition does not have; a depth cap keeps a cyclic rule from looping.
  const visit = (rule: unknown, depth: number): void => {
    if (!isDict(rule) || depth > 32) return;
    add(rule.event);
    if (isText(rule.segment) && !Object.hasOwn(segments, rule.segment)) {
      unknownSegment ??= rule.segment;
    }
    for (const child of [...listOf(rule.all), ...listOf(rule.any), rule.not]) {
      visit(child, depth + 1);
    }
  };
  listOf(root.events).forEach(add);
  Object.values(segments).forEach((rule) => visit(rule, 0));
  visit(touchModel.high, 0);
  visit(touchModel.low, 0);
  for (const [id, guide] of Object.entries(dictOf(root.guides))) {
    const issue = findGuideShapeIssue(id, guide);
    if (issue !== undefined || !isDict(guide)) {
      skipped.push(issue ?? { path: `guides.${id}`, message: 'missing', guideId: id });
      continue;
    }
    unknownSegment = undefined;
    visit(guide.audience, 0);
    add(dictOf(guide.trigger).event);
    for (const step of listOf(guide.steps)) add(dictOf(dictOf(step).advanceOn).event);
    for (const item of listOf(guide.items)) {
      add(dictOf(dictOf(item).completeOn).event);
      visit(dictOf(item).audience, 0);
    }
    if (unknownSegment === undefined) {
      guides[id] = guide as unknown as GuideDefinition;
    } else {
      const message = `refers to the unknown segment '${String(unknownSegment)}'`;
      skipped.push({ path: `guides.${id}`, message, guideId: id });
    }
  }
  const center = adoptCenter(root.center);
  for (const entry of [...(center?.articles ?? []), ...(center?.contacts ?? [])]) {
    visit(entry.audience, 0);
  }
  const definition: GuidepostDefinition = {
    segments: segments as GuidepostDefinition['segments'],
    touchModel,
    guides,
    guideIds: Object.keys(guides),
    events: [...events],
    ...(center === undefined ? {} : { center }),
    ...(Array.isArray(root.anchors) ? { anchors: root.anchors.filter(isText) } : {}),
  };
  recordSkippedGuides(definition, skipped);
  return definition;
}
