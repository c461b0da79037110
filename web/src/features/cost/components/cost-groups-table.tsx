import { formatUsd } from '../../../lib/format';
import type { CostGroup } from '../api/cost-types';

/** The month per group, most spent first (as the server sorts it), every amount in USD. */
export function CostGroupsTable({ groups, groupLabel }: { groups: CostGroup[]; groupLabel: string }) {
  return (
    <div className="table-responsive">
      <table className="table table-sm table-hover align-middle mb-0" aria-label={`Cost by ${groupLabel.toLowerCase()}`}>
        <thead className="table-light">
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="text-end">
              Compute (USD)
            </th>
            <th scope="col" className="text-end">
              Storage (USD)
            </th>
            <th scope="col" className="text-end">
              Total (USD)
            </th>
            <th scope="col" className="text-end">
              Projected (USD)
            </th>
            <th scope="col" className="text-end">
              Saved (USD)
            </th>
            <th scope="col" className="text-end">
              Workers
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row" className={`fw-normal ${g.key.startsWith('(') ? 'fst-italic text-body-secondary' : ''}`}>
                {g.key}
              </th>
              <td className="text-end">{formatUsd(g.computeUsd)}</td>
              <td className="text-end">{formatUsd(g.storageUsd)}</td>
              <td className="text-end fw-semibold">{formatUsd(g.totalUsd)}</td>
              <td className="text-end">{formatUsd(g.projectedUsd)}</td>
              <td className="text-end text-success">{formatUsd(g.savedUsd)}</td>
              <td className="text-end">{g.workers.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
