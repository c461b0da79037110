import { describe, expect, it } from 'vitest';
import { describeJobFigures, describeLicence, describeStatusCheck, humanize } from './vocabulary';

describe('the console’s vocabulary', () => {
  it.each([
    [{ licensed: true, licenseStatus: 'COMPLETED' }, 'licensed', 'success'],
    [{ licensed: true }, 'licensed', 'success'],
    [{ licensed: false, licenseStatus: 'NOT_REGISTERED' }, 'not registered', 'warning'],
    [{ licenseStatus: 'not_registered' }, 'not registered', 'warning'],
    [{ licenseStatus: 'IN_PROGRESS' }, 'registering…', 'info'],
    [{ licenseStatus: 'FAILED' }, 'registration failed', 'danger'],
    [{ licensed: false, licenseStatus: 'COMPLETED' }, 'registered, not licensed', 'warning'],
    [{ licenseStatus: 'SOMETHING_NEW' }, 'something new', 'secondary'],
  ])('calls the licence %o "%s"', (cml, text, tone) => {
    expect(describeLicence(cml)).toMatchObject({ text, tone });
  });

  it('keeps the controller’s licence code for support, in the title only', () => {
    expect(describeLicence({ licensed: false, licenseStatus: 'NOT_REGISTERED' })).toEqual({ text: 'not registered', tone: 'warning', title: 'The controller reports NOT_REGISTERED' });
    expect(describeLicence({})).toBeUndefined();
  });

  it.each([
    ['ok', 'running', 'passed', 'success'],
    ['impaired', 'running', 'failed (impaired)', 'danger'],
    ['initializing', 'running', 'initializing', 'info'],
    ['insufficient-data', 'running', 'not enough data yet', 'secondary'],
    ['not-applicable', 'running', 'not checked', 'light'],
    ['not-applicable', 'stopped', 'not checked while stopped', 'light'],
    ['insufficient-data', 'stopped', 'not checked while stopped', 'light'],
    ['not-applicable', 'shutting-down', 'not checked while shutting down', 'light'],
  ])('calls the status check %s of a %s instance "%s" (%s)', (value, status, text, tone) => {
    expect(describeStatusCheck(value, status)).toMatchObject({ text, tone, title: `EC2 reports ${value}` });
  });

  it('labels job figures in words, with units, and lists by their count', () => {
    const figures = describeJobFigures({ cmlCallsPerRunningWorker: 2.456, durationMs: 149, awsCalls: 12345, imported: ['i-1', 'i-2'], errors: [], queueWaitMs: 1200, newThing: 3, regions: { 'us-east-1': {} } });
    expect(figures.map((f) => `${f.label} ${f.value}`)).toEqual([
      'CML calls per running worker 2.46',
      'cycle time 149 ms',
      'AWS calls 12,345',
      'imported 2',
      'queue wait 1,200 ms',
      'new thing 3',
    ]);
    expect(figures.find((f) => f.key === 'imported')?.title).toBe('i-1\ni-2');
    expect(describeJobFigures({ durationMs: 149, errors: ['boom'] }, ['durationMs']).map((f) => `${f.label} ${f.value}`)).toEqual(['errors 1']);
  });

  it('turns codes it does not know into words', () => {
    expect(humanize('NOT_REGISTERED')).toBe('not registered');
    expect(humanize('cmlCallsPerRunningWorker')).toBe('cml calls per running worker');
    expect(humanize('shutting-down')).toBe('shutting down');
  });
});
