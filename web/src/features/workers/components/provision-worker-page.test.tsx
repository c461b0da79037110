import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import ProvisionWorkerPage from './provision-worker-page';

// What GET /api/system/defaults answers: the name rule is the server's own.
const DEFAULTS = {
  regions: ['us-east-1', 'us-west-2'],
  defaultRegion: 'us-east-1',
  provisioning: {
    instanceType: 'm5zn.metal',
    amiIds: {},
    amiName: 'cml-2.9-*',
    workerName: { minLength: 1, maxLength: 64, pattern: '^[\\w .:@()/+-]+$', allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _' },
  },
  idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 },
  labs: { uploadMaxBytes: 1024 },
};

const PRICE = { term: 'on-demand', operatingSystem: 'linux', source: 'https://aws.amazon.com/ec2/pricing/on-demand/', asOf: '2026-12-02' };
const UNSUITABLE = 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes';

const type = (instanceType: string, suitability: 'bare-metal' | 'nested-virtualization' | 'unsuitable', vcpus: number, memoryMiB: number, usdPerHour?: number) => ({
  instanceType,
  vcpus,
  memoryMiB,
  bareMetal: suitability === 'bare-metal',
  nestedVirtualization: suitability === 'nested-virtualization',
  architectures: ['x86_64'],
  suitability,
  suitable: suitability !== 'unsuitable',
  ...(suitability === 'unsuitable' ? { unsuitableReason: UNSUITABLE } : {}),
  price: usdPerHour ? { ...PRICE, usdPerHour } : null,
});

// In the server's order: bare metal, nested virtualisation, the rest.
const TYPES: Record<string, ReturnType<typeof type>[]> = {
  'us-east-1': [
    type('c5.metal', 'bare-metal', 96, 196608, 4.08),
    type('m5zn.metal', 'bare-metal', 48, 196608, 3.9641),
    type('m8i.large', 'nested-virtualization', 2, 8192),
    type('c5.2xlarge', 'unsuitable', 8, 16384, 0.34),
    type('t3.micro', 'unsuitable', 2, 1024, 0.0104),
  ],
  // The default type is not offered here.
  'us-west-2': [type('c5.metal', 'bare-metal', 96, 196608, 4.08)],
};

const AMI = { region: 'us-east-1', amiId: 'ami-0123456789abcdef0', name: 'cml-2.9.1-build-4', creationDate: '2026-11-01T09:00:00.000Z', chosenBy: 'default-name', namePattern: 'cml-2.9-*' };

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function routes(overrides: Record<string, unknown> = {}) {
  return {
    'GET /system/defaults': { data: DEFAULTS },
    'GET /workers/instance-types': (c: RecordedCall) => {
      const region = c.params.region as string;
      return { data: { region, listedAt: '2026-12-02T10:00:00.000Z', items: TYPES[region] ?? [] } };
    },
    'GET /workers/launch-ami': (c: RecordedCall) => {
      const { region, amiId, amiName } = c.params as Record<string, string | undefined>;
      if (amiName === 'nothing-*') return problem(422, 'WORKER.AMI_NOT_FOUND', `No AMI named like "nothing-*" is visible in ${region} (owners: self).`);
      if (amiName) return { data: { ...AMI, region, name: 'cml-2.9.0-custom', chosenBy: 'ami-name', namePattern: amiName } };
      if (amiId) return { data: { ...AMI, region, amiId, chosenBy: 'ami-id', namePattern: undefined } };
      return { data: { ...AMI, region } };
    },
    // No subnets, groups or key pairs unless a test says: the launch then names none.
    'GET /workers/network-options': (c: RecordedCall) => ({
      data: { region: c.params.region, subnets: [], securityGroups: [], keyPairs: [], defaults: { securityGroupIds: [], sources: { subnet: 'none', securityGroups: 'none', keyPair: 'none' } } },
    }),
    'POST /workers': (c: RecordedCall) => ({ status: 202, data: aWorker({ id: '0193b2c4-0000-7000-8000-00000000abcd', name: (c.body as { name: string }).name, status: 'pending' }) }),
    ...overrides,
  };
}

async function openForm(overrides: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  api = mockApi(routes(overrides) as Parameters<typeof mockApi>[0]);
  const view = renderPage(<ProvisionWorkerPage />, { path: '/workers/new', route: '/workers/new' });
  await screen.findByRole('radio', { name: 'm5zn.metal' });
  return { user, view };
}

const launchButton = () => screen.getByRole('button', { name: /^Launch / });
const rowOf = (instanceType: string) => screen.getByRole('radio', { name: instanceType }).closest('tr')!;

describe('the new worker form', () => {
  it('lists the region’s instance types bare metal first, with vCPU, GiB, nested virtualisation and price per hour, the default chosen', async () => {
    await openForm();
    expect(api.callsTo('GET /workers/instance-types')[0].params).toEqual({ region: 'us-east-1' });
    const radios = screen.getAllByRole('radio').filter((r) => r.getAttribute('value')?.includes('.'));
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['c5.metal', 'm5zn.metal', 'm8i.large']);
    expect(screen.getByRole('radio', { name: 'm5zn.metal' })).toBeChecked();
    expect(rowOf('m5zn.metal')).toHaveTextContent('48');
    expect(rowOf('m5zn.metal')).toHaveTextContent('192 GiB');
    expect(rowOf('m5zn.metal')).toHaveTextContent('not needed');
    expect(rowOf('m5zn.metal')).toHaveTextContent('$3.96 / h');
    expect(rowOf('c5.metal')).toHaveTextContent('$4.08 / h');
    // No known price is "unknown", never $0.
    expect(rowOf('m8i.large')).toHaveTextContent('yes');
    expect(rowOf('m8i.large')).toHaveTextContent('unknown');
    expect(screen.getByText(/m5zn\.metal/, { selector: 'span.fw-semibold' }).parentElement).toHaveTextContent('m5zn.metal: bare metal, 48 vCPU, 192 GiB, $3.96 / h, list price estimate');
    expect(launchButton()).toHaveTextContent('Launch m5zn.metal in us-east-1');
  });

  it('hides the types that cannot run CML until asked, then marks them; search narrows the list', async () => {
    const { user } = await openForm();
    expect(screen.queryByRole('radio', { name: 'c5.2xlarge' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Show the 2 types that cannot run CML'));
    expect(rowOf('c5.2xlarge')).toHaveTextContent('cannot run CML');
    expect(rowOf('t3.micro')).toHaveTextContent('1 GiB');
    expect(rowOf('t3.micro')).toHaveTextContent('$0.0104 / h');
    await user.type(screen.getByLabelText('Search instance types'), 'c5');
    const radios = screen.getAllByRole('radio').filter((r) => r.getAttribute('value')?.includes('.'));
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['c5.metal', 'c5.2xlarge']);
    // The choice stands while the search hides it.
    expect(launchButton()).toHaveTextContent('Launch m5zn.metal in us-east-1');
  });

  it.each([
    ['lab#1', 'Only letters, digits, spaces and . : @ ( ) / + - _.'],
    ['läb-1', 'Only letters, digits, spaces and . : @ ( ) / + - _.'],
    ['   ', 'Give the worker a name.'],
    ['x'.repeat(65), 'At most 64 characters (this one has 65).'],
  ])('does not send the name %j, which the server refuses, and says why', async (name, message) => {
    const { user } = await openForm();
    await screen.findByText('cml-2.9.1-build-4');
    await user.type(screen.getByLabelText('Name'), name);
    await user.click(launchButton());
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(api.callsTo('POST /workers')).toHaveLength(0);
  });

  it('sends the trimmed name, the chosen type and the region, then opens the new worker', async () => {
    const { user } = await openForm();
    await screen.findByText('cml-2.9.1-build-4');
    await user.type(screen.getByLabelText('Name'), `  ${'x'.repeat(64)}  `);
    await user.click(screen.getByRole('radio', { name: 'c5.metal' }));
    await user.click(launchButton());
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(api.callsTo('POST /workers').map((c) => c.body)).toEqual([{ name: 'x'.repeat(64), region: 'us-east-1', instanceType: 'c5.metal' }]);
  });

  it('chooses nothing where the region does not offer the default type, and launches nothing until a listed type is chosen', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'west-1');
    await user.selectOptions(screen.getByLabelText('Region'), 'us-west-2');
    await screen.findByRole('radio', { name: 'c5.metal' });
    expect(screen.getByRole('radio', { name: 'c5.metal' })).not.toBeChecked();
    await waitFor(() => expect(screen.getByTestId('launch-ami')).toHaveTextContent('cml-2.9.1-build-4'));
    await user.click(launchButton());
    expect(screen.getByText('Choose an instance type.')).toBeInTheDocument();
    expect(api.callsTo('POST /workers')).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'c5.metal' }));
    await user.click(launchButton());
    await screen.findByText('elsewhere');
    expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'west-1', region: 'us-west-2', instanceType: 'c5.metal' });
  });

  it('launches a type that cannot run CML only when confirmed, and then tells the server so', async () => {
    const { user } = await openForm();
    await screen.findByText('cml-2.9.1-build-4');
    await user.type(screen.getByLabelText('Name'), 'small');
    await user.click(screen.getByLabelText('Show the 2 types that cannot run CML'));
    await user.click(screen.getByRole('radio', { name: 'c5.2xlarge' }));
    const warning = screen.getByRole('alert', { name: '' });
    expect(warning).toHaveTextContent(`c5.2xlarge cannot run CML${UNSUITABLE}.`);
    await user.click(launchButton());
    expect(screen.getByText(/Choose another type, or confirm that you want it anyway\./)).toBeInTheDocument();
    expect(api.callsTo('POST /workers')).toHaveLength(0);
    await user.click(within(warning).getByLabelText(/Launch it anyway/));
    await user.click(launchButton());
    await screen.findByText('elsewhere');
    expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'small', region: 'us-east-1', instanceType: 'c5.2xlarge', allowUnsuitableInstanceType: true });
  });

  it('shows the AMI the server resolves before launch: the region default, then a name pattern; launches nothing when there is none', async () => {
    const { user } = await openForm();
    const ami = screen.getByTestId('launch-ami');
    await waitFor(() => expect(ami).toHaveTextContent('Launches ami-0123456789abcdef0 cml-2.9.1-build-4'));
    expect(ami).toHaveTextContent('the newest AMI matching the default pattern cml-2.9-* in us-east-1');
    expect(api.callsTo('GET /workers/launch-ami')[0].params).toEqual({ region: 'us-east-1' });

    await user.type(screen.getByLabelText('Name'), 'lab-1');
    await user.click(screen.getByLabelText('The newest AMI whose name matches a pattern'));
    await user.type(screen.getByLabelText('AMI name pattern'), 'nothing-*');
    await waitFor(() => expect(ami).toHaveTextContent('No AMI named like "nothing-*" is visible in us-east-1 (owners: self).'));
    await user.click(launchButton());
    expect(api.callsTo('POST /workers')).toHaveLength(0);

    await user.clear(screen.getByLabelText('AMI name pattern'));
    await user.type(screen.getByLabelText('AMI name pattern'), 'cml-2.9.0-*');
    await waitFor(() => expect(ami).toHaveTextContent('cml-2.9.0-custom'));
    expect(api.callsTo('GET /workers/launch-ami').at(-1)!.params).toEqual({ region: 'us-east-1', amiName: 'cml-2.9.0-*' });
    await user.click(launchButton());
    await screen.findByText('elsewhere');
    expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'lab-1', region: 'us-east-1', instanceType: 'm5zn.metal', amiName: 'cml-2.9.0-*' });
  });

  it('launches nothing when the region’s instance types cannot be loaded, and says why', async () => {
    const user = userEvent.setup();
    api = mockApi(
      routes({ 'GET /workers/instance-types': problem(502, 'AWS.PERMISSION_DENIED', 'EC2 refused DescribeInstanceTypeOfferings in us-east-1: the credentials lack ec2:DescribeInstanceTypeOfferings.') }) as Parameters<
        typeof mockApi
      >[0],
    );
    renderPage(<ProvisionWorkerPage />, { path: '/workers/new', route: '/workers/new' });
    expect(await screen.findByText(/the credentials lack ec2:DescribeInstanceTypeOfferings/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'lab-1');
    await user.click(launchButton());
    expect(screen.getByText('The instance types of the region are not loaded.')).toBeInTheDocument();
    expect(api.callsTo('POST /workers')).toHaveLength(0);
  });

  it('shows the server’s refusal in its own words', async () => {
    const { user } = await openForm({
      'POST /workers': problem(400, 'WORKER.INSTANCE_TYPE_NOT_OFFERED', 'Instance type m5zn.metal is not offered in us-east-1. Pick one the region offers.'),
    });
    await screen.findByText('cml-2.9.1-build-4');
    await user.type(screen.getByLabelText('Name'), 'lab-1');
    await user.click(launchButton());
    expect(await screen.findByText(/Instance type m5zn\.metal is not offered in us-east-1/)).toBeInTheDocument();
  });

  describe('subnet, security groups and key pair', () => {
    const subnet = (subnetId: string, vpcId: string, availabilityZone: string, cidrBlock: string, defaultForAz: boolean, name?: string) => ({
      subnetId,
      vpcId,
      availabilityZone,
      cidrBlock,
      defaultForAz,
      availableIpAddressCount: defaultForAz ? 4091 : 251,
      ...(name ? { name } : {}),
    });
    const NETWORK = {
      region: 'us-east-1',
      subnets: [subnet('subnet-0def', 'vpc-0def', 'us-east-1a', '172.31.0.0/20', true), subnet('subnet-0ab', 'vpc-0lab', 'us-east-1b', '10.0.1.0/24', false, 'lab-b')],
      securityGroups: [
        { groupId: 'sg-0def', groupName: 'default', vpcId: 'vpc-0def', description: 'default VPC security group' },
        { groupId: 'sg-0labdef', groupName: 'default', vpcId: 'vpc-0lab' },
        { groupId: 'sg-0cml', groupName: 'cml', vpcId: 'vpc-0lab', description: 'CML workers' },
      ],
      keyPairs: [{ keyName: 'ops', keyType: 'ed25519' }],
      defaults: { subnetId: 'subnet-0def', securityGroupIds: ['sg-0def'], sources: { subnet: 'default-vpc', securityGroups: 'default-vpc', keyPair: 'none' } },
    };
    const withNetwork = (network: unknown = NETWORK) => ({ 'GET /workers/network-options': { data: network } });

    it('starts from the default VPC\'s subnet and group and no key pair, shows zone, CIDR and free addresses, and sends them', async () => {
      const { user } = await openForm(withNetwork());
      const subnetSelect = await screen.findByLabelText('Subnet');
      expect(subnetSelect).toHaveValue('subnet-0def');
      expect(within(subnetSelect).getByRole('option', { name: /lab-b · subnet-0ab · us-east-1b · 10\.0\.1\.0\/24 · 251 free IPv4 addresses/ })).toBeInTheDocument();
      expect(within(subnetSelect).getByRole('option', { name: /subnet-0def · us-east-1a · 172\.31\.0\.0\/20 · 4,091 free IPv4 addresses · default for zone/ })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: /default \(sg-0def\)/ })).toBeChecked();
      // Only the groups of the subnet's VPC are offered.
      expect(screen.queryByRole('checkbox', { name: /sg-0cml/ })).not.toBeInTheDocument();
      expect(screen.getByText(/2 groups of other VPCs are not offered/)).toBeInTheDocument();
      expect(screen.getByLabelText('Key pair')).toHaveValue('');
      await screen.findByText('cml-2.9.1-build-4');
      await user.type(screen.getByLabelText('Name'), 'net-1');
      await user.click(launchButton());
      await screen.findByText('elsewhere');
      expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'net-1', region: 'us-east-1', instanceType: 'm5zn.metal', subnetId: 'subnet-0def', securityGroupIds: ['sg-0def'] });
    });

    it('offers the new VPC\'s groups when the subnet changes, starting from its default group, and sends the chosen key pair', async () => {
      const { user } = await openForm(withNetwork());
      await user.selectOptions(await screen.findByLabelText('Subnet'), 'subnet-0ab');
      expect(screen.getByRole('checkbox', { name: /default \(sg-0labdef\)/ })).toBeChecked();
      expect(screen.queryByRole('checkbox', { name: /sg-0def/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: /cml \(sg-0cml\)/ }));
      await user.click(screen.getByRole('checkbox', { name: /default \(sg-0labdef\)/ }));
      await user.selectOptions(screen.getByLabelText('Key pair'), 'ops');
      await screen.findByText('cml-2.9.1-build-4');
      await user.type(screen.getByLabelText('Name'), 'net-2');
      await user.click(launchButton());
      await screen.findByText('elsewhere');
      expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'net-2', region: 'us-east-1', instanceType: 'm5zn.metal', subnetId: 'subnet-0ab', securityGroupIds: ['sg-0cml'], keyName: 'ops' });
    });

    it('does not send configured defaults the region lacks, and says what to fix as the server would', async () => {
      const { user } = await openForm(
        withNetwork({ ...NETWORK, defaults: { subnetId: 'subnet-0ab', securityGroupIds: ['sg-0def'], keyName: 'gone', sources: { subnet: 'configured', securityGroups: 'configured', keyPair: 'configured' } } }),
      );
      await screen.findByText('cml-2.9.1-build-4');
      await user.type(screen.getByLabelText('Name'), 'net-3');
      await user.click(launchButton());
      expect(await screen.findByText('sg-0def is not in vpc-0lab, the VPC of subnet subnet-0ab. Choose groups of that VPC.')).toBeInTheDocument();
      expect(screen.getByText('Key pair gone does not exist in us-east-1; choose one from the list or none.')).toBeInTheDocument();
      expect(screen.getByLabelText('Key pair')).toHaveAttribute('aria-invalid', 'true');
      expect(api.callsTo('POST /workers')).toHaveLength(0);
      // The misfit stays listed, marked, so it can be unticked.
      await user.click(screen.getByRole('checkbox', { name: /sg-0def.*not this subnet’s VPC/ }));
      await user.click(screen.getByRole('checkbox', { name: /cml \(sg-0cml\)/ }));
      await user.selectOptions(screen.getByLabelText('Key pair'), '');
      await user.click(launchButton());
      await screen.findByText('elsewhere');
      expect(api.callsTo('POST /workers')[0].body).toMatchObject({ subnetId: 'subnet-0ab', securityGroupIds: ['sg-0cml'] });
    });

    it('shows the server\'s refusal when EC2 changed under the form', async () => {
      const { user } = await openForm({
        ...withNetwork(),
        'POST /workers': problem(400, 'WORKER.SECURITY_GROUP_OUTSIDE_VPC', 'Security group sg-0def (vpc-0def) is not in vpc-0lab, the VPC of subnet subnet-0ab.'),
      });
      await screen.findByText('cml-2.9.1-build-4');
      await user.type(screen.getByLabelText('Name'), 'net-4');
      await user.click(launchButton());
      expect(await screen.findByText(/is not in vpc-0lab, the VPC of subnet subnet-0ab/)).toBeInTheDocument();
    });

    it('still launches with the server\'s defaults when the options cannot be read', async () => {
      const { user } = await openForm({ 'GET /workers/network-options': problem(502, 'AWS.PERMISSION_DENIED', 'EC2 refused DescribeSubnets: ec2:DescribeSubnets is not allowed.') });
      expect(await screen.findByText(/ec2:DescribeSubnets is not allowed/)).toBeInTheDocument();
      await screen.findByText('cml-2.9.1-build-4');
      await user.type(screen.getByLabelText('Name'), 'net-5');
      await user.click(launchButton());
      await screen.findByText('elsewhere');
      expect(api.callsTo('POST /workers')[0].body).toEqual({ name: 'net-5', region: 'us-east-1', instanceType: 'm5zn.metal' });
    });
  });
});
