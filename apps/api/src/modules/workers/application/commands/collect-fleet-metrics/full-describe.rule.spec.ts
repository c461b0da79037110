import type { Ec2StatusCheck } from '../../ports/ec2.port.js';
import type { CollectionTarget } from '../../worker.view.js';
import { fullDescribeReason } from './full-describe.rule.js';

const worker = (name: string, status: CollectionTarget['status']): CollectionTarget => ({ id: name, name, region: 'us-east-1', status, instanceId: `i-${name}` });
const check = (name: string, state: Ec2StatusCheck['state']): [string, Ec2StatusCheck] => [`i-${name}`, { instanceId: `i-${name}`, state, instanceStatus: 'ok', systemStatus: 'ok' }];
const now = { atMs: 1_000_000, policy: 'p', describeSeconds: 1800 };
const recent = { atMs: now.atMs - 60_000, policy: 'p' };

describe('fullDescribeReason', () => {
  const workers = [worker('a', 'running'), worker('b', 'stopped')];
  const agreeing = new Map([check('a', 'running'), check('b', 'stopped')]);

  it('needs no full read while every state is its worker\'s status and the last read is recent', () => {
    expect(fullDescribeReason(workers, agreeing, recent, now)).toBeUndefined();
    expect(fullDescribeReason(workers, agreeing, { ...recent, silenced: [] }, now)).toBeUndefined();
  });

  it.each([
    ['the first cycle (or a cycle that could not read the region)', undefined, agreeing, now, 'no full read on record'],
    ['a last read as old as the interval', { atMs: now.atMs - 1_800_000, policy: 'p' }, agreeing, now, 'due'],
    ['an interval of 0', recent, agreeing, { ...now, describeSeconds: 0 }, 'due'],
    ['another endpoint policy', { ...recent, policy: 'q' }, agreeing, now, 'endpoint policy changed'],
    ['a started instance', recent, new Map([check('a', 'running'), check('b', 'pending')]), now, 'b: EC2 reports pending, the worker is stopped'],
    ['controllers that stopped answering at their stored address', { ...recent, silenced: ['a', 'b'] }, agreeing, now, 'a, b: the controller stopped answering at its stored address'],
    ['an instance the checks do not list', recent, new Map([check('a', 'running')]), now, 'b: not in the status checks'],
  ])('reads in full after %s', (_what, last, checks, at, reason) => {
    expect(fullDescribeReason(workers, checks, last, at)).toBe(reason);
  });

  it('reads in full while a stop is under way (the worker says stopping, EC2 still running)', () => {
    expect(fullDescribeReason([worker('a', 'stopping')], new Map([check('a', 'running')]), recent, now)).toBe('a: EC2 reports running, the worker is stopping');
  });
});
