import { describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { draftOf, endpointProblem, idleTimeoutProblem, settingsChange, settingsProblems } from './worker-settings-rules';
import { snoozeUntilProblem, toLocalInput } from './snooze-until';

const RULE = { minLength: 1, maxLength: 64, pattern: '^[\\w .:@()/+-]+$', allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _' };

describe('the worker settings rules (as the server checks them)', () => {
  // The same cases as the server's worker-endpoint.rule: accepted here exactly when accepted there.
  it.each([
    ['https://cml.example.com', undefined],
    ['http://10.0.0.5:8443', undefined],
    ['cml.example.com', 'Not a URL: expected https://host[:port].'],
    ['ftp://cml', 'It uses ftp:; expected https://host[:port].'],
    ['https://admin:pw@cml', 'It carries user info; credentials never go in the URL.'],
    ['https://cml/?x=1', 'It has a query or fragment; expected https://host[:port].'],
    ['https://cml/#top', 'It has a query or fragment; expected https://host[:port].'],
  ])('endpoint %s', (value, problem) => {
    expect(endpointProblem(value)).toBe(problem);
  });

  it.each([
    ['5', undefined],
    ['10080', undefined],
    ['4', 'Between 5 and 10080 minutes (7 days).'],
    ['10081', 'Between 5 and 10080 minutes (7 days).'],
    ['90.5', 'A whole number of minutes.'],
    ['', 'Give the timeout in minutes, or use the fleet default.'],
  ])('idle timeout %j', (value, problem) => {
    expect(idleTimeoutProblem(value)).toBe(problem);
  });

  it('checks the name with the server’s rule and an own timeout only when chosen', () => {
    const draft = { ...draftOf(aWorker({ name: 'lab-a' })), name: 'bad#name', timeoutSource: 'fleet' as const, idleTimeoutMinutes: '1' };
    expect(settingsProblems(draft, RULE)).toEqual({ name: 'Only letters, digits, spaces and . : @ ( ) / + - _.' });
    expect(settingsProblems({ ...draft, name: 'ok', timeoutSource: 'worker' }, RULE)).toEqual({ idleTimeoutMinutes: 'Between 5 and 10080 minutes (7 days).' });
  });

  it('sends only what changed; clearing the override or going back to the fleet default sends null', () => {
    const worker = aWorker({ name: 'lab-a', endpointOverride: 'https://cml.example.com', idle: { timeoutMinutes: 90 } });
    const draft = draftOf(worker);
    expect(settingsChange(worker, draft)).toEqual({});
    expect(settingsChange(worker, { ...draft, name: ' lab-b ', endpoint: '', timeoutSource: 'fleet' })).toEqual({ name: 'lab-b', endpoint: null, idleTimeoutMinutes: null });
    expect(settingsChange(worker, { ...draft, idleDetectionEnabled: false, idleTimeoutMinutes: '120' })).toEqual({ idleDetectionEnabled: false, idleTimeoutMinutes: 120 });
  });
});

describe('snooze until', () => {
  const now = new Date(2026, 11, 3, 10, 0).getTime();
  it.each([
    ['', 'Choose a date and time.'],
    [toLocalInput(now - 60_000), 'Choose a time in the future.'],
    [toLocalInput(now + 3_600_000), undefined],
    [toLocalInput(now + 7 * 24 * 3_600_000), undefined],
    [toLocalInput(now + 7 * 24 * 3_600_000 + 60_000), 'At most 7 days ahead.'],
  ])('%j', (value, problem) => {
    expect(snoozeUntilProblem(value, now)).toBe(problem);
  });
});
