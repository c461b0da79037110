import type { WorkerStatus } from '#kernel';
import { ACTION_ROLES, type ActionRole, type ActionSubject, type RoleCheck, WORKER_ACTIONS, type WorkerActionName, workerActions } from './worker-actions.rule.js';

const ORDER: ActionRole[] = ['user', 'manager', 'admin'];
/** A caller holding `role`; a refusal names the role needed, as the API's 403 does. */
const as =
  (role: ActionRole): RoleCheck =>
  (required) =>
    ORDER.indexOf(role) >= ORDER.indexOf(required) ? undefined : `needs ${required}, has ${role}`;

const worker = (status: WorkerStatus, more: Partial<ActionSubject> = {}): ActionSubject => ({ name: 'lab-1', status, managed: true, hasInstance: true, ...more });

describe('what a caller may do to a worker', () => {
  // [action, worker, caller role, allowed, the reason (part of it) when not]
  it.each<[WorkerActionName, ActionSubject, ActionRole, boolean, string | undefined]>([
    // The role comes first: a user is told what it lacks, whatever the status.
    ['start', worker('stopped'), 'user', false, 'needs manager, has user'],
    ['stop', worker('running'), 'user', false, 'needs manager, has user'],
    ['refresh', worker('running'), 'user', false, 'needs manager, has user'],
    ['snooze', worker('running'), 'user', false, 'needs manager, has user'],
    ['terminate', worker('running'), 'manager', false, 'needs admin, has manager'],
    ['unregister', worker('running'), 'manager', false, 'needs admin, has manager'],
    ['registerLicense', worker('running'), 'manager', false, 'needs admin, has manager'],
    ['deregisterLicense', worker('running'), 'manager', false, 'needs admin, has manager'],
    ['editTags', worker('running'), 'manager', false, 'needs admin, has manager'],
    ['terminate', worker('terminated'), 'user', false, 'needs admin, has user'],
    // Then the state, through the transition table: only a change is offered.
    ['start', worker('stopped'), 'manager', true, undefined],
    ['start', worker('running'), 'manager', false, 'The worker is already running.'],
    ['start', worker('stopping'), 'admin', false, 'Cannot start worker lab-1 while it is stopping: The worker is stopping; start it once it has stopped.'],
    ['stop', worker('running'), 'manager', true, undefined],
    ['stop', worker('stopped'), 'manager', false, 'The worker is already stopped.'],
    ['stop', worker('terminated'), 'admin', false, 'Cannot stop worker lab-1 while it is terminated: The worker is terminated and cannot be stopped.'],
    // The refusal the console's copy of the table missed: a launch that has no instance yet.
    ['stop', worker('pending', { hasInstance: false }), 'manager', false, 'Cannot stop worker lab-1 while it is pending: The worker has no EC2 instance yet.'],
    ['stop', worker('pending'), 'manager', true, undefined],
    ['terminate', worker('failed', { hasInstance: false }), 'admin', true, undefined],
    ['terminate', worker('shutting-down'), 'admin', false, 'The worker is already being terminated.'],
    ['snooze', worker('running'), 'manager', true, undefined],
    ['snooze', worker('stopped'), 'manager', false, 'Cannot snooze worker lab-1 while it is stopped: only a running worker can be snoozed.'],
    ['registerLicense', worker('running'), 'admin', true, undefined],
    ['deregisterLicense', worker('stopped'), 'admin', false, 'Cannot change the license of worker lab-1 while it is stopped: start it first; the license is changed on its running controller.'],
    ['editTags', worker('stopped'), 'admin', true, undefined],
    ['editTags', worker('terminated'), 'admin', false, 'Cannot edit the tags of worker lab-1 while it is terminated: The instance is terminated; its tags cannot change.'],
    ['refresh', worker('unknown'), 'manager', true, undefined],
    ['unregister', worker('terminated'), 'admin', true, undefined],
    // An unregistered worker is nobody's to change any more.
    ['start', worker('stopped', { managed: false }), 'admin', false, 'The worker is no longer managed (it was unregistered).'],
    ['refresh', worker('running', { managed: false }), 'admin', false, 'The worker is no longer managed (it was unregistered).'],
    ['unregister', worker('running', { managed: false }), 'admin', false, 'Worker lab-1 is already unregistered.'],
    ['editTags', worker('running', { managed: false }), 'admin', false, 'The worker is no longer managed (it was unregistered).'],
  ])('%s on %j for a %s: allowed %s', (action, subject, role, allowed, reason) => {
    const answer = workerActions(subject, as(role))[action];
    expect(answer.allowed).toBe(allowed);
    if (allowed) expect(answer.reason).toBeUndefined();
    else expect(answer.reason).toContain(reason);
    // A refusal says whether the role or the state refused, so the console can hide what the role never allows.
    if (!allowed) expect(answer.refusedBy).toBe(ORDER.indexOf(role) < ORDER.indexOf(ACTION_ROLES[action]) ? 'role' : 'state');
    else expect(answer.refusedBy).toBeUndefined();
  });

  // [action, worker, allowed, the reason (part of it) when not] for a plain user who owns the worker
  it.each<[WorkerActionName, ActionSubject, boolean, string | undefined]>([
    ['start', worker('stopped'), true, undefined],
    ['stop', worker('running'), true, undefined],
    ['override', worker('running'), true, undefined],
    ['override', worker('stopped', { managed: false }), false, 'no longer managed'],
    // The state still decides for an owner.
    ['start', worker('running'), false, 'The worker is already running.'],
    // Owning a worker is not a role: the rest still needs one.
    ['refresh', worker('running'), false, 'needs manager, has user'],
    ['snooze', worker('running'), false, 'needs manager, has user'],
    ['changeOwner', worker('running'), false, 'needs admin, has user'],
    ['terminate', worker('running'), false, 'needs admin, has user'],
  ])('%s on %j for its owner (a user): allowed %s', (action, subject, allowed, reason) => {
    const answer = workerActions(subject, as('user'), true)[action];
    expect(answer.allowed).toBe(allowed);
    if (allowed) expect(answer.reason).toBeUndefined();
    else expect(answer.reason).toContain(reason);
  });

  it('gives a user who does not own the worker no override, and an admin the owner change', () => {
    expect(workerActions(worker('running'), as('user')).override).toEqual({ allowed: false, reason: 'needs manager, has user', refusedBy: 'role' });
    expect(workerActions(worker('running'), as('manager')).override).toEqual({ allowed: true });
    expect(workerActions(worker('running'), as('admin')).changeOwner).toEqual({ allowed: true });
  });

  it('answers every action, each refusal with a reason', () => {
    const answer = workerActions(worker('terminated'), as('user'));
    expect(Object.keys(answer)).toEqual([...WORKER_ACTIONS]);
    for (const a of WORKER_ACTIONS) expect(answer[a]).toEqual({ allowed: false, reason: expect.any(String), refusedBy: 'role' });
  });
});
