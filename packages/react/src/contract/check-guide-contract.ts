import type { GuidepostDefinition } from '@guidepost/core';
import { targetsNeeded } from './targets-needed';
import type {
  ContractFailure,
  ContractPage,
  ContractPass,
  ContractPersona,
  GuideContractOptions,
  GuideContractReport,
} from './contract-types';
import { guidesForPersona } from './guides-for-persona';
import { inspectTargets } from './inspect-targets';

/**
 * Checks, for each persona and route, that every anchor the persona's guides need there is
 * present, visible, not covered by another element and reachable by scrolling: the guide
 * contract of an app, run in its own CI with Playwright. Which guides are a persona's is
 * judged by the engine in Node (audience, schedule, what the persona already did); the page
 * is read as `open` leaves it. Returns every finding; `assertGuideContract` throws instead.
 *
 * @example
 * const report = await checkGuideContract(page, {
 *   definition,
 *   personas: [newTrialUser, payingAdmin],
 *   routes: ['/projects', '/settings'],
 *   guideRoutes: { 'export-hint': ['/projects'] },
 *   open: async (page, persona, route) => {
 *     await page.goto(`/login-as?id=${persona.user.id}&next=${route}`);
 *   },
 * });
 */
export async function checkGuideContract<
  D extends GuidepostDefinition,
  P extends ContractPersona,
  Pg extends ContractPage,
>(page: Pg, options: GuideContractOptions<D, P, Pg>): Promise<GuideContractReport> {
  const { definition, personas, routes, open } = options;
  const guideRoutes = (options.guideRoutes ?? {}) as Record<string, readonly string[]>;
  const failures: ContractFailure[] = [];
  const passes: ContractPass[] = [];
  const unchecked = new Map<string, { guideId: string; stepId?: string }>();
  const eligible: Record<string, string[]> = {};
  for (const persona of personas) {
    const guideIds = guidesForPersona(definition, persona);
    eligible[persona.name] = guideIds;
    for (const route of routes) {
      const { needed, unchecked: skipped } = targetsNeeded(
        definition,
        guideIds,
        route,
        guideRoutes,
      );
      for (const target of skipped)
        unchecked.set(`${target.guideId}/${target.stepId ?? ''}`, target);
      if (needed.length === 0) continue;
      try {
        await open(page, persona, route);
      } catch (cause) {
        throw new Error(`open() failed for persona '${persona.name}' on ${route}`, { cause });
      }
      const selectors = [...new Set(needed.map((target) => target.selector))];
      const verdicts = await page.evaluate(inspectTargets, selectors);
      for (const target of needed) {
        const verdict = verdicts[selectors.indexOf(target.selector)]!;
        const where = {
          guideId: target.guideId,
          ...(target.stepId === undefined ? {} : { stepId: target.stepId }),
          target: target.target,
          persona: persona.name,
          route,
        };
        if (verdict.ok) passes.push(where);
        else failures.push({ ...where, reason: verdict.reason, detail: verdict.detail });
      }
    }
  }
  return {
    passed: failures.length === 0,
    failures,
    passes,
    unchecked: [...unchecked.values()],
    eligible,
  };
}

/**
 * One line per failure: guide, step, anchor, persona, route and what the page showed.
 *
 * @example
 * formatContractFailures(report.failures);
 * // "welcome › step 'create' › anchor 'new-project' for 'new trial user' on /projects: hidden: display: none on <section#toolbar>"
 */
export function formatContractFailures(failures: readonly ContractFailure[]): string {
  return failures
    .map((failure) => {
      const step = failure.stepId === undefined ? '' : ` › step '${failure.stepId}'`;
      return `${failure.guideId}${step} › anchor '${failure.target}' for '${failure.persona}' on ${failure.route}: ${failure.reason}: ${failure.detail}`;
    })
    .join('\n');
}

/** Thrown by `assertGuideContract`: the report, and a message listing every failure. */
export class GuideContractError extends Error {
  override readonly name = 'GuideContractError';
  constructor(readonly report: GuideContractReport) {
    super(
      `The guide contract fails for ${report.failures.length} anchor${report.failures.length === 1 ? '' : 's'}:\n${formatContractFailures(report.failures)}`,
    );
  }
}

/**
 * `checkGuideContract`, throwing a `GuideContractError` that lists every failure; resolves to
 * the report when everything holds.
 *
 * @example
 * test('guides find their anchors', async ({ page }) => {
 *   await assertGuideContract(page, { definition, personas, routes, open });
 * });
 */
export async function assertGuideContract<
  D extends GuidepostDefinition,
  P extends ContractPersona,
  Pg extends ContractPage,
>(page: Pg, options: GuideContractOptions<D, P, Pg>): Promise<GuideContractReport> {
  const report = await checkGuideContract(page, options);
  if (!report.passed) throw new GuideContractError(report);
  return report;
}
