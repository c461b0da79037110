import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WorkerActions } from './worker-actions';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the actions of a worker', () => {
  it('shows a user none: starting, stopping and refreshing are a manager’s, the rest an admin’s', () => {
    api = mockApi({});
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1' })} />, { role: 'user' });
    expect(screen.queryByRole('group', { name: 'Actions for lab-east-1' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows a manager start, stop and refresh, but not what only an admin may do', () => {
    api = mockApi({});
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1' })} />, { role: 'manager' });
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Start', 'Stop', 'Refresh']);
  });

  it('shows an admin terminate and unregister too', () => {
    api = mockApi({});
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1' })} />, { role: 'admin' });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop', 'Refresh', 'Terminate', 'Unregister']);
  });
});
