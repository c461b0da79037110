import { useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import { formatUsd } from '../../../lib/format';
import type { Budget } from '../api/cost-types';
import { useCreateBudget } from '../api/create-budget';
import { useDeleteBudget } from '../api/delete-budget';
import { useBudgets } from '../api/list-budgets';
import { useUpdateBudget } from '../api/update-budget';
import { BudgetBar } from '../components/budget-bar';
import { BudgetForm } from '../components/budget-form';
import { CostNav } from '../components/cost-nav';
import { EstimateNote } from '../components/estimate-note';
import { describeScope } from '../lib/cost-words';
import { formatMonth, isMonth, monthOf } from '../lib/month';

/** What a budget does, in one line: its amount, thresholds and whether it stops workers. */
function describeRules(b: Budget): string {
  const notify = b.thresholdsPercent.length ? `notifies at ${b.thresholdsPercent.map((t) => `${t} %`).join(', ')}` : 'notifies at no threshold';
  const stop = b.stopAtLimit ? (b.hard ? 'stops its workers at the limit, inside reservations too' : 'stops its workers at the limit, except inside reservations') : 'stops no worker';
  return `${formatUsd(b.monthlyUsd)} per month; ${notify}; ${stop}.`;
}

/** Monthly budgets with their status this month; admins create, change and delete them. */
export default function BudgetsPage() {
  usePageTitle('Budgets', 'Cost');
  const [params] = useSearchParams();
  const month = isMonth(params.get('month')) ? params.get('month')! : monthOf();
  const isAdmin = useHasRole('admin');
  const notify = useNotify();
  const budgets = useBudgets(month);
  const create = useCreateBudget();
  const update = useUpdateBudget();
  const remove = useDeleteBudget();
  const [editing, setEditing] = useState<Budget | 'new'>();
  const [deleting, setDeleting] = useState<Budget>();

  return (
    <div style={{ maxWidth: 1100 }}>
      <h1 className="h3">Cost</h1>
      <CostNav />
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <h2 className="h5 mb-0 me-auto">Budgets in {formatMonth(month)}</h2>
        {isAdmin && (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            New budget
          </button>
        )}
      </div>
      <EstimateNote />
      {budgets.error && <ErrorAlert error={budgets.error} title="The budgets could not be loaded." />}
      {budgets.isPending && <Loading label="Loading the budgets…" />}
      {budgets.data?.length === 0 && (
        <EmptyState title="No budgets yet." action={isAdmin ? { label: 'New budget', onClick: () => setEditing('new') } : undefined}>
          A budget notifies at its thresholds and can stop the workers it covers at its limit.{!isAdmin && ' Administrators create them.'}
        </EmptyState>
      )}
      {budgets.data && budgets.data.length > 0 && (
        <ul className="list-unstyled" aria-label="Budgets">
          {budgets.data.map((b) => (
            <li key={b.id} className="card mb-2" data-testid="budget">
              <div className="card-body py-2">
                <div className="d-flex flex-wrap align-items-baseline gap-2">
                  <h3 className="h6 mb-0">{b.name}</h3>
                  <span className="small text-body-secondary me-auto">{describeScope(b.scope)}</span>
                  {isAdmin && (
                    <>
                      <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setEditing(b)} aria-label={`Edit ${b.name}`}>
                        Edit
                      </button>
                      <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setDeleting(b)} aria-label={`Delete ${b.name}`}>
                        Delete
                      </button>
                    </>
                  )}
                </div>
                <p className="small text-body-secondary mb-1">{describeRules(b)}</p>
                <BudgetBar budget={b} />
                <p className="small text-body-secondary mb-0 mt-1">
                  {b.status.workers.toLocaleString()} {b.status.workers === 1 ? 'worker' : 'workers'} covered
                  {b.status.stoppedWorkers > 0 && `, ${b.status.stoppedWorkers.toLocaleString()} stopped by this budget`}
                  {b.status.crossedPercent.length > 0 && `; crossed ${b.status.crossedPercent.map((p) => `${p} %`).join(', ')}`}. <Link to={`/cost?month=${month}`}>See the month</Link>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Modal show={editing !== undefined} onHide={() => setEditing(undefined)} aria-labelledby="budget-dialog-title" size="lg">
        <Modal.Header closeButton>
          <Modal.Title id="budget-dialog-title" as="h2" className="h5">
            {editing === 'new' ? 'New budget' : `Edit ${editing?.name ?? ''}`}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {editing !== undefined && (
            <BudgetForm
              budget={editing === 'new' ? undefined : editing}
              onCancel={() => setEditing(undefined)}
              onSave={async (input) => {
                const saved = editing === 'new' ? await create.mutateAsync(input) : await update.mutateAsync({ id: editing.id, ...input });
                notify('success', `Budget ${saved.name} saved: ${formatUsd(saved.monthlyUsd)} per month.`);
                setEditing(undefined);
              }}
            />
          )}
        </Modal.Body>
      </Modal>
      {deleting && (
        <ConfirmDialog
          show
          title={`Delete the budget ${deleting.name}?`}
          confirmLabel={`Delete ${deleting.name}`}
          onClose={() => setDeleting(undefined)}
          onConfirm={() => remove.mutateAsync(deleting.id).then(() => notify('success', `Budget ${deleting.name} deleted.`))}
        >
          No more notices for {describeScope(deleting.scope)} at {deleting.thresholdsPercent.length ? deleting.thresholdsPercent.map((t) => `${t} %`).join(', ') : 'its limit'} of {formatUsd(deleting.monthlyUsd)}
          {deleting.stopAtLimit ? ', and it no longer stops their workers at the limit' : ''}. The cost figures do not change.
        </ConfirmDialog>
      )}
    </div>
  );
}
