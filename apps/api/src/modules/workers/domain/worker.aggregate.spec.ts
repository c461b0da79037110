import { DomainError, type EventType } from '#kernel';
import type { ObservedInstance } from './observed-instance.value-object.js';
import { Worker } from './worker.aggregate.js';
import { decideIdle, type IdleInput } from './idle.rule.js';

const ctx = (minute = 0) => ({ actor: { kind: 'user' as const, id: 'u1', name: 'ada' }, now: new Date(Date.UTC(2026, 10, 25, 10, minute)) });
const policy = { usePrivateIp: false };

function instance(over: Partial<ObservedInstance> = {}): ObservedInstance {
  return { instanceId: 'i-0123456789abcdef0', state: 'running', instanceType: 'm5zn.metal', imageId: 'ami-0abc', name: 'lab-a', tags: { Name: 'lab-a' }, publicIp: '198.51.100.7', privateIp: '10.0.0.7', ...over };
}

const types = (w: Worker): EventType[] => w.getUncommittedEvents().map((e) => e.type);

function imported(over: Partial<ObservedInstance> = {}): Worker {
  const w = Worker.import('w1', { region: 'us-east-1', instance: instance(over), source: 'api' }, policy, ctx());
  w.markPersisted();
  w.uncommit();
  return w;
}

describe('Worker.import', () => {
  it('takes the name from the request, else the Name tag, else worker-<instance id>', () => {
    expect(Worker.import('a', { region: 'us-east-1', instance: instance(), name: ' Mine ', source: 'api' }, policy, ctx()).name).toBe('Mine');
    expect(Worker.import('b', { region: 'us-east-1', instance: instance(), source: 'api' }, policy, ctx()).name).toBe('lab-a');
    expect(Worker.import('c', { region: 'us-east-1', instance: instance({ name: undefined }), source: 'api' }, policy, ctx()).name).toBe('worker-i-0123456789abcdef0');
  });

  it('records who imported it and when, in the state and in the event', () => {
    const w = Worker.import('a', { region: 'us-east-1', instance: instance({ state: 'stopped' }), source: 'api' }, policy, ctx(5));
    const s = w.snapshot();
    expect(s.status).toBe('stopped');
    expect(s.lifecycle.importedBy).toEqual(ctx().actor);
    expect(s.lifecycle.importedAt).toBe('2026-11-25T10:05:00.000Z');
    expect(s.endpoint).toBe('https://198.51.100.7');
    expect(w.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.imported', actor: ctx().actor, data: { instanceId: 'i-0123456789abcdef0', status: 'stopped', source: 'api' } });
  });

  it.each(['terminated', 'shutting-down'])('refuses a %s instance', (state) => {
    expect(() => Worker.import('a', { region: 'us-east-1', instance: instance({ state }), source: 'api' }, policy, ctx())).toThrow(
      expect.objectContaining({ code: 'IMPORT.INSTANCE_TERMINATED' }),
    );
  });

  it('uses the cml-endpoint tag over the IP', () => {
    const w = Worker.import('a', { region: 'us-east-1', instance: instance({ tags: { 'cml-endpoint': 'http://127.0.0.1:8040/c1/' } }), source: 'api' }, policy, ctx());
    expect(w.snapshot()).toMatchObject({ endpoint: 'http://127.0.0.1:8040/c1', endpointSource: 'tag' });
  });
});

describe('Worker operations', () => {
  it('records a requested stop with who and when, as a status change', () => {
    const w = imported();
    w.recordRequested('stop', ctx(3));
    expect(w.status).toBe('stopping');
    expect(w.snapshot().lifecycle.stopRequestedBy).toEqual(ctx().actor);
    expect(w.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.status-changed', data: { from: 'running', to: 'stopping', trigger: 'user' } });
  });

  it('refuses to start a terminated worker with WORKER.INVALID_TRANSITION naming the status', () => {
    const w = imported({ state: 'stopped' });
    w.observe('missing', policy, ctx());
    expect(w.status).toBe('terminated');
    try {
      w.ensureAllowed('start');
      throw new Error('should have refused');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('WORKER.INVALID_TRANSITION');
      expect((err as DomainError).message).toContain('terminated');
      expect((err as DomainError).details).toMatchObject({ status: 'terminated', operation: 'start' });
    }
  });

  it('says stopping a stopped worker is a no-op and records nothing', () => {
    const w = imported({ state: 'stopped' });
    expect(w.decide('stop')).toEqual({ outcome: 'noop', message: 'The worker is already stopped.' });
    w.recordRequested('stop', ctx());
    expect(w.getUncommittedEvents()).toHaveLength(0);
  });

  it('terminates a failed provisioning at once, with no EC2 instance', () => {
    const w = Worker.requestProvisioning('p', { name: 'p', region: 'us-east-1', instanceType: 'c5.2xlarge', ami: { id: 'ami-1' } }, ctx());
    w.failProvisioning('InsufficientInstanceCapacity', ctx());
    w.recordRequested('terminate', ctx());
    expect(w.status).toBe('terminated');
    expect(types(w)).toEqual(['worker.provisioning-requested', 'worker.provisioning-failed', 'worker.status-changed', 'worker.status-changed', 'worker.terminated']);
  });

  it('refuses operations on an unregistered worker', () => {
    const w = imported();
    w.unregister(false, ctx());
    expect(w.decide('stop').outcome).toBe('refuse');
    expect(() => w.unregister(false, ctx())).toThrow(expect.objectContaining({ code: 'WORKER.NOT_MANAGED' }));
  });
});

describe('Worker.requestProvisioning', () => {
  const request = { name: 'lab-east-1', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1' } };

  it('keeps the name trimmed and records how the type can run CML in the event', () => {
    const w = Worker.requestProvisioning('p', { ...request, name: '  lab-east-1 ', cmlSuitability: 'bare-metal' }, ctx());
    expect(w.name).toBe('lab-east-1');
    expect(w.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.provisioning-requested', data: { name: 'lab-east-1', instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal' } });
  });

  it.each([['   '], ['lab#1'], ['x'.repeat(65)]])('refuses the name %j with WORKER.NAME_INVALID', (name) => {
    expect(() => Worker.requestProvisioning('p', { ...request, name }, ctx())).toThrow(expect.objectContaining({ code: 'WORKER.NAME_INVALID', kind: 'invalid' }));
  });
});

describe('Worker.observe', () => {
  it('emits nothing when EC2 reports what we already know', () => {
    const w = imported();
    w.observe(instance(), policy, ctx(1));
    expect(w.getUncommittedEvents()).toHaveLength(0);
  });

  it('emits only what changed: status, IPs and endpoint', () => {
    const w = imported();
    w.observe(instance({ state: 'stopped', publicIp: undefined }), policy, ctx(1));
    expect(types(w)).toEqual(['worker.instance-updated', 'worker.endpoint-changed', 'worker.status-changed']);
    expect(w.snapshot()).toMatchObject({ status: 'stopped', endpointSource: 'none', serviceStatus: 'unavailable' });
  });

  it('treats an instance EC2 no longer knows as terminated, once', () => {
    const w = imported();
    w.observe('missing', policy, ctx(1));
    w.observe('missing', policy, ctx(2));
    w.observe(instance({ state: 'running' }), policy, ctx(3));
    expect(types(w)).toEqual(['worker.status-changed', 'worker.terminated']);
    expect(w.status).toBe('terminated');
  });

  it('reports tag changes as set and removed keys', () => {
    const w = imported();
    w.observe(instance({ tags: { Name: 'lab-b', team: 'blue' } }), policy, ctx(1));
    const e = w.getUncommittedEvents().find((x) => x.type === 'worker.tags-changed');
    expect(e?.data).toEqual({ set: { Name: 'lab-b', team: 'blue' }, removed: [] });
  });

  it('records status checks only when they change', () => {
    const w = imported();
    w.observeStatusChecks({ instance: 'ok', system: 'ok' }, ctx(1));
    w.observeStatusChecks({ instance: 'ok', system: 'ok' }, ctx(2));
    w.observeStatusChecks({ instance: 'impaired', system: 'ok' }, ctx(3));
    expect(types(w)).toEqual(['worker.status-checks-changed', 'worker.status-checks-changed']);
    expect(w.snapshot().statusChecks?.checkedAt).toBe('2026-11-25T10:03:00.000Z');
  });

  it('records its volumes with an event only when the set differs, whatever EC2\'s order', () => {
    const w = imported();
    const root = { volumeId: 'vol-b', sizeGiB: 64, volumeType: 'gp3' };
    const data = { volumeId: 'vol-a', sizeGiB: 100, volumeType: 'gp2' };
    expect(w.observeVolumes([root, data], ctx(1))).toBe(true);
    expect(w.observeVolumes([data, root], ctx(2))).toBe(false);
    expect(w.observeVolumes([root], ctx(3))).toBe(true);
    expect(types(w)).toEqual(['worker.volumes-changed', 'worker.volumes-changed']);
    expect(w.getUncommittedEvents()[0]).toMatchObject({ data: { volumes: [data, root], totalGiB: 164 } });
    expect(w.volumes).toEqual([root]);
    expect(w.snapshot().volumesReadAt).toBe('2026-11-25T10:03:00.000Z');
  });

  it('takes the volumes read at import into the import itself, and reads of the same set later change nothing', () => {
    const volumes = [{ volumeId: 'vol-b', sizeGiB: 8, volumeType: 'gp2' }, { volumeId: 'vol-a', sizeGiB: 64, volumeType: 'gp3' }];
    const w = Worker.import('w1', { region: 'us-east-1', instance: instance(), source: 'api', volumes }, policy, ctx());
    expect(types(w)).toEqual(['worker.imported']);
    expect(w.getUncommittedEvents()[0].data).toMatchObject({ volumes: [volumes[1], volumes[0]] });
    expect(w.snapshot()).toMatchObject({ volumes: [volumes[1], volumes[0]], volumesReadAt: '2026-11-25T10:00:00.000Z' });
    expect(w.observeVolumes([...volumes], ctx(1))).toBe(false);
  });

  it('leaves an unchanged worker unchanged when its volumes are read again (nothing to save)', () => {
    const w = imported();
    w.observeVolumes([{ volumeId: 'vol-a', sizeGiB: 64, volumeType: 'gp3' }], ctx(1));
    w.markPersisted();
    w.uncommit();
    w.observeVolumes([{ volumeId: 'vol-a', sizeGiB: 64, volumeType: 'gp3' }], ctx(2));
    expect(w.hasChanges).toBe(false);
  });
});

describe('Worker settings', () => {
  it('prefers an endpoint override to the tag and the IP, and falls back when cleared', () => {
    const w = imported({ tags: { 'cml-endpoint': 'https://tagged.example' } });
    w.overrideEndpoint('https://override.example/', policy, ctx());
    expect(w.snapshot()).toMatchObject({ endpoint: 'https://override.example', endpointSource: 'override' });
    w.overrideEndpoint(undefined, policy, ctx());
    expect(w.snapshot()).toMatchObject({ endpoint: 'https://tagged.example', endpointSource: 'tag' });
  });

  it('renames and toggles idle detection only on real change', () => {
    const w = imported();
    w.rename('lab-a', ctx());
    w.setIdleDetection(true, ctx());
    expect(w.getUncommittedEvents()).toHaveLength(0);
    w.rename('lab-z', ctx());
    w.setIdleDetection(false, ctx());
    expect(types(w)).toEqual(['worker.renamed', 'worker.idle-detection-changed']);
    expect(() => w.rename('  ', ctx())).toThrow(expect.objectContaining({ code: 'WORKER.NAME_INVALID' }));
  });
});

describe('Worker idle decisions', () => {
  const input = (minute: number, over: Partial<IdleInput> = {}): IdleInput => ({
    now: ctx(minute).now,
    status: 'running',
    fleetEnabled: true,
    workerEnabled: true,
    timeoutMinutes: 60,
    startGraceMinutes: 60,
    warningLeadMinutes: 10,
    lastActivityAt: ctx(0).now.toISOString(),
    lastActivitySource: 'lab-state',
    ...over,
  });
  const apply = (w: Worker, minute: number, over: Partial<IdleInput> = {}) => w.applyIdleDecision(decideIdle(input(minute, over)), 60, ctx(minute));

  it('tells a new decision from the same one again, and remembers since when it holds', () => {
    const w = imported();
    expect(apply(w, 1)).toBe(true);
    expect(apply(w, 2)).toBe(false);
    expect(apply(w, 30)).toBe(false);
    expect(w.idle.lastDecision).toMatchObject({ at: '2026-11-25T10:30:00.000Z', since: '2026-11-25T10:01:00.000Z', outcome: 'keep', code: 'active' });
    // The latest evaluation's words, with the minutes of now.
    expect(w.idle.lastDecision!.reason).toMatch(/^Last activity 30 min ago/);
    expect(apply(w, 31, { keepRunningUntil: ctx(45).now.toISOString() })).toBe(true);
    expect(w.idle.lastDecision).toMatchObject({ since: '2026-11-25T10:31:00.000Z', code: 'snoozed' });
  });

  it('takes a decision stored before decisions had a key as a new one', () => {
    const w = new Worker('w1', { ...imported().snapshot(), idle: { lastDecision: { at: '2026-11-25T09:59:00.000Z', outcome: 'keep', reason: 'Last activity 9 min ago (cml-telemetry); the idle timeout is 60 min.' } } }, 1);
    expect(apply(w, 1)).toBe(true);
    expect(w.idle.lastDecision?.since).toBe('2026-11-25T10:01:00.000Z');
  });

  it('says who snoozed and until when, in UTC words, when a snooze lifts a warning', () => {
    const w = imported();
    apply(w, 61, { lastActivityAt: ctx(0).now.toISOString() });
    w.uncommit();
    w.snooze(new Date(Date.UTC(2026, 10, 26, 18, 0)), ctx(62));
    expect(w.getUncommittedEvents().map((e) => e.data)).toContainEqual({ reason: 'Snoozed by ada until 26 Nov 18:00 UTC.' });
  });
});

describe('Worker preconditions, all from the transition table', () => {
  const refusal = (status: string, operation: string) => expect.objectContaining({ code: 'WORKER.INVALID_TRANSITION', kind: 'conflict', details: { status, operation } });

  it.each(['stopped', 'stopping', 'pending'])('refuses to snooze a %s worker with WORKER.INVALID_TRANSITION naming the status, recording nothing', (state) => {
    const w = imported({ state });
    expect(() => w.snooze(new Date(Date.UTC(2026, 10, 26)), ctx())).toThrow(refusal(state, 'snooze'));
    expect(() => w.snooze(new Date(Date.UTC(2026, 10, 26)), ctx())).toThrow(`Cannot snooze worker lab-a while it is ${state}: only a running worker can be snoozed.`);
    expect(w.getUncommittedEvents()).toHaveLength(0);
  });

  it('refuses a license change unless the worker runs, and records a request without the token', () => {
    const stopped = imported({ state: 'stopped' });
    expect(() => stopped.recordLicenseRequest('registration', 'op1', false, ctx())).toThrow(refusal('stopped', 'change-license'));
    const running = imported();
    running.recordLicenseRequest('registration', 'op1', true, ctx());
    running.recordLicenseRequest('deregistration', 'op2', false, ctx());
    expect(running.getUncommittedEvents().map((e) => [e.type, e.data])).toEqual([
      ['worker.license-registration-requested', { operationId: 'op1', reregister: true }],
      ['worker.license-deregistration-requested', { operationId: 'op2' }],
    ]);
  });

  it('records how a license change ended even when the worker stopped meanwhile, but not on an unregistered worker', () => {
    const w = imported();
    w.observe(instance({ state: 'stopped' }), policy, ctx(1));
    w.uncommit();
    w.recordLicenseOutcome('registration', { operationId: 'op1', succeeded: false, registrationStatus: 'FAILED', error: 'Registration ended FAILED.' }, ctx(2));
    expect(w.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.license-registration-finished', data: { operationId: 'op1', succeeded: false, registrationStatus: 'FAILED' } });
    w.unregister(false, ctx(3));
    expect(() => w.recordLicenseOutcome('deregistration', { operationId: 'op2', succeeded: true }, ctx(4))).toThrow(refusal('stopped', 'record-license-outcome'));
  });

  it('fails a launch that is still waiting for its instance, once, and ignores a failure reported after the instance came', () => {
    const request = { name: 'p', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1' } };
    const failing = Worker.requestProvisioning('p1', request, ctx());
    failing.uncommit();
    failing.failProvisioning('InsufficientInstanceCapacity', ctx(1));
    failing.failProvisioning('InsufficientInstanceCapacity', ctx(2));
    expect(failing.getUncommittedEvents().map((e) => [e.type, e.data])).toEqual([
      ['worker.provisioning-failed', { reason: 'InsufficientInstanceCapacity' }],
      ['worker.status-changed', { from: 'pending', to: 'failed', trigger: 'provisioning', reason: 'InsufficientInstanceCapacity' }],
    ]);
    expect(failing.provisioning?.failureReason).toBe('InsufficientInstanceCapacity');

    const launched = Worker.requestProvisioning('p2', request, ctx());
    launched.assignInstance(instance({ state: 'pending' }), policy, ctx(1));
    launched.uncommit();
    expect(launched.decide('fail-provisioning')).toEqual({ outcome: 'noop', message: 'The worker already has its instance.' });
    launched.failProvisioning('late', ctx(2));
    expect(launched.getUncommittedEvents()).toHaveLength(0);
    expect(launched.status).toBe('pending');
  });

  it('refuses tag edits on a terminated worker', () => {
    const w = imported();
    w.observe('missing', policy, ctx(1));
    expect(() => w.ensureAllowed('edit-tags')).toThrow(refusal('terminated', 'edit-tags'));
  });
});

describe('Worker observations of the controller', () => {
  it('raises telemetry only past the threshold, and stores smaller moves silently', () => {
    const w = imported();
    w.observeTelemetry({ cpuPercent: 40 }, 5, ctx(1));
    w.observeTelemetry({ cpuPercent: 43 }, 5, ctx(2));
    expect(types(w)).toEqual(['worker.telemetry-changed']);
    expect(w.telemetry).toMatchObject({ cpuPercent: 43, collectedAt: '2026-11-25T10:02:00.000Z' });
    expect(w.hasChanges).toBe(true);
  });

  it('records whether the controller says it is healthy as a CML fact, beside a service status that says it answers', () => {
    const w = imported();
    w.observeCml({ serviceStatus: 'available', healthy: true, ready: true }, 5, ctx(1));
    w.observeCml({ serviceStatus: 'available', healthy: false }, 5, ctx(2));
    expect(w.serviceStatus).toBe('available');
    expect(w.getUncommittedEvents().map((e) => [e.type, e.data])).toEqual([
      ['worker.service-status-changed', { from: 'unavailable', to: 'available', reason: 'CML controller is available' }],
      ['worker.cml-info-changed', { changes: { ready: { from: undefined, to: true }, healthy: { from: undefined, to: true } } }],
      ['worker.cml-info-changed', { changes: { healthy: { from: true, to: false } } }],
    ]);
  });

  it('issues an idle warning as an event with the figures of the decision', () => {
    const w = imported();
    const warned = w.applyIdleDecision({ outcome: 'warn', code: 'idle-warning', reason: 'idle', idleMinutes: 61, plannedStopAt: '2026-11-25T11:11:00.000Z', lastActivityAt: 'a', lastActivitySource: 'import' }, 60, ctx(1));
    expect(warned).toBe(true);
    expect(w.getUncommittedEvents()[0]).toMatchObject({
      type: 'worker.idle-warning-issued',
      data: { plannedStopAt: '2026-11-25T11:11:00.000Z', idleMinutes: 61, timeoutMinutes: 60, lastActivityAt: 'a', lastActivitySource: 'import', reason: 'idle' },
    });
    expect(w.idle.warning).toEqual({ issuedAt: '2026-11-25T10:01:00.000Z', plannedStopAt: '2026-11-25T11:11:00.000Z' });
  });
});

describe('Worker owners, overrides and power records', () => {
  const alice = { kind: 'user' as const, id: 'u2', name: 'alice' };
  const at = (minute: number, actor = ctx().actor) => ({ actor, now: new Date(Date.UTC(2026, 10, 25, 10, minute)) });

  it('is owned by whoever provisioned it, and by what its owner tag says when imported', () => {
    const provisioned = Worker.requestProvisioning('p', { name: 'lab-p', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1' } }, ctx());
    expect(provisioned.owner).toBe('ada');
    expect(provisioned.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.provisioning-requested', data: { owner: 'ada' } });
    const byService = Worker.requestProvisioning('s', { name: 'lab-s', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1' } }, { ...ctx(), actor: { kind: 'service', id: 'c', name: 'ci' } });
    expect(byService.owner).toBe('ci');
    const bySystem = Worker.requestProvisioning('y', { name: 'lab-y', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1' } }, { ...ctx(), actor: { kind: 'system', id: 'system:x', name: 'x' } });
    expect(bySystem.owner).toBeUndefined();
    const tagged = Worker.import('t', { region: 'us-east-1', instance: instance(), source: 'api', owner: 'group:net' }, policy, ctx());
    expect(tagged.owner).toBe('group:net');
    expect(tagged.getUncommittedEvents()[0]).toMatchObject({ type: 'worker.imported', data: { owner: 'group:net' } });
  });

  it('changes owner with an event naming the one before; the same owner again is no event; empty clears', () => {
    const w = imported();
    w.changeOwner(' alice ', ctx(1));
    w.changeOwner('alice', ctx(2));
    w.changeOwner('', ctx(3));
    expect(w.getUncommittedEvents().map((e) => [e.type, e.data])).toEqual([
      ['worker.owner-changed', { workerId: 'w1', owner: 'alice', previousOwner: undefined }],
      ['worker.owner-changed', { workerId: 'w1', owner: '', previousOwner: 'alice' }],
    ]);
    expect(w.owner).toBeUndefined();
    expect(() => w.changeOwner('not valid!', ctx())).toThrow(expect.objectContaining({ code: 'WORKER.OWNER_INVALID', kind: 'invalid' }));
  });

  it('sets an override (replacing one in force), clears it, and expires it only once its time has come', () => {
    const w = imported();
    w.setOverride('keep-running', new Date('2026-11-25T22:00:00Z'), at(0, alice));
    expect(w.override).toEqual({ kind: 'keep-running', until: '2026-11-25T22:00:00.000Z', by: 'alice', setAt: '2026-11-25T10:00:00.000Z' });
    w.setOverride('keep-stopped', new Date('2026-11-25T12:00:00Z'), at(1, alice));
    expect(w.clearOverride('expired', at(59))).toBe(false);
    expect(w.clearOverride('expired', ctx(120))).toBe(true);
    expect(w.clearOverride('cleared', ctx(121))).toBe(false);
    expect(w.getUncommittedEvents().map((e) => [e.type, e.data])).toEqual([
      ['worker.override-set', { workerId: 'w1', kind: 'keep-running', until: '2026-11-25T22:00:00.000Z' }],
      ['worker.override-set', { workerId: 'w1', kind: 'keep-stopped', until: '2026-11-25T12:00:00.000Z' }],
      ['worker.override-cleared', { workerId: 'w1', kind: 'keep-stopped', reason: 'expired' }],
    ]);
  });

  it('refuses an override in the past or too far ahead (400 naming what to fix), and on an unregistered worker', () => {
    const w = imported();
    expect(() => w.setOverride('keep-running', new Date('2026-11-25T09:00:00Z'), ctx())).toThrow(expect.objectContaining({ code: 'WORKER.OVERRIDE_INVALID', message: expect.stringContaining('must be in the future') }));
    expect(() => w.setOverride('keep-running', new Date('2026-12-25T09:00:00Z'), ctx())).toThrow(expect.objectContaining({ message: expect.stringContaining('more than 14 days ahead') }));
    w.unregister(false, ctx());
    expect(() => w.setOverride('keep-running', new Date('2026-11-25T22:00:00Z'), ctx())).toThrow(expect.objectContaining({ code: 'WORKER.NOT_MANAGED' }));
  });

  it("records the reconciler's decision every run and raises an event only when its state or rule changes", () => {
    const w = imported();
    const decision = { state: 'running' as const, rule: { kind: 'schedule', id: 's-1', name: 'CCNA' }, reason: 'open until 18:00', until: new Date('2026-11-25T17:00:00Z'), next: [] };
    w.recordDesiredPower(decision, ctx(1));
    w.recordDesiredPower({ ...decision, reason: 'open until 18:00 (again)' }, ctx(2));
    w.recordDesiredPower({ ...decision, state: 'stopped' }, ctx(3));
    expect(types(w)).toEqual(['worker.desired-power-changed', 'worker.desired-power-changed']);
    expect(w.snapshot().desiredPower).toMatchObject({ state: 'stopped', decidedAt: '2026-11-25T10:03:00.000Z', until: '2026-11-25T17:00:00.000Z' });
  });

  it('records a decision not to act once per reason, again after an attempt went through', () => {
    const w = imported();
    w.recordDesiredPower({ state: 'stopped', rule: { kind: 'schedule' }, reason: 'closed', next: [] }, ctx());
    w.uncommit();
    w.recordPowerHeld('The worker is starting.', ctx(1));
    w.recordPowerHeld('The worker is starting.', ctx(2));
    w.recordPowerAttempt({ ok: false, error: 'EC2 refused' }, ctx(3));
    expect(w.snapshot().powerAttempts).toEqual({ failures: 1, lastAttemptAt: '2026-11-25T10:03:00.000Z', lastError: 'EC2 refused' });
    w.recordPowerAttempt({ ok: true }, ctx(4));
    w.recordPowerHeld('The worker is starting.', ctx(5));
    expect(types(w)).toEqual(['worker.power-held', 'worker.power-held']);
    expect(w.snapshot().powerAttempts).toEqual({ failures: 0, lastAttemptAt: '2026-11-25T10:04:00.000Z' });
  });

  it("remembers a person's start or stop, not the product's", () => {
    const w = imported({ state: 'stopped' });
    w.recordRequested('start', at(1, alice));
    expect(w.snapshot().lastManualChange).toEqual({ action: 'start', at: '2026-11-25T10:01:00.000Z', by: 'alice' });
    w.observe(instance({ state: 'running' }), policy, ctx(2));
    w.recordRequested('stop', { actor: { kind: 'system', id: 'system:power-reconciler', name: 'power-reconciler' }, now: new Date('2026-11-25T10:03:00Z') }, 'schedule closed', 'schedule');
    expect(w.snapshot().lastManualChange).toMatchObject({ action: 'start', by: 'alice' });
  });

  it('measures boot to ready from the start it asked for to the controller available; a boot cut short is no sample', () => {
    const w = imported({ state: 'stopped' });
    w.recordRequested('start', ctx(0));
    w.observe(instance({ state: 'running' }), policy, ctx(2));
    w.observeCml({ serviceStatus: 'available' }, 5, { ...ctx(), now: new Date('2026-11-25T10:05:30Z') });
    expect(w.snapshot().bootToReadySeconds).toEqual([330]);
    w.recordRequested('stop', ctx(10));
    w.observe(instance({ state: 'stopped' }), policy, ctx(11));
    w.recordRequested('start', ctx(12));
    w.recordRequested('stop', ctx(13));
    w.observe(instance({ state: 'stopped' }), policy, ctx(14));
    w.observe(instance({ state: 'running' }), policy, ctx(20));
    w.observeCml({ serviceStatus: 'available' }, 5, ctx(25));
    expect(w.snapshot().bootToReadySeconds).toEqual([330]);
  });
});
