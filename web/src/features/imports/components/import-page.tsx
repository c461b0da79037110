import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { useDefaults } from '../../../lib/defaults';
import { useDiscovery } from '../api/discover-instances';
import { usePreviewImport } from '../api/preview-import';
import type { DiscoveryCriteria } from '../api/types';
import { useImportRun } from '../hooks/use-import-run';
import { DiscoveredInstancesTable } from './discovered-instances-table';
import { ImportCriteriaForm } from './import-criteria-form';
import { ImportProgress } from './import-progress';

/** Find instances, pick the ones to manage, preview, then import them one by one with a result for each (admin). */
export default function ImportPage() {
  const defaults = useDefaults();
  const [criteria, setCriteria] = useState<DiscoveryCriteria>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const discovery = useDiscovery(criteria);
  const preview = usePreviewImport();
  const run = useImportRun();

  const search = (c: DiscoveryCriteria) => {
    setCriteria(c);
    setSelected(new Set());
    preview.reset();
    run.reset();
    // The same search again means "look again": EC2 may have changed.
    if (criteria && JSON.stringify(c) === JSON.stringify(criteria)) void discovery.refetch();
  };

  const toggle = (instanceId: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(instanceId)) next.delete(instanceId);
      else next.add(instanceId);
      return next;
    });
  const toggleAll = (select: boolean) => setSelected(select ? new Set((discovery.data ?? []).filter((i) => i.importable && !i.managed).map((i) => i.instanceId)) : new Set());

  const importSelected = () => {
    if (!criteria) return;
    const order = (discovery.data ?? []).map((i) => i.instanceId).filter((id) => selected.has(id));
    // The preview describes the state before this import; afterwards it would only mislead.
    preview.reset();
    // The run invalidates every worker query, the discovery included: what was imported shows as managed.
    void run.start(criteria.region, order).then(() => setSelected(new Set()));
  };

  if (defaults.isPending) return <Loading label="Loading regions…" />;
  if (defaults.error) return <ErrorAlert error={defaults.error} title="The managed regions could not be loaded." />;

  const instances = discovery.data ?? [];
  const busy = run.running;
  return (
    <>
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/workers">Workers</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            Import instances
          </li>
        </ol>
      </nav>
      <h1 className="h3">Import instances</h1>
      <p className="text-body-secondary">
        Take existing EC2 instances running CML under management. Nothing changes in EC2: the instances keep running as they are; CML Cloud Manager starts watching them.
      </p>
      <ImportCriteriaForm regions={defaults.data.regions} defaultRegion={defaults.data.defaultRegion} busy={discovery.isFetching} onSearch={search} />

      {discovery.isFetching && !discovery.data && <Loading label="Asking EC2…" />}
      {discovery.error && <ErrorAlert error={discovery.error} title="The search failed." />}
      {criteria && discovery.data && instances.length === 0 && <EmptyState title={`No instance in ${criteria.region} matches.`}>Check the region and the search.</EmptyState>}

      {instances.length > 0 && (
        <section aria-labelledby="found-title">
          <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <h2 id="found-title" className="h5 mb-0 me-auto">
              {instances.length} instance{instances.length === 1 ? '' : 's'} found · {instances.filter((i) => i.managed).length} managed ·{' '}
              {instances.filter((i) => i.importable && !i.managed).length} importable
            </h2>
            <button type="button" className="btn btn-outline-primary" disabled={busy || preview.isPending} onClick={() => criteria && preview.mutate(criteria)}>
              {preview.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              Preview (dry run)
            </button>
            <button type="button" className="btn btn-primary" disabled={busy || selected.size === 0} onClick={importSelected}>
              Import {selected.size} selected
            </button>
          </div>
          {preview.error && <ErrorAlert error={preview.error} title="The preview was refused:" />}
          {preview.data && (
            <div className="alert alert-info small" role="status" data-testid="import-preview">
              Preview: {preview.data.totalFound} matching, {preview.data.imported.length} would be imported, {preview.data.skipped.length} would be skipped. Nothing was written.
            </div>
          )}
          {run.total > 0 && <ImportProgress items={run.items} done={run.done} running={run.running} onCancel={run.cancel} />}
          <DiscoveredInstancesTable instances={instances} selected={selected} onToggle={toggle} onToggleAll={toggleAll} preview={preview.data} disabled={busy} />
        </section>
      )}
    </>
  );
}
