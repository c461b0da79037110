import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useNotify } from '../../../components/toaster';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { type ConsoleDefaults, useDefaults } from '../../../lib/defaults';
import { formatDateTime, formatMemoryMiB } from '../../../lib/format';
import { useInstanceTypes } from '../api/list-instance-types';
import { useNetworkOptions } from '../api/list-network-options';
import { useProvisionWorker } from '../api/provision-worker';
import { type AmiCriteria, useLaunchAmi } from '../api/resolve-launch-ami';
import type { InstanceTypeOption, LaunchAmi, ProvisionRequest } from '../api/types';
import { defaultChoice, type NetworkChoice, networkProblems } from '../lib/network-checks';
import { instanceTypeProblem, workerNameProblem } from '../lib/provision-checks';
import { InstanceTypePicker, priceText } from './instance-type-picker';
import { NetworkPicker } from './network-picker';

type AmiChoice = 'default' | 'id' | 'name';

const CHOSEN_BY: Record<LaunchAmi['chosenBy'], string> = {
  'ami-id': 'the AMI id given',
  'ami-name': 'the newest AMI matching the pattern',
  'region-default-id': 'the region’s default AMI',
  'default-name': 'the newest AMI matching the default pattern',
};

/** A form for a new worker, starting from the server's defaults and checking what the server checks (admin; loaded on demand). */
export default function ProvisionWorkerPage() {
  const defaults = useDefaults();
  if (defaults.isPending) return <Loading label="Loading the defaults…" />;
  if (defaults.error) return <ErrorAlert error={defaults.error} title="The provisioning defaults could not be loaded." />;
  return <ProvisionForm defaults={defaults.data} />;
}

function ProvisionForm({ defaults }: { defaults: ConsoleDefaults }) {
  const provision = useProvisionWorker();
  const navigate = useNavigate();
  const notify = useNotify();
  const id = useId();
  const [name, setName] = useState('');
  const [region, setRegion] = useState(defaults.defaultRegion);
  const [instanceType, setInstanceType] = useState('');
  const [launchAnyway, setLaunchAnyway] = useState(false);
  const [amiChoice, setAmiChoice] = useState<AmiChoice>('default');
  const [ami, setAmi] = useState('');
  const [touched, setTouched] = useState({ name: false, all: false });

  const types = useInstanceTypes(region);
  const offered = types.data?.items;
  // Each region starts from the default type when it offers it; otherwise the person chooses.
  useEffect(() => {
    setLaunchAnyway(false);
    setInstanceType(offered?.some((t) => t.instanceType === defaults.provisioning.instanceType) ? defaults.provisioning.instanceType : '');
  }, [offered, defaults.provisioning.instanceType]);

  const network = useNetworkOptions(region);
  const [networkChoice, setNetworkChoice] = useState<NetworkChoice | undefined>();
  // Each region starts from its defaults: the configured ones, else the default VPC's subnet and group.
  useEffect(() => setNetworkChoice(network.data ? defaultChoice(network.data) : undefined), [network.data]);
  const networkProblem = network.data && networkChoice ? networkProblems(networkChoice, network.data) : {};
  const networkInvalid = Boolean(networkProblem.subnet || networkProblem.securityGroups || networkProblem.keyPair);

  const amiValue = useDebouncedValue(ami.trim());
  const criteria: AmiCriteria = amiChoice === 'id' ? { amiId: amiValue } : amiChoice === 'name' ? { amiName: amiValue } : {};
  const launchAmi = useLaunchAmi(region, criteria, amiChoice === 'default' || amiValue !== '');
  const amiSettled = amiChoice === 'default' || amiValue === ami.trim();

  const chosen: InstanceTypeOption | undefined = offered?.find((t) => t.instanceType === instanceType);
  const nameProblem = workerNameProblem(name, defaults.provisioning.workerName);
  const typeProblem = instanceTypeProblem(instanceType, offered, launchAnyway);
  const amiProblem =
    amiChoice !== 'default' && !ami.trim()
      ? amiChoice === 'id'
        ? 'Give the AMI id.'
        : 'Give the AMI name pattern.'
      : !amiSettled || launchAmi.isPending
        ? 'Wait until the AMI is found.'
        : launchAmi.error
          ? 'The server cannot find this AMI (see above).'
          : undefined;
  const showName = touched.name || touched.all;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTouched({ name: true, all: true });
    if (nameProblem || typeProblem || amiProblem || networkInvalid) return;
    const request: ProvisionRequest = {
      name: name.trim(),
      region,
      instanceType,
      ...(chosen && !chosen.suitable ? { allowUnsuitableInstanceType: true } : {}),
      ...(amiChoice === 'id' ? { amiId: ami.trim() } : amiChoice === 'name' ? { amiName: ami.trim() } : {}),
      // What the form shows is what is sent; without options (not loaded) the server's defaults apply.
      ...(networkChoice?.subnetId ? { subnetId: networkChoice.subnetId } : {}),
      ...(networkChoice?.securityGroupIds.length ? { securityGroupIds: networkChoice.securityGroupIds } : {}),
      ...(networkChoice?.keyName ? { keyName: networkChoice.keyName } : {}),
    };
    provision.mutate(request, {
      onSuccess: (worker) => {
        notify('success', `Provisioning ${worker.name}: EC2 is launching the instance.`);
        void navigate(`/workers/${worker.id}`);
      },
    });
  };

  const rule = defaults.provisioning.workerName;
  return (
    <div style={{ maxWidth: 880 }}>
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/workers">Workers</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            New worker
          </li>
        </ol>
      </nav>
      <h1 className="h3">New worker</h1>
      <p className="text-body-secondary">
        Launches a new EC2 instance from a CML AMI. The worker appears at once as <em>pending</em> and becomes <em>running</em> when the instance has booted (or <em>failed</em>, with
        the reason). The instance is billed from launch. CML runs its nodes as virtual machines, so it needs a bare-metal type (or one with nested virtualisation).
      </p>
      <form onSubmit={submit} noValidate>
        <div className="row g-3 mb-3">
          <div className="col-sm-8">
            <label htmlFor={`${id}-name`} className="form-label">
              Name
            </label>
            <input
              id={`${id}-name`}
              className={`form-control ${showName && nameProblem ? 'is-invalid' : ''}`}
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              onBlur={() => setTouched((t) => ({ ...t, name: true }))}
              aria-invalid={showName && nameProblem ? true : undefined}
              aria-describedby={`${id}-name-help ${id}-name-error`}
              autoFocus
            />
            <div id={`${id}-name-help`} className="form-text">
              {rule.minLength} to {rule.maxLength} characters: {rule.allowedCharacters}
            </div>
            <div id={`${id}-name-error`} className="invalid-feedback">
              {showName ? nameProblem : undefined}
            </div>
          </div>
          <div className="col-sm-4">
            <label htmlFor={`${id}-region`} className="form-label">
              Region
            </label>
            <select id={`${id}-region`} className="form-select" value={region} onChange={(e) => setRegion(e.target.value)}>
              {defaults.regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
        </div>

        <fieldset className="mb-3">
          <legend className="form-label fs-6">Instance type</legend>
          {types.isPending && <Loading label={`Loading the instance types of ${region}…`} />}
          {types.error && <ErrorAlert error={types.error} title={`The instance types of ${region} could not be loaded, so nothing can be launched there now.`} />}
          {offered && (
            <InstanceTypePicker
              region={region}
              types={offered}
              listedAt={types.data?.listedAt}
              value={instanceType}
              onChange={(t) => {
                setInstanceType(t);
                setLaunchAnyway(false);
              }}
              invalid={touched.all && Boolean(typeProblem)}
              describedBy={`${id}-type-summary`}
            />
          )}
          <div id={`${id}-type-summary`} className="mt-2" aria-live="polite">
            {chosen && (
              <p className="mb-1">
                <span className="font-monospace fw-semibold">{chosen.instanceType}</span>:{' '}
                {chosen.suitability === 'bare-metal' ? 'bare metal' : chosen.suitability === 'nested-virtualization' ? 'nested virtualisation (enabled at launch)' : 'cannot run CML'}, {chosen.vcpus ?? '?'} vCPU,{' '}
                {formatMemoryMiB(chosen.memoryMiB)}, {chosen.price ? `${priceText(chosen.price)}, list price estimate` : 'price unknown'}
              </p>
            )}
            {chosen && !chosen.suitable && (
              <div className="alert alert-warning py-2 mb-1" role="alert">
                <strong className="d-block">{chosen.instanceType} cannot run CML</strong>
                <span className="small">{chosen.unsuitableReason}.</span>
                <div className="form-check mt-1">
                  <input id={`${id}-anyway`} type="checkbox" className="form-check-input" checked={launchAnyway} onChange={(e) => setLaunchAnyway(e.target.checked)} />
                  <label htmlFor={`${id}-anyway`} className="form-check-label small">
                    Launch it anyway (the controller boots, but CML cannot start its nodes)
                  </label>
                </div>
              </div>
            )}
            {touched.all && typeProblem && (
              <div className="text-danger small" role="alert">
                {typeProblem}
              </div>
            )}
          </div>
        </fieldset>

        <fieldset className="mb-3">
          <legend className="form-label fs-6">AMI</legend>
          {(
            [
              ['default', 'The region’s default'],
              ['id', 'A specific AMI id'],
              ['name', 'The newest AMI whose name matches a pattern'],
            ] as [AmiChoice, string][]
          ).map(([value, label]) => (
            <div key={value} className="form-check">
              <input id={`${id}-ami-${value}`} type="radio" name="ami" className="form-check-input" checked={amiChoice === value} onChange={() => setAmiChoice(value)} />
              <label htmlFor={`${id}-ami-${value}`} className="form-check-label">
                {label}
              </label>
            </div>
          ))}
          {amiChoice !== 'default' && (
            <input
              className="form-control font-monospace mt-2"
              aria-label={amiChoice === 'id' ? 'AMI id' : 'AMI name pattern'}
              placeholder={amiChoice === 'id' ? 'ami-0123456789abcdef0' : 'cml-2.9-*'}
              value={ami}
              onChange={(e) => setAmi(e.target.value)}
            />
          )}
          <div className="mt-2" aria-live="polite" data-testid="launch-ami">
            {launchAmi.data && amiSettled && (
              <p className="mb-0">
                Launches <span className="font-monospace">{launchAmi.data.amiId}</span> <strong>{launchAmi.data.name}</strong>
                {launchAmi.data.creationDate && <span className="text-body-secondary"> (created {formatDateTime(launchAmi.data.creationDate)})</span>}
                <span className="d-block small text-body-secondary">
                  {CHOSEN_BY[launchAmi.data.chosenBy]}
                  {launchAmi.data.namePattern ? ` ${launchAmi.data.namePattern}` : ''} in {launchAmi.data.region}, as the server resolves it now
                </span>
              </p>
            )}
            {launchAmi.isFetching && !launchAmi.data && <span className="small text-body-secondary">Finding the AMI…</span>}
            {launchAmi.error && amiSettled && <ErrorAlert error={launchAmi.error} title="No AMI to launch:" className="mb-0" />}
            {touched.all && amiProblem && !launchAmi.error && (
              <div className="text-danger small" role="alert">
                {amiProblem}
              </div>
            )}
          </div>
        </fieldset>

        <fieldset className="mb-3">
          <legend className="form-label fs-6">Network and access</legend>
          {network.isPending && <Loading label={`Loading the subnets, security groups and key pairs of ${region}…`} />}
          {network.error && (
            <ErrorAlert error={network.error} title={`The subnets, security groups and key pairs of ${region} could not be loaded; a launch uses the server’s defaults.`} />
          )}
          {network.data && networkChoice && (
            <NetworkPicker id={id} options={network.data} value={networkChoice} onChange={setNetworkChoice} problems={touched.all ? networkProblem : {}} />
          )}
        </fieldset>

        {provision.error && <ErrorAlert error={provision.error} title="The worker was not provisioned:" />}
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={provision.isPending}>
            {provision.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Launch {instanceType || 'worker'} in {region}
          </button>
          <Link to="/workers" className="btn btn-outline-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
