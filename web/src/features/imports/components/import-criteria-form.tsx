import { useEffect, useId, useState } from 'react';
import type { CriterionKind, DiscoveryCriteria } from '../api/types';

const KINDS: { kind: CriterionKind; label: string; placeholder: string; help: string }[] = [
  { kind: 'amiName', label: 'AMI name', placeholder: 'cml-2.9-*', help: 'A name pattern; * matches anything. Searched among the configured AMI owners only.' },
  { kind: 'amiId', label: 'AMI id', placeholder: 'ami-0123456789abcdef0', help: 'Every instance launched from this AMI.' },
  { kind: 'instanceId', label: 'Instance id', placeholder: 'i-0123456789abcdef0', help: 'One instance.' },
];

/** Region and one search criterion (instance id, AMI id or AMI name pattern). */
export function ImportCriteriaForm({ regions, defaultRegion, busy, onSearch }: { regions: string[]; defaultRegion: string; busy: boolean; onSearch: (c: DiscoveryCriteria) => void }) {
  const id = useId();
  const [region, setRegion] = useState(defaultRegion);
  const [kind, setKind] = useState<CriterionKind>('amiName');
  const [value, setValue] = useState('');
  useEffect(() => setRegion((r) => r || defaultRegion), [defaultRegion]);
  const current = KINDS.find((k) => k.kind === kind)!;

  return (
    <form
      className="card card-body mb-3"
      aria-label="Find instances"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSearch({ region, kind, value: value.trim() });
      }}
    >
      <div className="row g-3 align-items-end">
        <div className="col-sm-3">
          <label htmlFor={`${id}-region`} className="form-label">
            Region
          </label>
          <select id={`${id}-region`} className="form-select" value={region} onChange={(e) => setRegion(e.target.value)}>
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
              className="form-control font-monospace"
              aria-label={`${current.label} to search for`}
              aria-describedby={`${id}-help`}
              placeholder={current.placeholder}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
            <button type="submit" className="btn btn-primary" disabled={busy || !value.trim()}>
              {busy && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              Find instances
            </button>
          </div>
          <div id={`${id}-help`} className="form-text">
            {current.help}
          </div>
        </fieldset>
      </div>
    </form>
  );
}
