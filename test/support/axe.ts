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
  // The tests compile without the DOM library, so the page-side code is a string.
  // Evaluated through the debugging protocol, not added as a <script>: the app's Content-Security-Policy
  // (script-src 'self') blocks inline scripts, and rightly so.
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
