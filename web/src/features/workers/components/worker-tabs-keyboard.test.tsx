import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WorkerDetailPage } from './worker-detail-page';

const WORKER = aWorker({ name: 'lab-east-1' });
let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe("the worker page's tabs from the keyboard", () => {
  it('moves the focus with the selection when the arrow keys choose another tab', async () => {
    api = mockApi({ [`GET /workers/${WORKER.id}`]: { data: WORKER } });
    const { router } = renderPage(<WorkerDetailPage />, { path: `/workers/${WORKER.id}`, route: '/workers/:id' });
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    overview.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}');
    const metrics = screen.getByRole('tab', { name: 'Metrics' });
    await waitFor(() => expect(metrics).toHaveAttribute('aria-selected', 'true'));
    await waitFor(() => expect(metrics).toHaveFocus());
    expect(router.state.location.search).toBe('?tab=metrics');
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Overview' })).toHaveFocus());
  });
});
