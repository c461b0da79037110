import { describe, expect, it } from 'vitest';
import { anOperation, aStep } from '../../../test/fixtures';
import { currentStep, percentDone, stepMilliseconds, stepPosition, waitsForController } from './power-operation';

const W = '0193b2c4-1111-7000-8000-000000000001';
const WAITING = 'Waiting for the controller: it does not answer (CML.UNREACHABLE). Waits up to 9 more minutes; force the terminate to go on without it';

describe('where a stop or terminate is', () => {
  it.each([
    ['the running step', anOperation(W), 'stop-labs', { step: 1, of: 3 }],
    [
      'the next pending one between two steps',
      anOperation(W, { steps: [aStep('stop-labs', 'succeeded'), aStep('wipe-labs', 'skipped'), aStep('ec2-stop', 'pending'), aStep('wait-stopped', 'pending')] }),
      'ec2-stop',
      { step: 3, of: 4 },
    ],
    ['none once it ended', anOperation(W, { status: 'failed', steps: [aStep('stop-labs', 'failed'), aStep('ec2-stop', 'pending')] }), undefined, { step: 2, of: 2 }],
    ['none without steps', anOperation(W, { steps: undefined }), undefined, { step: 0, of: 0 }],
  ])('%s', (_, op, name, position) => {
    expect(currentStep(op)?.name).toBe(name);
    expect(stepPosition(op)).toEqual(position);
  });

  it.each([
    ['the server’s percent', anOperation(W, { percent: 40 }), 40],
    ['counted when the server has none: finished and skipped steps of all', anOperation(W, { percent: undefined, steps: [aStep('stop-labs', 'succeeded'), aStep('wipe-labs', 'skipped'), aStep('ec2-stop', 'running'), aStep('wait-stopped', 'pending')] }), 50],
    ['100 once it ended', anOperation(W, { percent: undefined, status: 'failed' }), 100],
  ])('percent done: %s', (_, op, percent) => {
    expect(percentDone(op)).toBe(percent);
  });
});

describe('a terminate that waits for its controller', () => {
  const terminate = (step = aStep('release-license', 'running', { detail: WAITING }), more = {}) =>
    anOperation(W, { kind: 'worker-terminate', steps: [aStep('stop-labs', 'skipped'), step, aStep('ec2-terminate', 'pending')], ...more });

  it.each([
    ['waits while a running step says so', terminate(), true],
    ['not once forced', terminate(undefined, { force: true }), false],
    ['not once it ended', terminate(undefined, { status: 'failed' }), false],
    ['not while the step does something else', terminate(aStep('release-license', 'running', { detail: 'Deregistering the licence' })), false],
    ['not when a finished step said so', terminate(aStep('release-license', 'failed', { detail: WAITING })), false],
    ['never for a stop', anOperation(W, { steps: [aStep('stop-labs', 'running', { detail: WAITING })] }), false],
  ])('%s', (_, op, waits) => {
    expect(waitsForController(op)).toBe(waits);
  });
});

describe('how long a step took', () => {
  const now = Date.parse('2026-12-03T10:01:00.000Z');
  it.each([
    ['a finished step: from start to end', aStep('stop-labs', 'succeeded', { startedAt: '2026-12-03T10:00:00.000Z', finishedAt: '2026-12-03T10:00:12.500Z' }), 12_500],
    ['a running step: until now', aStep('stop-labs', 'running', { startedAt: '2026-12-03T10:00:30.000Z' }), 30_000],
    ['a pending step: nothing', aStep('stop-labs', 'pending'), undefined],
    ['a skipped step that never started: nothing', aStep('wipe-labs', 'skipped'), undefined],
  ])('%s', (_, step, ms) => {
    expect(stepMilliseconds(step, now)).toBe(ms);
  });
});
