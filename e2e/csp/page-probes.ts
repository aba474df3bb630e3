import type { Page } from 'playwright-core';

/** What the page reported while it ran. */
export interface ProbeReport {
  /** One line per `securitypolicyviolation` event: the directive, what it blocked, where. */
  readonly violations: readonly string[];
  /** Web Animations started through `Element.animate` (the surfaces' enter, exit and glide). */
  readonly scriptedAnimations: number;
  /** Names of the CSS animations that started (the beacon's pulse). */
  readonly cssAnimations: readonly string[];
}

/** Where the probes keep their report on `window`. */
const REPORT_KEY = '__guidepostProbes';

/**
 * Runs in the page before any of its own scripts: records every CSP violation and every
 * animation, so none can happen before the listeners are there.
 */
function installProbes(key: string): void {
  const report = {
    violations: [] as string[],
    scriptedAnimations: 0,
    cssAnimations: [] as string[],
  };
  (window as unknown as Record<string, unknown>)[key] = report;
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    const sample = event.sample ? ` (${event.sample})` : '';
    report.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}${sample}`,
    );
  });
  document.addEventListener('animationstart', (event) => {
    report.cssAnimations.push(event.animationName);
  });
  // Kept an own property of Element.prototype: animation libraries test for it there.
  const animate = Element.prototype.animate;
  Element.prototype.animate = function countedAnimate(this: Element, ...args) {
    report.scriptedAnimations += 1;
    return animate.apply(this, args);
  };
}

/**
 * Installs the probes on every document the page loads; call before `page.goto`.
 *
 * @example
 * await installPageProbes(page);
 * await page.goto(server.url);
 * expect((await readPageProbes(page)).violations).toEqual([]);
 */
export async function installPageProbes(page: Page): Promise<void> {
  await page.addInitScript(installProbes, REPORT_KEY);
}

/** What the probes have recorded so far. */
export function readPageProbes(page: Page): Promise<ProbeReport> {
  return page.evaluate(
    (key) => (window as unknown as Record<string, ProbeReport>)[key] as ProbeReport,
    REPORT_KEY,
  );
}
