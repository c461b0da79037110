import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The dependency rules in .dependency-cruiser.cjs run in `npm run lint`. This proves each of them
 * can fail: in test/fixtures/architecture every rule is broken on purpose next to files that keep
 * the rules, and the real configuration must report exactly those breaks.
 */
const root = process.cwd();
const fixture = join(root, 'test/fixtures/architecture');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] };

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** `rule: from -> to`, with a package named by its name wherever its node_modules folder is. */
function describeViolation(v: Violation): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(v.to);
  return `${v.rule.name}: ${v.from} -> ${pkg ? pkg[1] : v.to}`;
}

function cruise(): string[] {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'apps', 'libs', 'web/src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: fixture, encoding: 'utf8' },
  );
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations.map(describeViolation).sort();
}

const M = 'apps/api/src/modules';

/** Every break in the fixture, by rule. */
const EXPECTED: Record<string, string[]> = {
  'domain-is-pure': [`${M}/alpha/domain/alpha.aggregate.ts -> ${M}/alpha/infrastructure/alpha.mongo-repository.ts`],
  'domain-has-no-frameworks': ['@nestjs/common', '@opentelemetry/api', 'mongodb', 'mongoose', 'openid-client', 'zod'].map((p) => `${M}/alpha/domain/alpha-frameworks.rule.ts -> ${p}`),
  'domain-uses-only-the-kernel': ['libs/persistence/src/index.ts', 'libs/cml-client/src/index.ts', 'apps/api/src/platform/kv/kv.store.ts', 'apps/api/src/config/app-config.ts'].map(
    (p) => `${M}/alpha/domain/alpha-outside.rule.ts -> ${p}`,
  ),
  'application-does-not-reach-out': [`${M}/alpha/interface/http/alpha.controller.ts`, `${M}/alpha/infrastructure/alpha.mongo-repository.ts`].map(
    (p) => `${M}/alpha/application/alpha-reach.handler.ts -> ${p}`,
  ),
  'application-uses-ports': ['libs/persistence/src/index.ts', 'libs/cml-client/src/index.ts', 'apps/api/src/platform/kv/kv.store.ts', '@opentelemetry/api', 'mongodb', 'openid-client'].map(
    (p) => `${M}/alpha/application/alpha-platform.handler.ts -> ${p}`,
  ),
  'modules-talk-through-contracts': [`${M}/beta/application/beta.handler.ts -> ${M}/alpha/domain/alpha.aggregate.ts`],
  'public-files-export-contracts': [`${M}/alpha/interface/http/alpha.controller.ts`, `${M}/alpha/infrastructure/alpha.mongo-repository.ts`].map((p) => `${M}/alpha/alpha.public.ts -> ${p}`),
  'kernel-is-framework-free': ['libs/kernel/src/kernel-logger.ts -> @nestjs/common'],
  'libs-do-not-depend-on-apps': ['libs/persistence/src/app-config-reader.ts -> apps/api/src/config/app-config.ts'],
  'web-features-are-independent': ['web/src/features/ships/ships.ts -> web/src/features/crew/crew.ts'],
  'web-shared-code-is-feature-free': ['web/src/lib/crew-names.ts -> web/src/features/crew/crew.ts'],
  'web-features-do-not-import-the-app': ['web/src/features/crew/crew.ts -> web/src/app/app.ts'],
  'no-circular': ['libs/cml-client/src/ring-a.ts -> libs/cml-client/src/ring-b.ts'],
};

describe('architecture rules', () => {
  const reported = cruise();

  it('has a fixture for every rule in the configuration', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(config.forbidden.map((r) => r.name).sort());
  });

  it.each(Object.entries(EXPECTED))('%s reports each of its fixture breaks', (rule, breaks) => {
    expect(reported.filter((r) => r.startsWith(`${rule}: `))).toEqual(breaks.map((b) => `${rule}: ${b}`).sort());
  });

  it('reports nothing else: the files that keep the rules pass', () => {
    const expected = Object.entries(EXPECTED).flatMap(([rule, breaks]) => breaks.map((b) => `${rule}: ${b}`));
    expect(reported).toEqual(expected.sort());
    for (const clean of ['alpha.handler.ts', 'beta-contract.handler.ts', 'beta.public.ts', 'beta.aggregate.ts', 'libs/kernel/src/index.ts', 'web/src/app/app.ts', 'web/src/components/button.ts']) {
      expect(reported.filter((r) => r.split(' -> ')[0].includes(clean))).toEqual([]);
    }
  });
});
