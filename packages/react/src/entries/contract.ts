// `@guidepost/react/contract`: the guide contract a team runs in CI with Playwright. Node code
// with no import of React or Playwright (the page is the caller's), never imported by the
// package's root entry.
export {
  assertGuideContract,
  checkGuideContract,
  formatContractFailures,
  GuideContractError,
} from '../contract/check-guide-contract';
export { buildPersona } from '../test-kit/build-persona';

export type {
  ContractFailure,
  ContractFailureReason,
  ContractPage,
  ContractPass,
  ContractPersona,
  GuideContractOptions,
  GuideContractReport,
} from '../contract/contract-types';
export type { Persona, PersonaGuideState, PersonaSpec } from '../test-kit/persona';
