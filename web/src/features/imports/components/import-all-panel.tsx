import { Link } from 'react-router';
import { ActionButton } from '../../../components/action-button';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useImportAll, usePreviewImportAll } from '../api/import-all';
import type { DiscoveryCriteria, ImportResult } from '../api/types';

type Outcome = 'imported' | 'would import' | 'skipped' | 'failed';
const TONE: Record<Outcome, string> = { imported: 'success', 'would import': 'info', skipped: 'secondary', failed: 'danger' };

interface Row {
  instanceId: string;
  outcome: Outcome;
  text: string;
  workerId?: string;
  workerName?: string;
}

/** One row per instance the server reported: imported (or would be), failed with its error, skipped with its reason. */
function rowsOf(result: ImportResult): Row[] {
  return [
    ...result.imported.map((i) => ({ instanceId: i.instanceId, outcome: (result.dryRun ? 'would import' : 'imported') as Outcome, text: `as "${i.name}" (${i.state})`, workerId: i.workerId, workerName: i.name })),
    ...result.failed.map((f) => ({ instanceId: f.instanceId, outcome: 'failed' as Outcome, text: f.message })),
    ...result.skipped.map((s) => ({ instanceId: s.instanceId, outcome: 'skipped' as Outcome, text: s.reason, workerId: s.workerId })),
  ];
}

/** "2 imported, 1 failed, 1 skipped of 4 found." (failures named only when there are some). */
function outcomeSummary(result: ImportResult): string {
  const failed = result.failed.length;
  return `${result.imported.length} imported, ${failed ? `${failed} failed, ` : ''}${result.skipped.length} skipped of ${result.totalFound} found.`;
}

/**
 * Import every instance of an AMI at once (the API's `all`): a dry run first, which lists what
 * would be imported and what skipped and why, then the import itself, with every instance's
 * outcome. An instance the server could not record is failed with its reason while the others go
 * ahead. When the request as a whole fails (AWS could not be read), the instances the preview would
 * have imported are marked failed with that reason, and the search shows which became managed.
 */
export function ImportAllPanel({ criteria }: { criteria: DiscoveryCriteria }) {
  const preview = usePreviewImportAll();
  const run = useImportAll();
  const notify = useNotify();
  const what = criteria.kind === 'amiId' ? `AMI ${criteria.value}` : `AMIs named like "${criteria.value}"`;
  const wouldImport = preview.data?.imported.length ?? 0;

  const rows: Row[] | undefined = run.data
    ? rowsOf(run.data)
    : run.error && preview.data
      ? [
          ...preview.data.imported.map((i) => ({ instanceId: i.instanceId, outcome: 'failed' as Outcome, text: `not confirmed: ${errorMessage(run.error)}` })),
          ...rowsOf({ ...preview.data, imported: [] }),
        ]
      : preview.data
        ? rowsOf(preview.data)
        : undefined;

  const importReason = !preview.data ? 'Preview first (dry run).' : wouldImport === 0 ? 'The preview found nothing to import.' : run.data ? 'Done; search again to import more.' : undefined;
  const doImport = () =>
    run.mutate(criteria, {
      onSuccess: (r) =>
        notify(
          r.failed.length ? 'danger' : r.skipped.length ? 'warning' : 'success',
          `Imported ${r.imported.length} of ${r.totalFound} instances of ${what}; ${r.failed.length ? `${r.failed.length} failed, ` : ''}${r.skipped.length} skipped.`,
        ),
      onError: (err) => notify('danger', `Importing every match stopped: ${errorMessage(err)}`),
    });

  return (
    <section className="card card-body mb-3" aria-labelledby="import-all-title">
      <h2 id="import-all-title" className="h6">
        Import every instance of {what} in {criteria.region}
      </h2>
      <p className="small text-body-secondary mb-2">Instances already managed, terminated or shutting down are skipped, each with the reason. Preview first: it writes nothing.</p>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <ActionButton
          variant="outline-primary"
          size="md"
          reason={run.isPending ? 'The import is running.' : undefined}
          busy={preview.isPending}
          onClick={() => {
            run.reset();
            preview.mutate(criteria);
          }}
        >
          Preview importing all (dry run)
        </ActionButton>
        <ActionButton variant="primary" size="md" reason={importReason} busy={run.isPending} onClick={doImport}>
          {preview.data ? `Import all ${wouldImport}` : 'Import all'}
        </ActionButton>
      </div>
      {preview.error && <ErrorAlert error={preview.error} title="The preview failed:" />}
      {run.error && <ErrorAlert error={run.error} title="Importing every match stopped; some may have been imported before it did (search again to see which are managed):" />}
      {rows && (
        <>
          <p className="small mb-2" role="status" data-testid="import-all-summary">
            {run.data
              ? outcomeSummary(run.data)
              : run.error
                ? `${preview.data!.imported.length} failed, ${preview.data!.skipped.length} skipped.`
                : `Preview: ${wouldImport} would be imported, ${preview.data!.skipped.length} skipped of ${preview.data!.totalFound} found. Nothing was written.`}
          </p>
          <table className="table table-sm align-middle mb-0" aria-label="Outcome per instance">
            <thead>
              <tr>
                <th scope="col">Instance</th>
                <th scope="col">Outcome</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.instanceId} data-testid={`import-all-${r.instanceId}`}>
                  <td className="font-monospace small">{r.instanceId}</td>
                  <td>
                    <span className={`badge text-bg-${TONE[r.outcome]}`}>{r.outcome}</span>
                  </td>
                  <td className="small">
                    {r.outcome === 'imported' && r.workerId ? (
                      <>
                        as <Link to={`/workers/${r.workerId}`}>{r.workerName}</Link>
                      </>
                    ) : (
                      r.text
                    )}
                    {r.outcome === 'skipped' && r.workerId && (
                      <>
                        {' '}
                        (<Link to={`/workers/${r.workerId}`}>its worker</Link>)
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
