import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WorkerOverview } from './worker-overview';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the overview of a worker', () => {
  it('shows the status checks of a normally stopped instance as neutral, "not checked while stopped", not as a warning', () => {
    api = mockApi({});
    renderPage(<WorkerOverview worker={aWorker({ status: 'stopped', statusChecks: { instance: 'not-applicable', system: 'not-applicable', checkedAt: new Date().toISOString() } })} />);
    const checks = screen.getAllByTestId('status-check');
    expect(checks.map((c) => c.textContent)).toEqual(['not checked while stopped', 'not checked while stopped']);
    for (const c of checks) {
      expect(c).not.toHaveClass('text-bg-warning');
      expect(c).toHaveAttribute('title', 'EC2 reports not-applicable');
    }
    expect(screen.queryByText('not-applicable')).toBeNull();
  });

  it('says that a running instance passed its checks, in words', () => {
    api = mockApi({});
    renderPage(<WorkerOverview worker={aWorker({ statusChecks: { instance: 'ok', system: 'impaired', checkedAt: new Date().toISOString() } })} />);
    const [instance, system] = screen.getAllByTestId('status-check');
    expect(instance).toHaveTextContent('passed');
    expect(instance).toHaveClass('text-bg-success');
    expect(system).toHaveTextContent('failed (impaired)');
    expect(system).toHaveClass('text-bg-danger');
  });

  it('says when the licence expires, as a day and how far away, and warns when it is near', () => {
    api = mockApi({});
    const in9Days = new Date(Date.now() + 9 * 86_400_000 + 200 * 60_000).toISOString();
    const { unmount } = renderPage(<WorkerOverview worker={aWorker({ cml: { ...aWorker().cml, licenseExpiresAt: in9Days } })} />);
    const near = screen.getByText('Licence expires').nextElementSibling!;
    expect(near).toHaveTextContent(/^\w+day, .*\d{4} \(in 9 days\)$/);
    expect(near.querySelector('.text-warning-emphasis')).not.toBeNull();
    unmount();

    const far = new Date(Date.now() + 200 * 86_400_000).toISOString();
    renderPage(<WorkerOverview worker={aWorker({ cml: { ...aWorker().cml, licenseExpiresAt: far } })} />);
    expect(screen.getByText('Licence expires').nextElementSibling!.querySelector('.text-warning-emphasis')).toBeNull();
  });

  it('shows what the worker costs, as estimates, with the way to the cost page', () => {
    api = mockApi({});
    renderPage(<WorkerOverview worker={aWorker({ cost: { month: '2026-12', usdPerHourNow: 4.08, monthToDateUsd: 1234.5, savedUsd: 40.8, projectedUsd: null } })} />);
    const card = screen.getByRole('region', { name: 'Cost' });
    expect(card).toHaveTextContent('Rate now$4.08 / h');
    expect(card).toHaveTextContent('December 2026 so far$1,234.50');
    expect(card).toHaveTextContent('Projected for December 2026too early to project');
    expect(card).toHaveTextContent('Saved in December 2026$40.80');
    expect(screen.getByRole('link', { name: 'See the cost page' })).toHaveAttribute('href', '/cost?month=2026-12&groupBy=worker');
  });

  it('shows no cost card when the server sends no cost', () => {
    api = mockApi({});
    renderPage(<WorkerOverview worker={aWorker()} />);
    expect(screen.queryByRole('region', { name: 'Cost' })).toBeNull();
  });
});
