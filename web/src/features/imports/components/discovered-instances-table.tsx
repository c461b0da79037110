import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import type { DiscoveredInstance, ImportResult } from '../api/types';

/** Instances found, managed or not; only importable ones can be selected. A preview adds its verdict per instance. */
export function DiscoveredInstancesTable({
  instances,
  selected,
  onToggle,
  onToggleAll,
  preview,
  disabled,
}: {
  instances: DiscoveredInstance[];
  selected: ReadonlySet<string>;
  onToggle: (instanceId: string) => void;
  onToggleAll: (select: boolean) => void;
  preview?: ImportResult;
  disabled?: boolean;
}) {
  const importable = instances.filter((i) => i.importable && !i.managed);
  const allSelected = importable.length > 0 && importable.every((i) => selected.has(i.instanceId));
  const verdict = (instanceId: string) => {
    if (!preview) return undefined;
    const would = preview.imported.find((i) => i.instanceId === instanceId);
    if (would) return { ok: true, text: `would import as "${would.name}"` };
    const skip = preview.skipped.find((s) => s.instanceId === instanceId);
    if (skip) return { ok: false, text: `would skip: ${skip.reason}` };
    return { ok: false, text: 'not covered by the preview' };
  };
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
            {preview && <th scope="col">Preview</th>}
          </tr>
        </thead>
        <tbody>
          {instances.map((i) => {
            const selectable = i.importable && !i.managed;
            const v = verdict(i.instanceId);
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
                <td className="small">
                  <span className="font-monospace">{i.amiId}</span>
                  {i.amiName && <span className="d-block text-body-secondary">{i.amiName}</span>}
                </td>
                <td className="small text-nowrap">{formatDateTime(i.launchTime)}</td>
                <td>
                  {i.managed ? (
                    <span className="badge text-bg-secondary">
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
                {preview && <td className={`small ${v?.ok ? 'text-success' : 'text-body-secondary'}`}>{v?.text}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
