/**
 * What a request asks to do. User-scoped actions carry the user id from the URL, so `authorize`
 * can compare it with the signed-in user; staff actions (definitions, explain) carry what they
 * touch.
 */
export type GuidepostAction =
  | { readonly type: 'progress:read'; readonly userId: string }
  | { readonly type: 'progress:write'; readonly userId: string }
  | { readonly type: 'events:write'; readonly userId: string }
  /** The latest published definition, as the app's clients fetch it. */
  | { readonly type: 'definitions:read' }
  /** The list of versions and any one version, drafts included. */
  | { readonly type: 'definitions:review'; readonly version?: number }
  /** Create a draft, or edit one (`version`). */
  | { readonly type: 'definitions:draft'; readonly version?: number }
  | { readonly type: 'definitions:publish'; readonly version: number }
  /** Make an earlier published version current again (the body names which). */
  | { readonly type: 'definitions:rollback' }
  | { readonly type: 'explain'; readonly userId: string };

/** The action types, for a switch in `authorize`. */
export type GuidepostActionType = GuidepostAction['type'];

/**
 * `true` lets the request through; `{ actor }` lets it through and records who did it (on
 * drafts, publications and roll-backs); `false` refuses it with 403.
 */
export type AuthorizeResult = boolean | { readonly actor: string };

/**
 * Decides whether `request` may do `action`. Called before any body is read or anything is
 * stored; a throw or a rejection refuses the request like `false`.
 */
export type Authorize = (
  request: Request,
  action: GuidepostAction,
) => AuthorizeResult | Promise<AuthorizeResult>;
