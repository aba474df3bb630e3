import type { DefinitionIssue } from '../definition-issue';

/** A name another part of the definition refers to, with where it does. */
export interface Reference {
  readonly name: string;
  readonly path: string;
}

/** What one part of a definition refers to, so references are checked once all names are known. */
export interface References {
  readonly segments: Reference[];
  readonly guides: Reference[];
  readonly events: string[];
  /** Anchor names the part's targets use, checked against the declared `anchors` if any. */
  readonly anchors: Reference[];
  /** Paths of `tier` rules, which the touch model may not use. */
  readonly tiers: string[];
}

/**
 * Called for every field a reader reads, present or not: where, which field, with which reader,
 * and whether it is required. The JSON Schema of the definition format is derived from these
 * calls, so the schema lists the fields the validator reads, as it reads them.
 */
export type FieldTrace = (
  path: string,
  key: string,
  read: (context: ValidationContext, path: string, value: unknown) => unknown,
  required: boolean,
) => void;

/** Where validation of one part of a definition (a segment, a tier rule, a guide) writes. */
export interface ValidationContext {
  /** Definitions in code may hold functions, elements and refs; parsed ones may not. */
  readonly code: boolean;
  readonly issues: DefinitionIssue[];
  readonly references: References;
  readonly guideId: string | undefined;
  readonly stepId: string | undefined;
  /** Only while the schema is derived; validation itself never sets it. */
  readonly trace?: FieldTrace;
}

/** A fresh context for one part of a definition. */
export function createContext(code: boolean, guideId?: string): ValidationContext {
  return {
    code,
    issues: [],
    references: { segments: [], guides: [], events: [], anchors: [], tiers: [] },
    guideId,
    stepId: undefined,
  };
}

/** The same context, with issues tagged with a tour step. */
export function withStep(
  context: ValidationContext,
  stepId: string | undefined,
): ValidationContext {
  return { ...context, stepId };
}

/** Records an issue at `path`. */
export function report(context: ValidationContext, path: string, message: string): void {
  context.issues.push(createIssue(path, message, context.guideId, context.stepId));
}

/** An issue with only the fields it has. */
export function createIssue(
  path: string,
  message: string,
  guideId?: string,
  stepId?: string,
): DefinitionIssue {
  return {
    path,
    message,
    ...(guideId === undefined ? {} : { guideId }),
    ...(stepId === undefined ? {} : { stepId }),
  };
}
