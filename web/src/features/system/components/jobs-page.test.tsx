import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { Job, JobRun } from '../api/types';
import JobsPage from './jobs-page';

const run = (overrides: Partial<JobRun> = {}): JobRun => ({
  id: 'run-1',
  job: 'metrics-collection',
  instance: 'host-1:4242',
  outcome: 'succeeded',
  trigger: 'schedule',
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  finishedAt: new Date(Date.now() - 59_800).toISOString(),
  durationMs: 152,
  summary: { workers: 12, running: 4, awsCalls: 1234, cmlCalls: 10, cmlCallsPerRunningWorker: 2.5, durationMs: 149, phasesMs: { aws: 80 }, errors: [] },
  ...overrides,
});

const job = (overrides: Partial<Job> = {}): Job => ({
  name: 'metrics-collection',
  description: 'Reads EC2 and CML.',
  enabled: true,
  intervalSeconds: 300,
  schedule: 'every 5 min',
  running: false,
  lastRun: run(),
  nextRunAt: new Date(Date.now() + 240_000).toISOString(),
  ...overrides,
});

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the jobs page', () => {
  it('names a run’s figures in words with their units, and says how long it took to the tenth of a second', async () => {
    api = mockApi({ 'GET /jobs': { data: [job()] } });
    renderPage(<JobsPage />, { role: 'admin' });
    const row = (await screen.findByText('metrics-collection')).closest('tr')!;
    const figures = within(row).getByTestId('job-figures');
    expect(figures).toHaveTextContent('CML calls per running worker 2.5');
    expect(figures).toHaveTextContent('AWS calls 1,234');
    expect(figures).toHaveTextContent('running workers 4');
    expect(figures).not.toHaveTextContent(/cmlCalls|durationMs|phasesMs|errors/);
    expect(row).toHaveTextContent('took 0.2 s');
    expect(row).not.toHaveTextContent('took 0 s');
  });

  it('shows a job’s own duration figure in milliseconds when the run has none', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /jobs': { data: [job()] }, 'GET /jobs/:name/runs': { data: [run({ durationMs: undefined, trigger: 'manual' })] } });
    renderPage(<JobsPage />, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Runs' }));
    const runs = await screen.findByRole('table', { name: 'Recent runs of metrics-collection' });
    expect(within(runs).getByTestId('job-figures')).toHaveTextContent('cycle time 149 ms');
    expect(runs).toHaveTextContent('run now');
    expect(within(runs).getAllByRole('row')[1]).toHaveTextContent(/\d{2}:\d{2}:\d{2}/);
  });

  it('shows "Run now" of a disabled job disabled, says why next to it, and sends nothing when clicked', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /jobs': { data: [job({ name: 'auto-import', enabled: false, disabledReason: 'AUTO_IMPORT_WORKERS_ENABLED=false', nextRunAt: undefined })] } });
    renderPage(<JobsPage />, { role: 'admin' });
    const button = await screen.findByRole('button', { name: 'Run now' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button.closest('td')).toHaveTextContent('The job is disabled.');
    expect(button).toHaveAccessibleDescription('The job is disabled.');
    await user.click(button);
    expect(api.callsTo('POST /jobs/:name/run')).toHaveLength(0);
  });

  it('never shows a next run as past: an overdue run is "now"', async () => {
    api = mockApi({ 'GET /jobs': { data: [job({ nextRunAt: new Date(Date.now() - 20_000).toISOString() })] } });
    renderPage(<JobsPage />, { role: 'admin' });
    const row = (await screen.findByText('metrics-collection')).closest('tr')!;
    expect(row.querySelectorAll('td')[4]).toHaveTextContent(/^now$/);
  });
});
