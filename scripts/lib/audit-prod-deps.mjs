// `npm audit` of the production dependencies: fails on a high or critical advisory. When the
// registry's advisory service cannot be reached, the result is "unverified" (neither pass nor fail),
// so the summary never claims a check that did not happen.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const out = process.argv[2];
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
let result;
if (!counts) {
  const reason = String(report.message ?? report.error?.summary ?? run.stderr ?? 'no answer').split('\n').find(Boolean) ?? 'no answer';
  result = { name: 'npm-audit', passed: 0, failed: 0, note: `unverified: the advisory service did not answer (${reason.trim()})` };
} else {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  result = { name: 'npm-audit', passed: serious === 0 ? 1 : 0, failed: serious === 0 ? 0 : 1, note: `high ${counts.high ?? 0}, critical ${counts.critical ?? 0}, moderate ${counts.moderate ?? 0}` };
}
console.log(`npm audit (production dependencies): ${result.note}`);
writeFileSync(out, JSON.stringify(result));
