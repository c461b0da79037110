import { useEffect, useId, useState } from 'react';
import type { CriterionKind, DiscoveryCriteria } from '../api/types';

const KINDS: { kind: CriterionKind; label: string; example: string; help: string }[] = [
  { kind: 'amiName', label: 'AMI name', example: 'cml-2.9-*', help: 'A name pattern; * matches anything. Searched among the configured AMI owners only.' },
  { kind: 'amiId', label: 'AMI id', example: 'ami-0123456789abcdef0', help: 'Every instance launched from this AMI.' },
  { kind: 'instanceId', label: 'Instance id', example: 'i-0123456789abcdef0', help: 'One instance.' },
];

export interface ImportSearchDefaults {
  /** The deployment's AMI name pattern (WORKER_DEFAULT_AMI_NAME), if any. */
  amiName?: string;
  /** The deployment's default AMI id per region (WORKER_DEFAULT_AMI_IDS). */
  amiIds: Record<string, string>;
}

/**
 * Region and one search criterion (instance id, AMI id or AMI name pattern), starting from the
 * deployment's own AMI (a real value, ready to search) when it has one. Placeholders read "e.g. …"
 * so they never pass for a value; an empty criterion lists every instance of the region.
 */
export function ImportCriteriaForm({
  regions,
  defaultRegion,
  defaults,
  busy,
  onSearch,
}: {
  regions: string[];
  defaultRegion: string;
  defaults: ImportSearchDefaults;
  busy: boolean;
  onSearch: (c: DiscoveryCriteria) => void;
}) {
  const id = useId();
  const [region, setRegion] = useState(defaultRegion);
  const [kind, setKind] = useState<CriterionKind>('amiName');
  const [values, setValues] = useState<Record<CriterionKind, string>>(() => ({ amiName: defaults.amiName ?? '', amiId: defaults.amiIds[defaultRegion] ?? '', instanceId: '' }));
  useEffect(() => setRegion((r) => r || defaultRegion), [defaultRegion]);
  const current = KINDS.find((k) => k.kind === kind)!;
  const value = values[kind];

  const changeRegion = (next: string) => {
    // The AMI id default is per region: follow the region unless someone typed their own.
    setValues((v) => (v.amiId === (defaults.amiIds[region] ?? '') ? { ...v, amiId: defaults.amiIds[next] ?? '' } : v));
    setRegion(next);
  };

  return (
    <form
      className="card card-body mb-3"
      aria-label="Find instances"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(value.trim() ? { region, kind, value: value.trim() } : { region });
      }}
    >
      <div className="row g-3 align-items-end">
        <div className="col-sm-3">
          <label htmlFor={`${id}-region`} className="form-label">
            Region
          </label>
          <select id={`${id}-region`} className="form-select" value={region} onChange={(e) => changeRegion(e.target.value)}>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="col-sm-9">
          <legend className="form-label fs-6 mb-1">Search by</legend>
          <div className="d-flex flex-wrap gap-3 mb-2">
            {KINDS.map((k) => (
              <div key={k.kind} className="form-check form-check-inline m-0">
                <input id={`${id}-${k.kind}`} type="radio" name={`${id}-kind`} className="form-check-input" checked={kind === k.kind} onChange={() => setKind(k.kind)} />
                <label htmlFor={`${id}-${k.kind}`} className="form-check-label">
                  {k.label}
                </label>
              </div>
            ))}
          </div>
          <div className="input-group">
            <input
              className={`form-control ${value ? 'font-monospace' : ''}`}
              aria-label={`${current.label} to search for`}
              aria-describedby={`${id}-help`}
              placeholder={`e.g. ${current.example}`}
              value={value}
              onChange={(e) => setValues((v) => ({ ...v, [kind]: e.target.value }))}
            />
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              Find instances
            </button>
          </div>
          <div id={`${id}-help`} className="form-text">
            {[
              current.help,
              value.trim() ? '' : `Empty: every instance in ${region}.`,
              kind === 'amiName' && defaults.amiName && value === defaults.amiName ? 'This is the deployment’s AMI name (WORKER_DEFAULT_AMI_NAME).' : '',
              kind === 'amiId' && defaults.amiIds[region] && value === defaults.amiIds[region] ? `This is the deployment’s AMI in ${region} (WORKER_DEFAULT_AMI_IDS).` : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </div>
        </fieldset>
      </div>
    </form>
  );
}
