import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import ImportPage from './import-page';

const DEFAULTS = { regions: ['us-east-1', 'us-west-2'], defaultRegion: 'us-west-2', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } };

const instance = (instanceId: string, extra: Record<string, unknown> = {}) => ({
  instanceId,
  name: `cml-${instanceId.slice(-2)}`,
  state: 'running',
  instanceType: 'm5zn.metal',
  amiId: 'ami-0123456789abcdef0',
  amiName: 'cml-2.9.0',
  managed: false,
  importable: true,
  ...extra,
});

const FOUND = [
  instance('i-00000000000000a1'),
  instance('i-00000000000000a2'),
  instance('i-00000000000000a3'),
  instance('i-00000000000000b1', { managed: true, importable: false, workerId: 'w-7', workerName: 'lab-7', reason: 'already managed as worker lab-7' }),
  instance('i-00000000000000c1', { state: 'terminated', importable: false, reason: 'instance is terminated' }),
];

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function routes() {
  return {
    'GET /system/defaults': { data: DEFAULTS },
    'GET /workers/discovery': { data: FOUND },
    'POST /workers/import': (c: RecordedCall) => {
      const body = c.body as { instanceId?: string; dryRun?: boolean };
      // Someone imported this one a moment ago, in another session.
      if (body.instanceId === 'i-00000000000000a2') return problem(409, 'IMPORT.ALREADY_REGISTERED', 'Instance i-00000000000000a2 in us-west-2 is already managed as worker lab-x.');
      if (body.dryRun) {
        const found = FOUND.find((i) => i.instanceId === body.instanceId)!;
        return { data: { dryRun: true, totalFound: 1, imported: [{ instanceId: found.instanceId, name: found.name, state: found.state }], skipped: [], failed: [] } };
      }
      return { status: 201, data: aWorker({ name: `imported-${body.instanceId!.slice(-2)}`, instanceId: body.instanceId }) };
    },
  };
}

async function search(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('AMI name to search for'), 'cml-2.9-*');
  await user.click(screen.getByRole('button', { name: 'Find instances' }));
  return screen.findByRole('table', { name: 'Instances found' });
}

describe('the import workflow', () => {
  it('finds the instances of a region by AMI name and tells managed from not managed', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    renderPage(<ImportPage />);
    const table = await search(user);
    expect(api.callsTo('GET /workers/discovery')[0].params).toEqual({ region: 'us-west-2', amiName: 'cml-2.9-*' });
    expect(screen.getByRole('heading', { name: /5 instances found · 1 managed · 3 importable/ })).toBeInTheDocument();
    const managedRow = within(table).getByText('i-00000000000000b1').closest('tr')!;
    expect(managedRow).toHaveTextContent('managed as lab-7');
    expect(within(managedRow).getByRole('checkbox')).toBeDisabled();
    expect(within(table).getByText('i-00000000000000c1').closest('tr')).toHaveTextContent('not importable: instance is terminated');
    expect(within(within(table).getByText('i-00000000000000a1').closest('tr')!).getByRole('checkbox')).toBeEnabled();
  });

  it('previews exactly the selected instances with a dry run of each, writing nothing', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    renderPage(<ImportPage />);
    const table = await search(user);
    const previewButton = screen.getByRole('button', { name: 'Preview (dry run)' });
    expect(previewButton).toHaveAttribute('aria-disabled', 'true');
    expect(previewButton).toHaveAccessibleDescription('Select the instances to preview or import.');
    expect(screen.getByText('Select the instances to preview or import.')).toBeInTheDocument();
    await user.click(previewButton);
    expect(api.callsTo('POST /workers/import')).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: /i-00000000000000a1/ }));
    await user.click(screen.getByRole('checkbox', { name: /i-00000000000000a2/ }));
    await user.click(screen.getByRole('button', { name: 'Preview 2 selected (dry run)' }));
    expect(await screen.findByTestId('import-preview')).toHaveTextContent('Preview of 2 instances: 1 would be imported, 1 would be refused. Nothing was written.');
    expect(api.callsTo('POST /workers/import').map((c) => c.body)).toEqual([
      { region: 'us-west-2', instanceId: 'i-00000000000000a1', dryRun: true },
      { region: 'us-west-2', instanceId: 'i-00000000000000a2', dryRun: true },
    ]);
    expect(within(table).getByTestId('preview-i-00000000000000a1')).toHaveTextContent('would import as "cml-a1"');
    expect(within(table).getByTestId('preview-i-00000000000000a2')).toHaveTextContent('would be refused: Instance i-00000000000000a2 in us-west-2 is already managed as worker lab-x.');
    expect(within(table).getByTestId('preview-i-00000000000000a3')).toHaveTextContent('not previewed');
  });

  it('imports the selected instances one by one, with progress and each outcome, including the server’s reason for a refusal', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    renderPage(<ImportPage />);
    await search(user);
    await user.click(screen.getByRole('checkbox', { name: 'Select every importable instance' }));
    await user.click(screen.getByRole('checkbox', { name: /i-00000000000000a3/ }));
    await user.click(screen.getByRole('checkbox', { name: /i-00000000000000a3/ }));
    await user.click(screen.getByRole('button', { name: 'Import 3 selected' }));

    await screen.findByRole('heading', { name: 'Import finished: 2 imported, 1 refused' });
    expect(api.callsTo('POST /workers/import').map((c) => c.body)).toEqual([
      { region: 'us-west-2', instanceId: 'i-00000000000000a1' },
      { region: 'us-west-2', instanceId: 'i-00000000000000a2' },
      { region: 'us-west-2', instanceId: 'i-00000000000000a3' },
    ]);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByTestId('import-result-i-00000000000000a1')).toHaveTextContent('i-00000000000000a1 imported as imported-a1');
    expect(within(screen.getByTestId('import-result-i-00000000000000a1')).getByRole('link', { name: 'imported-a1' })).toHaveAttribute('href', expect.stringMatching(/^\/workers\//));
    expect(screen.getByTestId('import-result-i-00000000000000a2')).toHaveTextContent('refused');
    expect(screen.getByTestId('import-result-i-00000000000000a2')).toHaveTextContent('Instance i-00000000000000a2 in us-west-2 is already managed as worker lab-x.');
    // The list is read again, so what was imported now shows as managed.
    await waitFor(() => expect(api.callsTo('GET /workers/discovery')).toHaveLength(2));
  });

  it('shows the server’s detail when the search itself is refused', async () => {
    const user = userEvent.setup();
    api = mockApi({ ...routes(), 'GET /workers/discovery': problem(400, 'WORKER.REGION_NOT_MANAGED', 'Region us-west-2 is not managed by this deployment (AWS_REGIONS).') });
    renderPage(<ImportPage />);
    await user.type(await screen.findByLabelText('AMI name to search for'), 'cml-*');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Region us-west-2 is not managed by this deployment (AWS_REGIONS).');
  });
});

describe('the import search', () => {
  it('shows clearly placeholder examples, and searches the whole region when the criterion is left empty', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    renderPage(<ImportPage />);
    const field = await screen.findByLabelText('AMI name to search for');
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('placeholder', 'e.g. cml-2.9-*');
    await user.click(screen.getByRole('radio', { name: 'Instance id' }));
    expect(screen.getByLabelText('Instance id to search for')).toHaveAttribute('placeholder', 'e.g. i-0123456789abcdef0');
    expect(screen.getByText(/Empty: every instance in us-west-2\./)).toBeInTheDocument();
    const find = screen.getByRole('button', { name: 'Find instances' });
    expect(find).toBeEnabled();
    await user.click(find);
    await screen.findByRole('table', { name: 'Instances found' });
    expect(api.callsTo('GET /workers/discovery')[0].params).toEqual({ region: 'us-west-2' });
  });

  it('starts from the deployment’s own AMI, name or id per region, ready to search', async () => {
    const user = userEvent.setup();
    const defaults = { ...DEFAULTS, provisioning: { instanceType: 'c5.2xlarge', amiName: 'cml-2.9.0-*', amiIds: { 'us-west-2': 'ami-0aaaaaaaaaaaaaaa1', 'us-east-1': 'ami-0bbbbbbbbbbbbbbb2' } } };
    api = mockApi({ ...routes(), 'GET /system/defaults': { data: defaults } });
    renderPage(<ImportPage />);
    expect(await screen.findByLabelText('AMI name to search for')).toHaveValue('cml-2.9.0-*');
    await user.click(screen.getByRole('radio', { name: 'AMI id' }));
    expect(screen.getByLabelText('AMI id to search for')).toHaveValue('ami-0aaaaaaaaaaaaaaa1');
    await user.selectOptions(screen.getByLabelText('Region'), 'us-east-1');
    expect(screen.getByLabelText('AMI id to search for')).toHaveValue('ami-0bbbbbbbbbbbbbbb2');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    await screen.findByRole('table', { name: 'Instances found' });
    expect(api.callsTo('GET /workers/discovery')[0].params).toEqual({ region: 'us-east-1', amiId: 'ami-0bbbbbbbbbbbbbbb2' });
  });

  it('says what a search that found nothing looked for, and whether no AMI matched or the AMI has no instances', async () => {
    const user = userEvent.setup();
    let images: unknown[] = [];
    api = mockApi({ ...routes(), 'GET /workers/discovery': { data: [] }, 'GET /workers/discovery/images': () => ({ data: images }) });
    renderPage(<ImportPage />);
    await user.type(await screen.findByLabelText('AMI name to search for'), 'cml-3*');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    expect(await screen.findByText('No AMI in us-west-2 is named like "cml-3*".')).toBeInTheDocument();
    expect(api.callsTo('GET /workers/discovery/images')[0].params).toEqual({ region: 'us-west-2', amiName: 'cml-3*' });

    images = [{ imageId: 'ami-0ccccccccccccccc3', name: 'cml-3.0-beta' }];
    await user.clear(screen.getByLabelText('AMI name to search for'));
    await user.type(screen.getByLabelText('AMI name to search for'), 'cml-3.0*');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    expect(await screen.findByText('No instance in us-west-2 was launched from an AMI named like "cml-3.0*".')).toBeInTheDocument();
    expect(screen.getByTestId('empty-state')).toHaveTextContent('The AMI exists: cml-3.0-beta (ami-0ccccccccccccccc3). No instance runs from it in this region.');

    await user.click(screen.getByRole('radio', { name: 'Instance id' }));
    await user.type(screen.getByLabelText('Instance id to search for'), 'i-0ffffffffffffffff');
    await user.click(screen.getByRole('button', { name: 'Find instances' }));
    await waitFor(() => expect(screen.getByTestId('empty-state')).toHaveTextContent('Instance i-0ffffffffffffffff does not exist in us-west-2.'));
  });

  it('wraps a long AMI name only between its parts, with the whole name on hover', async () => {
    const user = userEvent.setup();
    const long = 'cml-2.9.0-ubuntu-22.04-amd64-server-20261125T1003-hvm-ebs-gp3-encrypted';
    api = mockApi({ ...routes(), 'GET /workers/discovery': { data: [instance('i-00000000000000a1', { amiName: long })] } });
    renderPage(<ImportPage />);
    const table = await search(user);
    const name = within(table).getByTitle(long);
    expect(name).toHaveTextContent(long);
    expect(name.querySelectorAll('wbr').length).toBeGreaterThan(10);
    for (const wbr of name.querySelectorAll('wbr')) expect(wbr.previousSibling?.textContent).toMatch(/[-_./:+]$/);
  });
});
