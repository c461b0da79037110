import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { aListedWorker, someActions } from '../../../test/fixtures';
import { type BulkAction, type Outcome, actionProblem, describeAction, outcomeOfError, planBulk, runLimited, skipReason } from './bulk-actions';

const admin = { isAdmin: true };
const manager = { isAdmin: false };
const ROLE = 'Stopping a worker needs the manager role; you have the user role.';

describe('which selected workers a bulk action skips, and why', () => {
  const until = new Date(Date.now() + 3_600_000).toISOString();
  it.each<[string, BulkAction, Parameters<typeof aListedWorker>[0], typeof admin, string | undefined]>([
    ['a stop of a running worker goes', { kind: 'stop' }, { actions: someActions({ start: 'The worker is already running.' }) }, admin, undefined],
    ['a stop of a stopped worker is skipped with the server words', { kind: 'stop' }, { status: 'stopped', actions: someActions({ stop: 'The worker is already stopped.' }) }, admin, 'The worker is already stopped.'],
    ['a stop the role refuses says so', { kind: 'stop' }, { actions: someActions({ stop: ROLE }) }, admin, `Not allowed for your role: ${ROLE}`],
    ['a start of a running worker is skipped', { kind: 'start' }, { actions: someActions() }, admin, 'The worker is already running.'],
    ['without actions read yet, the server decides', { kind: 'stop' }, {}, admin, undefined],
    ['a tag it already has changes nothing', { kind: 'set-tag', key: 'team', value: 'blue' }, { tags: { team: 'blue' } }, admin, 'Already tagged team=blue.'],
    ['a tag with another value goes', { kind: 'set-tag', key: 'team', value: 'blue' }, { tags: { team: 'red' } }, admin, undefined],
    ['removing a tag it lacks changes nothing', { kind: 'remove-tag', key: 'team' }, { tags: {} }, admin, 'Has no tag team.'],
    ['the owner it has already', { kind: 'owner', owner: 'alice' }, { owner: 'alice' }, admin, 'Already owned by alice.'],
    ['clearing an owner it lacks', { kind: 'owner', owner: '' }, {}, admin, 'Has no owner.'],
    ['clearing an override it lacks', { kind: 'clear-override' }, {}, admin, 'Has no override.'],
    ['clearing an override it has goes', { kind: 'clear-override' }, { override: { kind: 'keep-running', until, by: 'bob', setAt: until } }, admin, undefined],
    ['an override goes even over one in force', { kind: 'override', overrideKind: 'keep-running', until }, { override: { kind: 'keep-stopped', until, by: 'bob', setAt: until } }, admin, undefined],
    ['idle detection already on', { kind: 'idle-detection', enabled: true }, { idleDetectionEnabled: true }, admin, 'Idle detection is already on.'],
    ['idle detection needs an admin', { kind: 'idle-detection', enabled: false }, { idleDetectionEnabled: true }, manager, 'Not allowed for your role: this needs the admin role.'],
    ['idle detection of an unregistered worker', { kind: 'idle-detection', enabled: false }, { managed: false }, admin, 'The worker is no longer managed (it was unregistered).'],
  ])('%s', (_name, action, worker, caller, expected) => {
    expect(skipReason(action, aListedWorker(worker), caller)).toBe(expected);
  });

  it('splits the selection into the workers it goes to and those skipped, in order', () => {
    const a = aListedWorker({ name: 'a', actions: someActions() });
    const b = aListedWorker({ name: 'b', status: 'stopped', actions: someActions({ stop: 'The worker is already stopped.' }) });
    const c = aListedWorker({ name: 'c', actions: someActions() });
    const plan = planBulk({ kind: 'stop' }, [a, b, c], admin);
    expect(plan.act.map((w) => w.name)).toEqual(['a', 'c']);
    expect(plan.skip).toEqual([{ worker: b, reason: 'The worker is already stopped.' }]);
  });
});

describe('the confirmation sentence', () => {
  it.each<[BulkAction, number, RegExp]>([
    [{ kind: 'stop' }, 3, /^Stop 3 workers: their running labs first, then EC2 stops the instances/],
    [{ kind: 'start' }, 1, /^Start 1 worker: EC2 starts/],
    [{ kind: 'set-tag', key: 'team', value: 'ccna' }, 2, /^Set the EC2 tag team=ccna on 2 workers/],
    [{ kind: 'remove-tag', key: 'team' }, 2, /^Remove the EC2 tag team from 2 workers\.$/],
    [{ kind: 'owner', owner: 'group:trainers' }, 4, /^Make group:trainers the owner of 4 workers\.$/],
    [{ kind: 'owner', owner: '' }, 4, /^Clear the owner of 4 workers\.$/],
    [{ kind: 'override', overrideKind: 'keep-stopped', until: '2026-12-05T18:00:00.000Z' }, 2, /^Keep 2 workers stopped until .*2026.*, whatever their schedules/],
    [{ kind: 'idle-detection', enabled: false }, 5, /^Turn idle detection off for 5 workers\.$/],
  ])('%j on %i', (action, n, sentence) => {
    expect(describeAction(action, n)).toMatch(sentence);
  });
});

describe('what the form checks before review', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it.each<[BulkAction, string | undefined]>([
    [{ kind: 'set-tag', key: '', value: 'x' }, 'Give the tag a key.'],
    [{ kind: 'set-tag', key: 'aws:x', value: 'x' }, 'Keys starting with "aws:" are reserved for AWS; choose another key.'],
    [{ kind: 'remove-tag', key: 'ManagedBy' }, 'ManagedBy is managed by CML Cloud Manager; choose another key.'],
    [{ kind: 'set-tag', key: 'team', value: '' }, undefined],
    [{ kind: 'owner', owner: 'alice smith' }, '"alice smith" is not a username or group:<name>: use letters, digits and . _ @ + - only.'],
    [{ kind: 'owner', owner: 'group:' }, 'Name the group after "group:" (e.g. group:ccna-teachers).'],
    [{ kind: 'owner', owner: 'group:ccna' }, undefined],
    [{ kind: 'override', overrideKind: 'keep-running', until: '' }, 'Give a day and a time.'],
    [{ kind: 'override', overrideKind: 'keep-running', until: '2026-12-03T11:00:00Z' }, 'Give a time in the future.'],
    [{ kind: 'override', overrideKind: 'keep-running', until: '2026-12-18T12:00:00Z' }, 'An override lasts at most 14 days; give an earlier time.'],
    [{ kind: 'override', overrideKind: 'keep-running', until: '2026-12-04T12:00:00Z' }, undefined],
  ])('%j', (action, problem) => {
    expect(actionProblem(action, now)).toBe(problem);
  });
});

function refusal(status: number, detail: string) {
  const config = { headers: {} } as InternalAxiosRequestConfig;
  const response = { status, data: { status, detail, code: 'X', title: 't', type: 't', traceId: 't' }, statusText: '', headers: {}, config } as AxiosResponse;
  return new AxiosError('refused', 'ERR_BAD_REQUEST', config, undefined, response);
}

describe('the outcome of a refused request', () => {
  it.each<[number, Outcome]>([
    [409, { state: 'skipped', reason: 'the detail' }],
    [403, { state: 'skipped', reason: 'Not allowed for your role: the detail' }],
    [502, { state: 'failed', message: 'the detail (HTTP 502)' }],
    [400, { state: 'failed', message: 'the detail (HTTP 400)' }],
  ])('%i', (status, outcome) => {
    expect(outcomeOfError(refusal(status, 'the detail'))).toEqual(outcome);
  });
});

describe('running at most a few at a time', () => {
  it('never has more than the limit in flight, and reports every item once settled, a throw as its outcome', async () => {
    let inFlight = 0;
    let most = 0;
    const settled: [number, Outcome['state']][] = [];
    await runLimited(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      async (n) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight -= 1;
        if (n === 5) throw new Error('boom');
        return { state: 'done', message: `ok ${n}` };
      },
      (n, o) => {
        if (o.state !== 'running') settled.push([n, o.state]);
      },
    );
    expect(most).toBe(3);
    expect(settled.sort((a, b) => a[0] - b[0])).toEqual([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'done'],
      [5, 'failed'],
      [6, 'done'],
      [7, 'done'],
    ]);
  });
});
