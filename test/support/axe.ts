import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once: it is injected into each page under test. */
let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The impacts the console must never have: a view with one of these fails the browser suite. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and fails with a readable list
 * when anything serious or critical is found. `view` names the page in the failure ("workers list",
 * "worker page, labs tab"). Wait for the view to settle before calling it.
 */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  // Mid-transition (a dialog fading in, a toast sliding) text is half transparent and fails the
  // contrast rule: wait for the page to come to rest first. Spinners animate forever and are left out.
  await waitForRest(page);
  // The tests compile without the DOM library, so the page-side code is a string.
  // Evaluated through the DevTools protocol, not as a <script> tag: the console's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the check must not need it loosened.
  if (!(await page.evaluate('"axe" in globalThis'))) await page.evaluate(axeScript());
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  const blocking = violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  if (!blocking.length) return;
  const report = blocking
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.slice(0, 5).map((n) => `    at ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n')}`)
    .join('\n');
  throw new Error(`Accessibility check failed on the ${view}: ${blocking.length} serious or critical violation(s)\n${report}`);
}

/** Until no finite animation or transition runs and no Bootstrap modal, backdrop or tab is still fading in (at most 5 s). */
async function waitForRest(page: Page): Promise<void> {
  const moving = `document.getAnimations().filter((a) => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity).length
    + document.querySelectorAll('.modal.fade:not(.show), .modal-backdrop.fade:not(.show), .tab-pane.active.fade:not(.show), .toast.showing').length`;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if ((await page.evaluate(moving)) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
