import { expectTypeOf } from 'vitest';
import { buildPersona } from './build-persona';
import { createGuidepostTestKit } from './create-guidepost-test-kit';
import { definition } from './test-kit-fixture.test-helpers';

const kit = createGuidepostTestKit(definition);

// Guide ids, step ids and event names come from the definition.
kit.guideShown('welcome');
kit.stepShown('welcome', 'create');
kit.track('project_created');
// @ts-expect-error: no guide 'welcom'
kit.guideShown('welcom');
// @ts-expect-error: 'share' is not a step of the welcome tour
kit.stepShown('welcome', 'share');
// @ts-expect-error: an announcement has no steps
kit.stepShown('release', 'projects');
// @ts-expect-error: an event the definition never mentions
kit.track('project_create');
expectTypeOf(kit.shownGuides()).toEqualTypeOf<('welcome' | 'release')[]>();
expectTypeOf(kit.eventsNamed('step_viewed')[0]!.guideId).toEqualTypeOf<'welcome' | 'release'>();

// Segment names too.
buildPersona(definition, { segments: ['trial'], notSegments: ['activated'], tier: 'low' });
// @ts-expect-error: no segment 'trail'
buildPersona(definition, { segments: ['trail'] });
// @ts-expect-error: no tier 'medium'
buildPersona(definition, { tier: 'medium' });
