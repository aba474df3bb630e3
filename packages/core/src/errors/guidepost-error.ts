/** What went wrong, as a stable code for programs; the message is for people. */
export type GuidepostErrorCode =
  | 'invalid_definition'
  | 'rule_threw'
  | 'target_not_found'
  | 'unsafe_link'
  | 'storage_unavailable'
  | 'storage_write_failed'
  | 'storage_corrupt'
  | 'storage_newer_version'
  | 'storage_over_limit'
  | 'remote_load_failed'
  | 'remote_save_failed'
  | 'adapter_failed'
  | 'render_failed'
  | 'invalid_user_id'
  /** `answer(id, value)` got a value the survey's question cannot take, or a guide that is no survey. */
  | 'invalid_answer'
  /** An engine or provider option could not be read; its default applies. */
  | 'invalid_option';

/** Where an error happened, as far as it is known. */
export interface GuidepostErrorDetails {
  readonly guideId?: string;
  readonly stepId?: string;
  /** The path of the offending field: `guides.welcome.steps[1].target`. */
  readonly path?: string;
  readonly cause?: unknown;
}

/**
 * Every error Guidepost reports, through `onError` and the `guide_error` event. It names the
 * guide, step and field where it can, so a broken definition is found at a glance.
 */
export class GuidepostError extends Error {
  readonly code: GuidepostErrorCode;
  readonly guideId: string | undefined;
  readonly stepId: string | undefined;
  readonly path: string | undefined;

  constructor(code: GuidepostErrorCode, message: string, details: GuidepostErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GuidepostError';
    this.code = code;
    this.guideId = details.guideId;
    this.stepId = details.stepId;
    this.path = details.path;
  }
}
