import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * deploy/iam-policy.json lists exactly the AWS actions the shipped code can call. The actions are
 * derived from the source: the SDK command classes (and paginators) the app imports, and the
 * credential providers that call STS. A new AWS call fails this spec until the policy has it; an
 * action the code no longer calls fails it until the policy drops it.
 */
const ROOT = join(import.meta.dirname, '..');

/** The SDK packages the app may use, with their IAM service prefix. */
const SERVICES: Record<string, { prefix: string; aggregateClient: string }> = {
  '@aws-sdk/client-ec2': { prefix: 'ec2', aggregateClient: 'EC2' },
  '@aws-sdk/client-cloudwatch': { prefix: 'cloudwatch', aggregateClient: 'CloudWatch' },
  '@aws-sdk/client-sts': { prefix: 'sts', aggregateClient: 'STS' },
  '@aws-sdk/client-s3': { prefix: 's3', aggregateClient: 'S3' },
  '@aws-sdk/client-pricing': { prefix: 'pricing', aggregateClient: 'Pricing' },
  '@aws-sdk/client-cost-explorer': { prefix: 'ce', aggregateClient: 'CostExplorer' },
};

/** Commands whose IAM action has another name than the command. */
const ACTION_OF_COMMAND: Record<string, string> = {
  's3:ListObjectsV2': 's3:ListBucket',
  's3:ListObjects': 's3:ListBucket',
  's3:HeadBucket': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  's3:DeleteObjects': 's3:DeleteObject',
  's3:ListObjectVersions': 's3:ListBucketVersions',
};

/** Credential providers that call AWS themselves, with the action they need. */
const PROVIDER_ACTIONS: Record<string, string> = {
  fromTemporaryCredentials: 'sts:AssumeRole',
};

/** The code that ships: the API and the libraries, not specs, test helpers or development tools. */
function shippedSources(): string[] {
  const dirs = [join(ROOT, 'apps/api/src'), ...readdirSync(join(ROOT, 'libs')).map((l) => join(ROOT, 'libs', l, 'src'))];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // Removed from the production image (Dockerfile): the demo seeder and the benchmarks.
      if (entry.isDirectory()) {
        if (relative(ROOT, path) !== 'apps/api/src/tools') walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec|test)\.ts$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

interface Derived {
  actions: Map<string, string[]>;
  problems: string[];
}

/** The IAM actions the shipped code can call, each with the files that call it. */
function deriveActions(): Derived {
  const actions = new Map<string, string[]>();
  const problems: string[] = [];
  const add = (action: string, file: string): void => {
    const files = actions.get(action) ?? [];
    if (!files.includes(file)) files.push(file);
    actions.set(action, files);
  };
  for (const path of shippedSources()) {
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const from = node.moduleSpecifier.text;
        const clause = node.importClause;
        if (from.startsWith('@aws-sdk/') && clause && !clause.isTypeOnly) {
          const names = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : [];
          if (clause.name || (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings))) {
            problems.push(`${file}: import named commands from ${from} (a default or namespace import hides which calls it makes)`);
          }
          if (from === '@aws-sdk/credential-providers') {
            for (const n of names) if (PROVIDER_ACTIONS[n]) add(PROVIDER_ACTIONS[n], file);
          } else if (from.startsWith('@aws-sdk/client-')) {
            const service = SERVICES[from];
            if (!service) {
              problems.push(`${file}: ${from} is not in this spec's SERVICES table: add its IAM prefix, then its actions to deploy/iam-policy.json`);
            } else {
              for (const n of names) {
                if (n === service.aggregateClient) problems.push(`${file}: the aggregated ${n} client hides which calls it makes; import the commands and use send()`);
                const command = /^(\w+)Command$/.exec(n)?.[1] ?? /^paginate(\w+)$/.exec(n)?.[1];
                if (command) {
                  const action = `${service.prefix}:${command}`;
                  add(ACTION_OF_COMMAND[action] ?? action, file);
                }
              }
            }
          }
        }
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteral(arg) && arg.text.startsWith('@aws-sdk/')) problems.push(`${file}: import ${arg.text} statically, so this spec sees its commands`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { actions, problems };
}

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: string | string[];
  NotResource?: unknown;
}

const policy = JSON.parse(readFileSync(join(ROOT, 'deploy/iam-policy.json'), 'utf8')) as { Version: string; Statement: Statement[] };
const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const policyActions = policy.Statement.flatMap((s) => list(s.Action));

describe('deploy/iam-policy.json', () => {
  const derived = deriveActions();

  it('can see every AWS call the shipped code makes', () => {
    expect(derived.problems).toEqual([]);
    // The spec found the adapters at all (a moved folder must not make it vacuous).
    expect([...derived.actions.keys()]).toEqual(expect.arrayContaining(['ec2:DescribeInstances', 'cloudwatch:GetMetricData']));
  });

  it('allows exactly the actions the code calls', () => {
    const called = [...derived.actions.keys()].sort();
    const missing = called.filter((a) => !policyActions.includes(a)).map((a) => `${a} (called in ${derived.actions.get(a)!.join(', ')})`);
    const unused = policyActions.filter((a) => !called.includes(a));
    expect({ missingFromThePolicy: missing, allowedButNeverCalled: unused }).toEqual({ missingFromThePolicy: [], allowedButNeverCalled: [] });
  });

  it('is an allow-list without wildcards or duplicates', () => {
    expect(policy.Version).toBe('2012-10-17');
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow');
      expect(s).not.toHaveProperty('NotAction');
      expect(s).not.toHaveProperty('NotResource');
      expect(list(s.Resource).length).toBeGreaterThan(0);
    }
    expect(policyActions.filter((a) => !/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(a))).toEqual([]);
    expect(policyActions.length).toBe(new Set(policyActions).size);
    expect(new Set(policy.Statement.map((s) => s.Sid)).size).toBe(policy.Statement.length);
  });

  it('lets the app assume only roles named for it, never any role', () => {
    const assume = policy.Statement.filter((s) => list(s.Action).includes('sts:AssumeRole'));
    expect(assume).toHaveLength(1);
    expect(list(assume[0].Action)).toEqual(['sts:AssumeRole']);
    expect(list(assume[0].Resource)).toEqual(['arn:aws:iam::*:role/cml-cloud-manager*']);
  });
});
