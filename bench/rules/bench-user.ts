/** Plans a generated user can be on. */
export const PLANS = ['trial', 'free', 'pro', 'enterprise'] as const;

/** Roles a generated user can have. */
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;

/** Countries a generated user can be in; some users have none. */
export const COUNTRIES = ['JP', 'US', 'DE', 'FR', 'BR', 'IN', 'GB'] as const;

/** Industries a generated company can be in. */
export const INDUSTRIES = ['saas', 'retail', 'finance', 'health', 'education'] as const;

/**
 * The user attributes the benchmark's rules read; `company` is reached by dotted paths. A type
 * alias rather than an interface, so it is assignable to `UserAttributes`.
 */
export type BenchUser = {
  readonly id: string;
  readonly plan: (typeof PLANS)[number];
  readonly role: (typeof ROLES)[number];
  readonly country?: (typeof COUNTRIES)[number];
  readonly ltv: number;
  readonly seats: number;
  readonly projects: number;
  readonly beta: boolean;
  readonly company: { readonly size: number; readonly industry: (typeof INDUSTRIES)[number] };
};
