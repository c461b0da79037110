import { spawn } from 'node:child_process';
import { roleToken } from './support/keycloak.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Schema-driven fuzzing of the whole API from /api/docs-json with schemathesis (installed by
 * `scripts/services install-fuzzer`), authenticated as an admin: no 5xx, and every response
 * matches its documented status, content type and schema. Seeded, so a failure reproduces.
 */
describe('hostile input: schemathesis against the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('fuzz', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(() => t.close());

  it('finds no server error and no response outside the contract', async () => {
    const st = process.env.SCHEMATHESIS;
    if (!st) throw new Error('SCHEMATHESIS is not set: run `eval "$(scripts/services install-fuzzer)"` (scripts/test does)');
    const token = await roleToken('admin');
    // The instance-type catalogue is read from moto once and then cached: moto's DescribeInstanceTypes
    // takes more than schemathesis's default 10 s per request on a loaded machine (a "Network Error").
    for (const region of ['us-east-1']) await fetch(`${t.url}/api/workers/instance-types?region=${region}`, { headers: { authorization: `Bearer ${token}` } });
    // Asynchronous: the app under test runs in this very process and must keep answering.
    const result = await run(
      st,
      [
        'run',
        `${t.url}/api/docs-json`,
        '--header',
        `Authorization: Bearer ${token}`,
        '--checks',
        'not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance',
        '--max-examples',
        process.env.FUZZ_MAX_EXAMPLES ?? '6',
        '--seed',
        process.env.FUZZ_SEED ?? '1',
        '--max-time',
        '150',
        // Timing is not the contract: a slow answer of a stand-in under load is not a finding.
        '--request-timeout',
        '60',
        '--no-color',
        '--exclude-path-regex',
        // The live stream never ends by design; it is tested on its own.
        '^/api/events/stream$',
      ],
    );
    if (result.status !== 0) throw new Error(`schemathesis found problems (exit ${result.status}):\n${result.stdout.slice(-8000)}\n${result.stderr}`);
  }, 320_000);
});

function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, SCHEMATHESIS_TELEMETRY: 'false' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
