import { Link } from 'react-router';
import { BreakableText } from '../../../components/breakable-text';
import { formatDateTime } from '../../../lib/format';
import type { DiscoveredInstance, PreviewVerdict } from '../api/types';

/** Instances found, managed or not; only importable ones can be selected. A preview adds its verdict per previewed instance. */
export function DiscoveredInstancesTable({
  instances,
  selected,
  onToggle,
  onToggleAll,
  verdicts,
  disabled,
}: {
  instances: DiscoveredInstance[];
  selected: ReadonlySet<string>;
  onToggle: (instanceId: string) => void;
  onToggleAll: (select: boolean) => void;
  /** The dry run's verdict per previewed instance. */
  verdicts?: ReadonlyMap<string, PreviewVerdict>;
  disabled?: boolean;
}) {
  const importable = instances.filter((i) => i.importable && !i.managed);
  const allSelected = importable.length > 0 && importable.every((i) => selected.has(i.instanceId));
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle" aria-label="Instances found">
        <thead className="table-light">
          <tr>
            <th scope="col" style={{ width: 1 }}>
              <input
                type="checkbox"
                className="form-check-input"
                aria-label="Select every importable instance"
                checked={allSelected}
                disabled={disabled || importable.length === 0}
                onChange={(e) => onToggleAll(e.target.checked)}
              />
            </th>
            <th scope="col">Instance</th>
            <th scope="col">Name</th>
            <th scope="col">State</th>
            <th scope="col">Type</th>
            <th scope="col">AMI</th>
            <th scope="col">Launched</th>
            <th scope="col">Managed</th>
            {verdicts && <th scope="col">Preview</th>}
          </tr>
        </thead>
        <tbody>
          {instances.map((i) => {
            const selectable = i.importable && !i.managed;
            const v = verdicts?.get(i.instanceId);
            return (
              <tr key={i.instanceId} className={selectable ? undefined : 'text-body-secondary'} data-instance-id={i.instanceId}>
                <td>
                  <input
                    type="checkbox"
                    className="form-check-input"
                    aria-label={`Select ${i.instanceId}${i.name ? ` (${i.name})` : ''}`}
                    checked={selected.has(i.instanceId)}
                    disabled={disabled || !selectable}
                    onChange={() => onToggle(i.instanceId)}
                  />
                </td>
                <td className="font-monospace small text-nowrap">{i.instanceId}</td>
                <td className="text-nowrap">{i.name ?? '—'}</td>
                <td>{i.state}</td>
                <td className="text-nowrap">{i.instanceType}</td>
                <td className="small" style={{ maxWidth: 280 }}>
                  <span className="font-monospace">{i.amiId}</span>
                  {i.amiName && <BreakableText text={i.amiName} className="d-block text-body-secondary" />}
                </td>
                <td className="small text-nowrap">{formatDateTime(i.launchTime)}</td>
                <td>
                  {i.managed ? (
                    // Dark grey, not Bootstrap's secondary: white link text on it is below 4.5:1 at badge size.
                    <span className="badge text-bg-dark">
                      managed{' '}
                      {i.workerId && (
                        <Link to={`/workers/${i.workerId}`} className="link-light">
                          as {i.workerName ?? 'a worker'}
                        </Link>
                      )}
                    </span>
                  ) : i.importable ? (
                    <span className="badge text-bg-success">not managed</span>
                  ) : (
                    <span className="badge text-bg-light border" title={i.reason}>
                      not importable{i.reason ? `: ${i.reason}` : ''}
                    </span>
                  )}
                </td>
                {verdicts && (
                  <td className={`small ${v?.ok ? 'text-success' : 'text-body-secondary'}`} data-testid={`preview-${i.instanceId}`}>
                    {v?.text ?? 'not previewed'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
