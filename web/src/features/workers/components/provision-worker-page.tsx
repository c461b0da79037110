import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useNotify } from '../../../components/toaster';
import { useDefaults } from '../../../lib/defaults';
import { useProvisionWorker } from '../api/provision-worker';
import type { ProvisionRequest } from '../api/types';

type AmiChoice = 'default' | 'id' | 'name';

/** A form for a new worker, starting from the server's defaults (admin; loaded on demand). */
export default function ProvisionWorkerPage() {
  const defaults = useDefaults();
  const provision = useProvisionWorker();
  const navigate = useNavigate();
  const notify = useNotify();
  const id = useId();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [instanceType, setInstanceType] = useState('');
  const [amiChoice, setAmiChoice] = useState<AmiChoice>('default');
  const [ami, setAmi] = useState('');

  useEffect(() => {
    if (!defaults.data) return;
    setRegion((r) => r || defaults.data.defaultRegion);
    setInstanceType((t) => t || defaults.data.provisioning.instanceType);
  }, [defaults.data]);

  if (defaults.isPending) return <Loading label="Loading the defaults…" />;
  if (defaults.error) return <ErrorAlert error={defaults.error} title="The provisioning defaults could not be loaded." />;
  const d = defaults.data;
  const regionAmi = d.provisioning.amiIds[region];
  const defaultAmi = regionAmi ? `AMI ${regionAmi}` : d.provisioning.amiName ? `the newest AMI named like ${d.provisioning.amiName}` : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const request: ProvisionRequest = {
      name: name.trim(),
      region,
      instanceType: instanceType.trim() || undefined,
      ...(amiChoice === 'id' ? { amiId: ami.trim() } : amiChoice === 'name' ? { amiName: ami.trim() } : {}),
    };
    provision.mutate(request, {
      onSuccess: (worker) => {
        notify('success', `Provisioning ${worker.name}: EC2 is launching the instance.`);
        void navigate(`/workers/${worker.id}`);
      },
    });
  };

  return (
    <div style={{ maxWidth: 640 }}>
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
        the reason). The instance is billed from launch.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="mb-3">
          <label htmlFor={`${id}-name`} className="form-label">
            Name
          </label>
          <input id={`${id}-name`} className="form-control" required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${id}-name-help`} autoFocus />
          <div id={`${id}-name-help`} className="form-text">
            1 to 64 characters: letters, digits, spaces and . : @ ( ) / + - _
          </div>
        </div>
        <div className="row g-3 mb-3">
          <div className="col-sm-6">
            <label htmlFor={`${id}-region`} className="form-label">
              Region
            </label>
            <select id={`${id}-region`} className="form-select" value={region} onChange={(e) => setRegion(e.target.value)}>
              {d.regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <div className="col-sm-6">
            <label htmlFor={`${id}-type`} className="form-label">
              Instance type
            </label>
            <input id={`${id}-type`} className="form-control font-monospace" value={instanceType} onChange={(e) => setInstanceType(e.target.value)} aria-describedby={`${id}-type-help`} />
            <div id={`${id}-type-help`} className="form-text">
              Default {d.provisioning.instanceType}
            </div>
          </div>
        </div>
        <fieldset className="mb-3">
          <legend className="form-label fs-6">AMI</legend>
          {(
            [
              ['default', defaultAmi ? `Region default: ${defaultAmi}` : 'Region default (none configured for this region)'],
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
        </fieldset>
        {provision.error && <ErrorAlert error={provision.error} title="The worker was not provisioned:" />}
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={provision.isPending || !name.trim() || (amiChoice !== 'default' && !ami.trim())}>
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
