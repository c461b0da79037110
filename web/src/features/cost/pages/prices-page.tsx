import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import { formatDateTime, formatNumber, formatUsd, formatUsdPerHour } from '../../../lib/format';
import { useClearInstancePrice } from '../api/clear-instance-price';
import { useClearStoragePrice } from '../api/clear-storage-price';
import type { InstancePrice, StoragePrice } from '../api/cost-types';
import { usePrices } from '../api/get-prices';
import { useSetInstancePrice } from '../api/set-instance-price';
import { useSetStoragePrice } from '../api/set-storage-price';
import { CostNav } from '../components/cost-nav';
import { DiscountForm } from '../components/discount-form';
import { PriceOverrideDialog, type PriceTarget } from '../components/price-override-dialog';

const perGibMonth = (usd: number) => `${formatUsd(usd)} / GiB-month`;

function Overridden({ entry }: { entry: { overridden: boolean; setBy?: string; setAt?: string } }) {
  if (!entry.overridden) return <span className="text-body-secondary">list price</span>;
  return (
    <span>
      <span className="badge text-bg-info fw-normal">overridden</span>
      <span className="d-block small text-body-secondary">
        by {entry.setBy ?? 'an administrator'}
        {entry.setAt && `, ${formatDateTime(entry.setAt)}`}
      </span>
    </span>
  );
}

type Editing = { kind: 'instance'; entry: InstancePrice } | { kind: 'storage'; entry: StoragePrice };

/** The prices the estimates use, where each comes from, and (admins) overrides and the discount. */
export default function PricesPage() {
  usePageTitle('Prices', 'Cost');
  const isAdmin = useHasRole('admin');
  const notify = useNotify();
  const prices = usePrices();
  const setInstance = useSetInstancePrice();
  const setStorage = useSetStoragePrice();
  const clearInstance = useClearInstancePrice();
  const clearStorage = useClearStoragePrice();
  const [region, setRegion] = useState('');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing>();
  const [clearing, setClearing] = useState<Editing>();

  const regions = useMemo(() => [...new Set([...(prices.data?.instances ?? []), ...(prices.data?.storage ?? [])].map((p) => p.region))].sort(), [prices.data]);
  const instances = (prices.data?.instances ?? []).filter((p) => (!region || p.region === region) && p.instanceType.toLowerCase().includes(q.trim().toLowerCase()));
  const storage = (prices.data?.storage ?? []).filter((p) => !region || p.region === region);

  const nameOf = (e: Editing) => (e.kind === 'instance' ? `${e.entry.instanceType} in ${e.entry.region}` : `${e.entry.volumeType} volumes in ${e.entry.region}`);
  const target: PriceTarget | undefined = editing && {
    what: nameOf(editing),
    unit: editing.kind === 'instance' ? 'per hour' : 'per GiB-month',
    current: editing.kind === 'instance' ? editing.entry.usdPerHour : editing.entry.usdPerGibMonth,
  };
  const save = async (value: number) => {
    if (!editing) return;
    if (editing.kind === 'instance') await setInstance.mutateAsync({ region: editing.entry.region, instanceType: editing.entry.instanceType, usdPerHour: value });
    else await setStorage.mutateAsync({ region: editing.entry.region, volumeType: editing.entry.volumeType, usdPerGibMonth: value });
    notify('success', `Price of ${nameOf(editing)} set from now on.`);
  };
  const clear = async () => {
    if (!clearing) return;
    if (clearing.kind === 'instance') await clearInstance.mutateAsync({ region: clearing.entry.region, instanceType: clearing.entry.instanceType });
    else await clearStorage.mutateAsync({ region: clearing.entry.region, volumeType: clearing.entry.volumeType });
    notify('success', `Price of ${nameOf(clearing)} is the list price again.`);
  };
  const listPrice = (e: Editing) =>
    e.kind === 'instance' ? (e.entry.listUsdPerHour === null ? 'no list price (the type is then unpriced)' : formatUsdPerHour(e.entry.listUsdPerHour)) : e.entry.listUsdPerGibMonth === null ? 'no list price (the type is then unpriced)' : perGibMonth(e.entry.listUsdPerGibMonth);

  return (
    <div style={{ maxWidth: 1280 }}>
      <h1 className="h3">Cost</h1>
      <CostNav />
      <p className="small text-body-secondary">
        The cost figures are estimates from these prices: on-demand Linux list prices per instance type and region, EBS prices per GiB-month per volume type, less the discount. An override applies from the moment it is set; what ran before keeps its price.
      </p>
      {prices.error && <ErrorAlert error={prices.error} title="The prices could not be loaded." />}
      {prices.isPending && <Loading label="Loading the prices…" />}
      {prices.data && (
        <>
          <section className="card mb-3" aria-labelledby="discount-title">
            <div className="card-body">
              <h2 id="discount-title" className="h6">
                Discount: {formatNumber(prices.data.discountPercent, 2)} %
              </h2>
              <p className="small text-body-secondary">
                Taken off every price, for savings plans or reserved capacity.
                {prices.data.discountSetBy && ` Set by ${prices.data.discountSetBy}${prices.data.discountSetAt ? `, ${formatDateTime(prices.data.discountSetAt)}` : ''}.`}
              </p>
              {isAdmin ? <DiscountForm key={prices.data.discountPercent} current={prices.data.discountPercent} /> : <p className="small mb-0">Only administrators change prices and the discount.</p>}
            </div>
          </section>
          <div className="d-flex flex-wrap gap-2 align-items-end mb-2">
            <div>
              <label htmlFor="prices-region" className="form-label small mb-1">
                Region
              </label>
              <select id="prices-region" className="form-select form-select-sm" value={region} onChange={(e) => setRegion(e.target.value)}>
                <option value="">All regions</option>
                {regions.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="prices-q" className="form-label small mb-1">
                Instance type
              </label>
              <input id="prices-q" type="search" className="form-control form-control-sm" value={q} onChange={(e) => setQ(e.target.value)} placeholder="metal" />
            </div>
          </div>
          <h2 className="h5">Instances</h2>
          <div className="table-responsive mb-4">
            <table className="table table-sm align-middle" aria-label="Instance prices">
              <thead className="table-light">
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Instance type</th>
                  <th scope="col" className="text-end">
                    Price (before the discount)
                  </th>
                  <th scope="col" className="text-end">
                    List price
                  </th>
                  <th scope="col">Source</th>
                  <th scope="col">Override</th>
                  {isAdmin && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {instances.map((p) => (
                  <tr key={`${p.region}/${p.instanceType}`}>
                    <td>{p.region}</td>
                    <td className="text-nowrap">{p.instanceType}</td>
                    <td className="text-end text-nowrap">{formatUsdPerHour(p.usdPerHour)}</td>
                    <td className="text-end text-nowrap">{p.listUsdPerHour === null ? '—' : formatUsdPerHour(p.listUsdPerHour)}</td>
                    <td className="small">
                      {p.source}
                      <span className="d-block text-body-secondary">as of {p.asOf}</span>
                    </td>
                    <td>
                      <Overridden entry={p} />
                    </td>
                    {isAdmin && (
                      <td className="text-nowrap">
                        <button type="button" className="btn btn-sm btn-outline-primary me-1" onClick={() => setEditing({ kind: 'instance', entry: p })} aria-label={`Set price of ${p.instanceType} in ${p.region}`}>
                          Set price
                        </button>
                        {p.overridden && (
                          <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setClearing({ kind: 'instance', entry: p })} aria-label={`Clear override of ${p.instanceType} in ${p.region}`}>
                            Clear override
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {instances.length === 0 && <p className="small text-body-secondary">No instance price matches.</p>}
          </div>
          <h2 className="h5">Storage (EBS)</h2>
          <div className="table-responsive">
            <table className="table table-sm align-middle" aria-label="Storage prices">
              <thead className="table-light">
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Volume type</th>
                  <th scope="col" className="text-end">
                    Price (before the discount)
                  </th>
                  <th scope="col" className="text-end">
                    List price
                  </th>
                  <th scope="col">Source</th>
                  <th scope="col">Override</th>
                  {isAdmin && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {storage.map((p) => (
                  <tr key={`${p.region}/${p.volumeType}`}>
                    <td>{p.region}</td>
                    <td>{p.volumeType}</td>
                    <td className="text-end text-nowrap">{perGibMonth(p.usdPerGibMonth)}</td>
                    <td className="text-end text-nowrap">{p.listUsdPerGibMonth === null ? '—' : perGibMonth(p.listUsdPerGibMonth)}</td>
                    <td className="small">
                      {p.source}
                      <span className="d-block text-body-secondary">as of {p.asOf}</span>
                    </td>
                    <td>
                      <Overridden entry={p} />
                    </td>
                    {isAdmin && (
                      <td className="text-nowrap">
                        <button type="button" className="btn btn-sm btn-outline-primary me-1" onClick={() => setEditing({ kind: 'storage', entry: p })} aria-label={`Set price of ${p.volumeType} volumes in ${p.region}`}>
                          Set price
                        </button>
                        {p.overridden && (
                          <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setClearing({ kind: 'storage', entry: p })} aria-label={`Clear override of ${p.volumeType} volumes in ${p.region}`}>
                            Clear override
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <PriceOverrideDialog target={target} onSave={save} onClose={() => setEditing(undefined)} />
      {clearing && (
        <ConfirmDialog show title={`Clear the override of ${nameOf(clearing)}?`} confirmLabel="Clear the override" variant="warning" onConfirm={clear} onClose={() => setClearing(undefined)}>
          From now on, {nameOf(clearing)} is estimated at its list price: {listPrice(clearing)}. What ran before keeps the price it had.
        </ConfirmDialog>
      )}
    </div>
  );
}
