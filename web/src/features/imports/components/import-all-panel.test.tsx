import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Rendering the whole page with tables is slow on a shared machine.
vi.setConfig({ testTimeout: 20_000 });
import { aWorker } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import ImportPage from './import-page';

const DEFAULTS = { regions: ['us-east-1', 'us-west-2'], defaultRegion: 'us-west-2', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } };
const found = (instanceId: string, extra: Record<string, unknown> = {}) => ({ instanceId, name: `cml-${instanceId.slice(-2)}`, state: 'running', instanceType: 'm5zn.metal', amiId: 'ami-0123456789abcdef0', amiName: 'cml-2.9.0', managed: false, importable: true, ...extra });
const FOUND = [found('i-00000000000000a1'), found('i-00000000000000a2'), found('i-00000000000000b1', { managed: true, importable: false, workerId: 'w-7', workerName: 'lab-7' })];
const SKIPPED = { instanceId: 'i-00000000000000b1', reason: 'already managed as worker lab-7', workerId: '0193b2c4-0000-7000-8000-000000000007' };

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function routes(importAll: (c: RecordedCall) => unknown, workers: unknown[] = []) {
  return {
    'GET /system/defaults': { data: DEFAULTS },
    'GET /workers/discovery': { data: FOUND },
    'GET /workers': { data: { items: workers, total: workers.length, page: 1, pageSize: 500, summary: { total: workers.length, byStatus: {}, billable: 0 } } },
    'POST /workers/import': importAll,
  };
}

const preview = { data: { dryRun: true, totalFound: 3, imported: [{ instanceId: 'i-00000000000000a1', name: 'cml-a1', state: 'running' }, { instanceId: 'i-00000000000000a2', name: 'cml-a2', state: 'running' }], skipped: [SKIPPED], failed: [] } };

async function searchByName(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('AMI name to search for'), 'cml-2.9-*');
  await user.click(screen.getByRole('button', { name: 'Find instances' }));
  await screen.findByRole('table', { name: 'Instances found' });
  return screen.getByRole('region', { name: /Import every instance of AMIs named like "cml-2\.9-\*" in us-west-2/ });
}

describe('importing every match', () => {
  it('previews first (writing nothing), then imports all and shows every instance\'s outcome', async () => {
    const user = userEvent.setup();
    api = mockApi(
      routes((c) => {
        const body = c.body as { dryRun: boolean };
        if (body.dryRun) return preview;
        return { data: { dryRun: false, totalFound: 3, imported: [{ instanceId: 'i-00000000000000a1', name: 'cml-a1', state: 'running', workerId: '0193b2c4-0000-7000-8000-0000000000a1' }], skipped: [SKIPPED, { instanceId: 'i-00000000000000a2', reason: 'already managed (imported concurrently)' }], failed: [] } };
      }) as Parameters<typeof mockApi>[0],
    );
    renderPage(<ImportPage />);
    const panel = await searchByName(user);
    const importButton = within(panel).getByRole('button', { name: 'Import all' });
    expect(importButton).toHaveAttribute('aria-disabled', 'true');
    expect(within(panel).getByText('Preview first (dry run).')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Preview importing all (dry run)' }));
    expect(await within(panel).findByTestId('import-all-summary')).toHaveTextContent('Preview: 2 would be imported, 1 skipped of 3 found. Nothing was written.');
    expect(within(panel).getByTestId('import-all-i-00000000000000a1')).toHaveTextContent(/would import\s*as "cml-a1" \(running\)/);
    expect(within(panel).getByTestId('import-all-i-00000000000000b1')).toHaveTextContent(/skipped\s*already managed as worker lab-7 \(its worker\)/);
    expect(api.callsTo('POST /workers/import').map((c) => c.body)).toEqual([{ region: 'us-west-2', amiName: 'cml-2.9-*', all: true, dryRun: true }]);

    await user.click(within(panel).getByRole('button', { name: 'Import all 2' }));
    expect(await within(panel).findByText('1 imported, 2 skipped of 3 found.')).toBeInTheDocument();
    expect(api.callsTo('POST /workers/import').at(-1)!.body).toEqual({ region: 'us-west-2', amiName: 'cml-2.9-*', all: true, dryRun: false });
    expect(within(within(panel).getByTestId('import-all-i-00000000000000a1')).getByRole('link', { name: 'cml-a1' })).toHaveAttribute('href', '/workers/0193b2c4-0000-7000-8000-0000000000a1');
    expect(within(panel).getByTestId('import-all-i-00000000000000a2')).toHaveTextContent(/skipped\s*already managed \(imported concurrently\)/);
  });

  it('shows an instance the server could not record as failed, with its message, next to those it imported', async () => {
    const user = userEvent.setup();
    const message = 'Cloud Manager could not record this worker (the log has the cause); import it again.';
    api = mockApi(
      routes((c) =>
        (c.body as { dryRun: boolean }).dryRun
          ? preview
          : { data: { dryRun: false, totalFound: 3, imported: [{ instanceId: 'i-00000000000000a1', name: 'cml-a1', state: 'running', workerId: '0193b2c4-0000-7000-8000-0000000000a1' }], skipped: [SKIPPED], failed: [{ instanceId: 'i-00000000000000a2', code: 'INTERNAL', message }] } },
      ) as Parameters<typeof mockApi>[0],
    );
    renderPage(<ImportPage />);
    const panel = await searchByName(user);
    await user.click(within(panel).getByRole('button', { name: 'Preview importing all (dry run)' }));
    await user.click(await within(panel).findByRole('button', { name: 'Import all 2' }));
    expect(await within(panel).findByText('1 imported, 1 failed, 1 skipped of 3 found.')).toBeInTheDocument();
    expect(within(panel).getByTestId('import-all-i-00000000000000a2')).toHaveTextContent(`failed${message}`);
    expect(within(within(panel).getByTestId('import-all-i-00000000000000a1')).getByRole('link', { name: 'cml-a1' })).toBeInTheDocument();
    expect(await screen.findByText(/Imported 1 of 3 instances of AMIs named like "cml-2\.9-\*"; 1 failed, 1 skipped\./)).toBeInTheDocument();
  });

  it('marks what the preview would have imported as failed, with the server\'s reason, when the import stops', async () => {
    const user = userEvent.setup();
    api = mockApi(routes((c) => ((c.body as { dryRun: boolean }).dryRun ? preview : problem(502, 'AWS.ERROR', 'EC2 DescribeInstances failed in us-west-2: throttled.'))) as Parameters<typeof mockApi>[0]);
    renderPage(<ImportPage />);
    const panel = await searchByName(user);
    await user.click(within(panel).getByRole('button', { name: 'Preview importing all (dry run)' }));
    await user.click(await within(panel).findByRole('button', { name: 'Import all 2' }));
    expect(await within(panel).findByText('2 failed, 1 skipped.')).toBeInTheDocument();
    expect(within(panel).getByTestId('import-all-i-00000000000000a2')).toHaveTextContent('not confirmed: EC2 DescribeInstances failed in us-west-2: throttled.');
    expect(within(panel).getByTestId('import-all-i-00000000000000b1')).toHaveTextContent('skipped');
  });

  it('is not offered for a search by instance id', async () => {
    const user = userEvent.setup();
    api = mockApi(routes(() => preview) as Parameters<typeof mockApi>[0]);
    renderPage(<ImportPage />);
    await user.click(await screen.findByRole('radio', { name: 'Instance id' }));
    await user.type(screen.getByLabelText('Instance id to search for'), 'i-00000000000000a1');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    await screen.findByRole('table', { name: 'Instances found' });
    expect(screen.queryByRole('region', { name: /Import every instance/ })).not.toBeInTheDocument();
  });
});

describe('unregistered workers', () => {
  const gone = aWorker({ id: '0193b2c4-0000-7000-8000-0000000000f1', name: 'old-lab', region: 'us-east-1', instanceId: 'i-00000000000000f1', status: 'running', managed: false });
  const terminated = aWorker({ id: '0193b2c4-0000-7000-8000-0000000000f2', name: 'dead-lab', instanceId: 'i-00000000000000f2', status: 'terminated', managed: false });
  const managed = aWorker({ name: 'live-lab', managed: true });
  gone.lifecycle = { ...gone.lifecycle, unregisteredAt: new Date(Date.now() - 3_600_000).toISOString(), unregisteredBy: { id: 'u-1', kind: 'user', name: 'ada' } };

  it('lists only the unregistered ones when asked, with when and by whom, and imports one again', async () => {
    const user = userEvent.setup();
    api = mockApi(routes(() => ({ status: 201, data: aWorker({ id: '0193b2c4-0000-7000-8000-0000000000f9', name: 'old-lab' }) }), [gone, terminated, managed]) as Parameters<typeof mockApi>[0]);
    renderPage(<ImportPage />);
    await user.click(await screen.findByRole('button', { name: 'Show unregistered workers' }));
    const table = await screen.findByRole('table', { name: 'Unregistered workers' });
    expect(api.callsTo('GET /workers')[0].params).toEqual({ includeUnregistered: 'true', includeTerminated: 'true', sort: '-updatedAt', pageSize: 500, page: 1 });
    expect(within(table).queryByText('live-lab')).not.toBeInTheDocument();
    const row = within(table).getByTestId(`unregistered-${gone.id}`);
    expect(row).toHaveTextContent('1 hour ago by ada');
    const deadButton = within(within(table).getByTestId(`unregistered-${terminated.id}`)).getByRole('button', { name: 'Import again' });
    expect(deadButton).toHaveAttribute('aria-disabled', 'true');
    expect(deadButton).toHaveAccessibleDescription('Its instance is terminated.');

    await user.click(within(row).getByRole('button', { name: 'Import again' }));
    await within(row).findByText(/imported as/);
    expect(within(row).getAllByRole('link', { name: 'old-lab' }).map((a) => a.getAttribute('href'))).toEqual([`/workers/${gone.id}`, '/workers/0193b2c4-0000-7000-8000-0000000000f9']);
    expect(api.callsTo('POST /workers/import').map((c) => c.body)).toEqual([{ region: 'us-east-1', instanceId: 'i-00000000000000f1' }]);
  });

  it('shows the server\'s refusal on the row', async () => {
    const user = userEvent.setup();
    api = mockApi(routes(() => problem(409, 'IMPORT.INSTANCE_TERMINATED', 'Instance i-00000000000000f1 is shutting-down; it cannot be imported.'), [gone]) as Parameters<typeof mockApi>[0]);
    renderPage(<ImportPage />);
    await user.click(await screen.findByRole('button', { name: 'Show unregistered workers' }));
    const row = await screen.findByTestId(`unregistered-${gone.id}`);
    await user.click(within(row).getByRole('button', { name: 'Import again' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('Instance i-00000000000000f1 is shutting-down; it cannot be imported.');
  });
});
