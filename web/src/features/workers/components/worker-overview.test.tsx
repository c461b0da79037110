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
});
