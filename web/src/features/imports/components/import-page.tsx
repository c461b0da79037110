import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ActionButton } from '../../../components/action-button';
import { DisabledReason } from '../../../components/disabled-reason';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useDefaults } from '../../../lib/defaults';
import { useDiscovery } from '../api/discover-instances';
import { useImages } from '../api/find-images';
import { usePreviewImport } from '../api/preview-import';
import type { DiscoveryCriteria } from '../api/types';
import { useImportRun } from '../hooks/use-import-run';
import { DiscoveredInstancesTable } from './discovered-instances-table';
import { ImportAllPanel } from './import-all-panel';
import { ImportCriteriaForm } from './import-criteria-form';
import { ImportProgress } from './import-progress';
import { UnregisteredWorkers } from './unregistered-workers';

/** Why a search found nothing: no AMI matched, or the AMIs that matched have no instances. */
function NothingFound({ criteria }: { criteria: DiscoveryCriteria }) {
  const { region, kind, value } = criteria;
  const images = useImages(criteria, true);
  if (!kind || !value) return <EmptyState title={`No instance in ${region}.`}>EC2 lists no instance in this region for the account CML Cloud Manager uses.</EmptyState>;
  if (kind === 'instanceId') return <EmptyState title={`Instance ${value} does not exist in ${region}.`}>Check the instance id and the region.</EmptyState>;
  const what = kind === 'amiId' ? `AMI ${value}` : `an AMI named like "${value}"`;
  if (images.isPending) return <Loading label="Looking for the AMI…" />;
  if (images.data && images.data.length === 0) {
    return (
      <EmptyState title={kind === 'amiId' ? `AMI ${value} does not exist in ${region}.` : `No AMI in ${region} is named like "${value}".`}>
        {kind === 'amiName' ? 'Only the configured AMI owners are searched. Check the pattern (* matches anything) and the region.' : 'Check the AMI id and the region.'}
      </EmptyState>
    );
  }
  if (images.data) {
    const names = images.data.slice(0, 3).map((i) => `${i.name} (${i.imageId})`);
    return (
      <EmptyState title={`No instance in ${region} was launched from ${what}.`}>
        {images.data.length === 1 ? 'The AMI exists: ' : `${images.data.length} AMIs match: `}
        {names.join(', ')}
        {images.data.length > 3 ? ' …' : ''}. No instance runs from {images.data.length === 1 ? 'it' : 'them'} in this region.
      </EmptyState>
    );
  }
  return <EmptyState title={`No instance in ${region} was launched from ${what}.`}>Either no AMI matches, or no instance was launched from one; the AMIs could not be read to tell which.</EmptyState>;
}

/** Find instances, pick the ones to manage, preview exactly those, then import them one by one with a result for each (admin). */
export default function ImportPage() {
  usePageTitle('Import instances', 'Workers');
  const defaults = useDefaults();
  const [criteria, setCriteria] = useState<DiscoveryCriteria>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const discovery = useDiscovery(criteria);
  const preview = usePreviewImport();
  const run = useImportRun();
  const noSelectionId = useId();

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
  /** The selection in the table's order. */
  const chosen = () => (discovery.data ?? []).map((i) => i.instanceId).filter((id) => selected.has(id));

  const importSelected = () => {
    if (!criteria) return;
    // The preview describes the state before this import; afterwards it would only mislead.
    preview.reset();
    // The run invalidates every worker query, the discovery included: what was imported shows as managed.
    void run.start(criteria.region, chosen()).then(() => setSelected(new Set()));
  };

  if (defaults.isPending) return <Loading label="Loading regions…" />;
  if (defaults.error) return <ErrorAlert error={defaults.error} title="The managed regions could not be loaded." />;

  const instances = discovery.data ?? [];
  const busy = run.running;
  const noSelection = selected.size === 0 ? 'Select the instances to preview or import.' : undefined;
  const verdicts = preview.data ? new Map(preview.data.map((v) => [v.instanceId, v])) : undefined;
  const wouldImport = preview.data?.filter((v) => v.ok).length ?? 0;
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
      <ImportCriteriaForm
        regions={defaults.data.regions}
        defaultRegion={defaults.data.defaultRegion}
        defaults={{ amiName: defaults.data.provisioning.amiName, amiIds: defaults.data.provisioning.amiIds }}
        busy={discovery.isFetching}
        onSearch={search}
      />

      {discovery.isFetching && !discovery.data && <Loading label="Asking EC2…" />}
      {discovery.error && <ErrorAlert error={discovery.error} title="The search failed." />}
      {criteria && discovery.data && instances.length === 0 && <NothingFound criteria={criteria} />}

      {instances.length > 0 && (
        <section aria-labelledby="found-title">
          <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <h2 id="found-title" className="h5 mb-0 me-auto">
              {instances.length} instance{instances.length === 1 ? '' : 's'} found · {instances.filter((i) => i.managed).length} managed ·{' '}
              {instances.filter((i) => i.importable && !i.managed).length} importable
            </h2>
            <DisabledReason id={noSelectionId} reason={busy ? undefined : noSelection} />
            <ActionButton
              variant="outline-primary"
              size="md"
              reason={busy ? 'An import is running.' : noSelection}
              showReason={false}
              describedBy={noSelection ? noSelectionId : undefined}
              busy={preview.isPending}
              onClick={() => criteria && preview.mutate({ region: criteria.region, instanceIds: chosen() })}
            >
              {selected.size ? `Preview ${selected.size} selected (dry run)` : 'Preview (dry run)'}
            </ActionButton>
            <ActionButton
              variant="primary"
              size="md"
              reason={busy ? 'An import is running.' : noSelection}
              showReason={false}
              describedBy={noSelection ? noSelectionId : undefined}
              onClick={importSelected}
            >
              Import {selected.size} selected
            </ActionButton>
          </div>
          {preview.error && <ErrorAlert error={preview.error} title="The preview failed:" />}
          {preview.data && (
            <div className="alert alert-info small" role="status" data-testid="import-preview">
              Preview of {preview.data.length} instance{preview.data.length === 1 ? '' : 's'}: {wouldImport} would be imported, {preview.data.length - wouldImport} would be refused. Nothing
              was written.
            </div>
          )}
          {criteria && (criteria.kind === 'amiId' || criteria.kind === 'amiName') && criteria.value && <ImportAllPanel key={JSON.stringify(criteria)} criteria={criteria} />}
          {run.total > 0 && <ImportProgress items={run.items} done={run.done} running={run.running} onCancel={run.cancel} />}
          <DiscoveredInstancesTable instances={instances} selected={selected} onToggle={toggle} onToggleAll={toggleAll} verdicts={verdicts} disabled={busy} />
        </section>
      )}
      <UnregisteredWorkers />
    </>
  );
}
