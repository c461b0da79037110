import { describe, expect, it } from 'vitest';
import type { WorkerStatus } from '../api/types';
import { availability, type Operation, TRANSITIONS } from './worker-transitions';

// Resolved at run time so the console's compiler never follows it into the API's sources.
const SERVER_RULES = new URL('../../../../../apps/api/src/modules/workers/domain/worker-transitions.rule.ts', import.meta.url).pathname;

describe('the copy of the worker transition rules', () => {
  it('is the same table the server decides start, stop and terminate with', async () => {
    const server = (await import(/* @vite-ignore */ SERVER_RULES)) as { TRANSITIONS: Record<Operation, unknown> };
    expect(TRANSITIONS).toEqual({ start: server.TRANSITIONS.start, stop: server.TRANSITIONS.stop, terminate: server.TRANSITIONS.terminate });
  });

  const cases: [Operation, WorkerStatus, boolean, string?][] = [
    ['start', 'stopped', true],
    ['start', 'running', false, 'The worker is already running.'],
    ['start', 'pending', false, 'The worker is already starting.'],
    ['start', 'stopping', false, 'The worker is stopping; start it once it has stopped.'],
    ['start', 'terminated', false, 'The worker is terminated and cannot be started.'],
    ['start', 'failed', false, 'The worker failed to provision and has no instance to start.'],
    ['start', 'unknown', false, 'The worker status is unknown; refresh it first.'],
    ['stop', 'running', true],
    ['stop', 'pending', true],
    ['stop', 'stopped', false, 'The worker is already stopped.'],
    ['stop', 'stopping', false, 'The worker is already stopping.'],
    ['stop', 'shutting-down', false, 'The worker is being terminated and cannot be stopped.'],
    ['terminate', 'running', true],
    ['terminate', 'stopped', true],
    ['terminate', 'failed', true],
    ['terminate', 'unknown', true],
    ['terminate', 'terminated', false, 'The worker is already terminated.'],
    ['terminate', 'shutting-down', false, 'The worker is already being terminated.'],
  ];

  it.each(cases)('%s in %s: enabled %s', (op, status, enabled, reason) => {
    expect(availability(op, status)).toEqual(enabled ? { enabled: true } : { enabled: false, reason });
  });

  it('offers nothing for an unregistered worker, whatever its status', () => {
    for (const op of ['start', 'stop', 'terminate'] as const) {
      expect(availability(op, 'stopped', false)).toEqual({ enabled: false, reason: 'The worker is unregistered; nothing manages it any more.' });
    }
  });
});
