// Adds up Jest and Vitest JSON reports and one-test steps (build, typecheck, lint) into "N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const lines = [];
for (const file of readdirSync(dir).sort()) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const kind = file.endsWith('.jest.json') ? 'jest' : file.endsWith('.vitest.json') ? 'vitest' : 'step';
  if (kind !== 'step') {
    const p = data.numPassedTests;
    // A suite that fails to load has no failed tests but counts as a failure. Jest counts those
    // suites itself; Vitest marks them failed with no assertions.
    const broken = kind === 'jest' ? data.numRuntimeErrorTestSuites : data.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
    let f = data.numFailedTests + broken;
    // Vitest reports errors outside any test (unhandled rejections) only as success: false.
    if (kind === 'vitest' && !data.success && f === 0) {
      f = 1;
      lines.push('  FAILED: errors outside the tests (see the Vitest output above)');
    }
    passed += p;
    failed += f;
    lines.push(`${file.replace(/\.(jest|vitest)\.json$/, '').padEnd(12)} ${p} passed, ${f} failed${data.numPendingTests ? `, ${data.numPendingTests} skipped` : ''}`);
    for (const suite of data.testResults) {
      for (const t of suite.assertionResults) if (t.status === 'failed') lines.push(`  FAILED ${t.fullName}`);
      if (suite.status === 'failed' && suite.assertionResults.length === 0) lines.push(`  FAILED to run ${suite.name}: ${(suite.message || '').split('\n')[0]}`);
    }
  } else {
    passed += data.passed;
    failed += data.failed;
    const verdict = data.failed ? 'FAILED' : data.passed ? 'passed' : 'UNVERIFIED';
    lines.push(`${data.name.padEnd(12)} ${verdict}${data.note ? ` (${data.note})` : ''}`);
  }
}
console.log('\nSummary');
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
