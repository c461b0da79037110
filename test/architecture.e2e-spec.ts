import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The dependency rules in .dependency-cruiser.cjs run in `npm run lint`. This proves they can
 * fail: a fixture with known violations must be reported.
 */
describe('architecture rules', () => {
  const fixture = join(process.cwd(), 'test/fixtures/architecture');
  const run = () =>
    spawnSync(process.execPath, [join(process.cwd(), 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'apps', '--config', join(process.cwd(), '.dependency-cruiser.cjs'), '--output-type', 'json'], {
      cwd: fixture,
      encoding: 'utf8',
    });

  it('reports a domain file that imports infrastructure, and a module that imports another module’s domain', () => {
    const result = run();
    const report = JSON.parse(result.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    const rules = report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^domain-is-pure: apps\/api\/src\/modules\/alpha\/domain\/alpha\.aggregate\.ts -> .*infrastructure/),
        expect.stringMatching(/^modules-talk-through-contracts: apps\/api\/src\/modules\/beta\/application\/beta\.handler\.ts -> .*alpha\/domain/),
      ]),
    );
    expect(rules.some((r) => r.includes('beta.aggregate'))).toBe(false);
  });
});
