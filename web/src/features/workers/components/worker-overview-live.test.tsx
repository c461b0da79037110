import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { WorkerOverview } from './worker-overview';

describe('the overview of a worker', () => {
  it('shows live CML facts as they are', () => {
    render(<WorkerOverview worker={aWorker({ cml: { ready: true, version: '2.9.0', freshness: { current: true, asOf: new Date().toISOString() } } })} />);
    expect(screen.queryByTestId('cml-stale')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'CML controller' })).getByText('yes')).toBeInTheDocument();
  });

  it('marks the CML facts of a stopping worker as last known, with their age and the reason, not as live', () => {
    const asOf = new Date(Date.now() - 12 * 60_000).toISOString();
    render(
      <WorkerOverview
        worker={aWorker({
          status: 'stopping',
          serviceStatus: 'unavailable',
          cml: { ready: true, version: '2.9.0', freshness: { current: false, asOf, reason: 'The instance is stopping: its controller is not read.' } },
        })}
      />,
    );
    const note = screen.getByTestId('cml-stale');
    expect(note).toHaveTextContent('Not current. The instance is stopping: its controller is not read. Shown as last read 12 minutes ago.');
    expect(within(screen.getByRole('region', { name: 'CML controller' })).getByText('yes (when last read)')).toBeInTheDocument();
  });

  it('counts down to the next read of a changing instance', () => {
    render(<WorkerOverview worker={aWorker({ status: 'stopping', nextStatusCheck: { at: new Date(Date.now() + 7_400).toISOString(), intervalSeconds: 10, reason: 'following-change' } })} />);
    expect(screen.getByTestId('next-status-check')).toHaveTextContent('checking again in 8 s');
  });

  it('says nothing about the next read of a settled instance', () => {
    render(<WorkerOverview worker={aWorker({ nextStatusCheck: { at: new Date(Date.now() + 200_000).toISOString(), intervalSeconds: 300, reason: 'collection-cycle' } })} />);
    expect(screen.queryByTestId('next-status-check')).toBeNull();
  });
});
