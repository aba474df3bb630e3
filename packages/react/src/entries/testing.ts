// `@guidepost/react/testing`: render an app's guides in Vitest or Jest with a fake clock and
// memory storage, and build personas from the definition. Imported by tests only, never by the
// package's root entry, so it never reaches an app's bundle.
export { buildPersona } from '../test-kit/build-persona';
export { createFakeClock } from '../test-kit/fake-clock';
export { fakeLayout } from '../test-kit/fake-layout';
export { createGuidepostTestKit } from '../test-kit/create-guidepost-test-kit';
export { personaSnapshot } from '../test-kit/persona-snapshot';
export { cleanup, renderWithGuidepost } from '../test-kit/render-with-guidepost';

export type { FakeClock } from '../test-kit/fake-clock';
export type {
  GuidepostTestKit,
  GuidepostTestKitOptions,
} from '../test-kit/create-guidepost-test-kit';
export type { Persona, PersonaGuideState, PersonaSpec } from '../test-kit/persona';
export type { GuidepostRenderResult } from '../test-kit/render-with-guidepost';
