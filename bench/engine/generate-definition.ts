import type { GuideDefinition, GuidepostInput, Rule } from '@guidepost/core';
import { generateAudiences } from '../rules/generate-guides';
import type { SeededRandom } from '../rules/seeded-random';

/** Event names the generated guides and the tracked usage share. */
export const EVENT_NAMES = Array.from({ length: 20 }, (_, index) => `event_${index}`);

const WINDOWS = ['1d', '7d', '30d'] as const;
const SEGMENTS = ['trial', 'newUser', 'activated'] as const;

/** A usage clause: an event done a few times, over all time or within a window. */
function eventClause(random: SeededRandom): Rule {
  const event = random.pick(EVENT_NAMES);
  const count = { gte: random.int(1, 5) };
  return random.chance(0.6) ? { event, count, within: random.pick(WINDOWS) } : { event, count };
}

/** An attribute audience, with a usage clause on half the guides and a segment on a fifth. */
function audience(random: SeededRandom, attributes: Rule): Rule {
  const clauses: Rule[] = [attributes];
  if (random.chance(0.5)) clauses.push(eventClause(random));
  if (random.chance(0.2)) clauses.push({ segment: random.pick(SEGMENTS) });
  return clauses.length === 1 ? attributes : { all: clauses };
}

function guide(random: SeededRandom, index: number, attributes: Rule): GuideDefinition {
  const base = {
    audience: audience(random, attributes),
    priority: random.int(0, 3),
    ...(random.chance(0.3) ? { frequency: { maxShows: 3, cooldown: '1d' as const } } : {}),
    ...(random.chance(0.2) ? { schedule: { from: '2026-01-01', until: '2027-12-31' } } : {}),
    ...(random.chance(0.15) ? { trigger: { event: random.pick(EVENT_NAMES) } } : {}),
  };
  const kind = index % 10;
  if (kind < 4) {
    return {
      ...base,
      kind: 'tour',
      steps: [1, 2, 3].map((step) => ({
        id: `step-${step}`,
        target: `target-${index}-${step}`,
        title: `Step ${step} of guide ${index}`,
        body: 'A short explanation of this part of the page.',
      })),
    };
  }
  if (kind < 7) {
    return {
      ...base,
      kind: 'tooltip',
      target: `hint-${index}`,
      body: `Hint ${index}: what this button does.`,
    };
  }
  if (kind < 9) {
    return {
      ...base,
      kind: 'announcement',
      title: `Release ${index}`,
      body: 'What changed, in two sentences.',
    };
  }
  return {
    ...base,
    kind: 'checklist',
    title: `Getting started ${index}`,
    items: [0, 1, 2].map((item) => ({
      id: `item-${item}`,
      label: `Task ${item}`,
      completeOn: { event: random.pick(EVENT_NAMES) },
    })),
  };
}

/**
 * A definition of `count` guides of every kind (four tours, three tooltips, two announcements
 * and one checklist in every ten), with the rule benchmark's attribute audiences, usage
 * clauses over all time and within 1, 7 and 30 days, segments, a touch model, frequency caps,
 * schedules and event triggers.
 *
 * @example
 * const input = generateDefinition(createSeededRandom(1), 200);
 */
export function generateDefinition(random: SeededRandom, count: number): GuidepostInput {
  const audiences = generateAudiences(random, count);
  const guides: Record<string, GuideDefinition> = {};
  audiences.forEach((attributes, index) => {
    guides[`guide-${index}`] = guide(random, index, attributes);
  });
  return {
    segments: {
      trial: { attr: 'plan', eq: 'trial' },
      newUser: { daysSince: 'signedUpAt', lte: 14 },
      activated: { event: 'event_0', count: { gte: 1 } },
    },
    touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
    events: EVENT_NAMES,
    guides,
  };
}
