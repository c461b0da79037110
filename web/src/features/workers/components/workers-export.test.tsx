import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { aListedWorker } from '../../../test/fixtures';
import { renderPage } from '../../../test/render';
import { workersCsvUrl } from '../api/workers-csv';
import { WorkersPage } from './workers-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

describe('the workers list export', () => {
  it.each([
    [{}, '/api/workers.csv'],
    [{ region: 'eu-west-1', status: ['stopped'], q: ' lab ', includeTerminated: true, sort: '-createdAt' }, '/api/workers.csv?region=eu-west-1&status=stopped&q=lab&includeTerminated=true&sort=-createdAt'],
    [{ q: '   ', includeTerminated: false, sort: 'name' }, '/api/workers.csv?sort=name'],
  ])('%j exports %s', (filters, url) => {
    expect(workersCsvUrl(filters)).toBe(url);
  });

  it('links the CSV of exactly the filter and sort on screen (every page, not just this one)', async () => {
    api = mockApi({
      'GET /workers': { data: { items: [aListedWorker()], total: 60, page: 2, pageSize: 25, summary: { total: 60, byStatus: {}, billable: 0 } } },
      'GET /system/defaults': { data: { regions: ['us-east-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } } },
    });
    renderPage(<WorkersPage />, { path: '/workers?region=us-east-1&status=running&q=lab&sort=-cpu&page=2&terminated=1', role: 'user' });
    const link = await screen.findByRole('link', { name: 'Export CSV' });
    // A user's URL asking for terminated workers does not export them (the list does not show them either).
    expect(link).toHaveAttribute('href', '/api/workers.csv?region=us-east-1&status=running&q=lab&sort=-cpu');
    expect(link).toHaveAttribute('download');
  });
});
