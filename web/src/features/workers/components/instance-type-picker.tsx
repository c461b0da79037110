import { useId, useMemo, useState } from 'react';
import { formatDateTime, formatMemoryMiB, formatUsdPerHour } from '../../../lib/format';
import type { InstanceTypeOption, ListPrice } from '../api/types';

const GROUPS: { suitability: InstanceTypeOption['suitability']; title: string }[] = [
  { suitability: 'bare-metal', title: 'Bare metal' },
  { suitability: 'nested-virtualization', title: 'Nested virtualisation' },
  { suitability: 'unsuitable', title: 'Cannot run CML' },
];

/** "$3.96 / h" or "unknown": a missing price is never shown as free. */
export function priceText(price: ListPrice | null | undefined): string {
  return price ? formatUsdPerHour(price.usdPerHour) : 'unknown';
}

function priceTitle(price: ListPrice | null | undefined): string {
  return price ? `${price.term} ${price.operatingSystem === 'linux' ? 'Linux' : price.operatingSystem} list price from ${price.source}, as of ${price.asOf}` : 'No list price is known for this type here';
}

function nestedText(t: InstanceTypeOption): string {
  if (t.bareMetal) return 'not needed';
  return t.nestedVirtualization ? 'yes' : 'no';
}

/**
 * The instance types of a region as the server lists them (bare metal first, then nested
 * virtualisation, then the ones CML cannot run on), searchable, with vCPUs, memory, nested
 * virtualisation and list price. The unsuitable ones are hidden until asked for, and marked.
 */
export function InstanceTypePicker({
  region,
  types,
  listedAt,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  region: string;
  types: readonly InstanceTypeOption[];
  listedAt?: string;
  value: string;
  onChange: (instanceType: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [showUnsuitable, setShowUnsuitable] = useState(false);
  const unsuitableCount = useMemo(() => types.filter((t) => !t.suitable).length, [types]);
  const needle = search.trim().toLowerCase();
  const matching = useMemo(() => types.filter((t) => !needle || t.instanceType.toLowerCase().includes(needle)), [types, needle]);
  // A chosen unsuitable type stays visible while the others are hidden (the summary below names the choice in any case).
  const shown = matching.filter((t) => t.suitable || showUnsuitable || t.instanceType === value);
  const hiddenUnsuitable = matching.filter((t) => !t.suitable && !showUnsuitable && t.instanceType !== value).length;
  const priced = types.find((t) => t.price)?.price;

  return (
    <div>
      <div className="d-flex flex-wrap gap-2 align-items-center mb-2">
        <input
          type="search"
          className="form-control form-control-sm font-monospace"
          style={{ maxWidth: 260 }}
          placeholder="m5zn, metal, c7i…"
          aria-label="Search instance types"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <div className="form-check mb-0">
          <input id={`${id}-unsuitable`} type="checkbox" className="form-check-input" checked={showUnsuitable} onChange={(e) => setShowUnsuitable(e.target.checked)} />
          <label htmlFor={`${id}-unsuitable`} className="form-check-label small">
            Show the {unsuitableCount} types that cannot run CML
          </label>
        </div>
      </div>
      <div className={`border rounded ${invalid ? 'border-danger' : ''}`} style={{ maxHeight: 320, overflowY: 'auto' }}>
        <table className="table table-sm table-hover align-middle mb-0 small" aria-describedby={describedBy}>
          <caption className="visually-hidden">Instance types offered in {region}</caption>
          <thead className="sticky-top bg-body">
            <tr>
              <th scope="col">Type</th>
              <th scope="col" className="text-end">
                vCPU
              </th>
              <th scope="col" className="text-end">
                Memory
              </th>
              <th scope="col">Nested virt.</th>
              <th scope="col" className="text-end">
                Price
              </th>
            </tr>
          </thead>
          {GROUPS.map((group) => {
            const rows = shown.filter((t) => t.suitability === group.suitability);
            if (rows.length === 0) return null;
            return (
              <tbody key={group.suitability}>
                <tr className="table-light">
                  <th scope="rowgroup" colSpan={5} className="fw-semibold">
                    {group.title} ({rows.length})
                  </th>
                </tr>
                {rows.map((t) => (
                  <tr key={t.instanceType} className={[t.instanceType === value ? 'table-active' : '', t.suitable ? '' : 'text-body-secondary'].join(' ').trim() || undefined}>
                    <td>
                      <div className="form-check mb-0">
                        <input
                          id={`${id}-${t.instanceType}`}
                          type="radio"
                          name={`${id}-instance-type`}
                          className="form-check-input"
                          value={t.instanceType}
                          checked={t.instanceType === value}
                          onChange={() => onChange(t.instanceType)}
                        />
                        <label htmlFor={`${id}-${t.instanceType}`} className="form-check-label font-monospace">
                          {t.instanceType}
                        </label>
                        {!t.suitable && (
                          <span className="badge text-bg-warning ms-2" title={t.unsuitableReason}>
                            cannot run CML
                          </span>
                        )}
                      </div>
                    </td>
                    <td className="text-end">{t.vcpus ?? '—'}</td>
                    <td className="text-end">{formatMemoryMiB(t.memoryMiB)}</td>
                    <td>{nestedText(t)}</td>
                    <td className="text-end" title={priceTitle(t.price)}>
                      {priceText(t.price)}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
        {shown.length === 0 && <p className="small text-body-secondary p-2 mb-0">No instance type here matches “{search.trim()}”.</p>}
      </div>
      <div className="form-text">
        {hiddenUnsuitable > 0 && `${hiddenUnsuitable} more that cannot run CML match; show them with the box above. `}
        Prices are on-demand Linux list prices, an estimate{priced ? ` (AWS pricing page, as of ${priced.asOf})` : ''}; “unknown” where none is known.
        {listedAt && ` Types as EC2 listed them at ${formatDateTime(listedAt)}.`}
      </div>
    </div>
  );
}
