import type { ReactNode } from 'react';
import { ActionButton } from './action-button';

export interface EmptyStateAction {
  label: string;
  onClick: () => void;
  /** Why the action is unavailable now: the button is then shown disabled with this reason next to it. */
  reason?: string;
  busy?: boolean;
}

/**
 * What an empty list means and what to do about it. An empty state must not invite an action that
 * is unavailable: pass the action with its `reason` and it shows disabled with the reason; write the
 * text (`children`) for the case at hand, e.g. a stopped worker's labs say that labs are read once the
 * worker runs, not "sync now". Leave `action` out for people who may not take it.
 */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: EmptyStateAction }) {
  return (
    <div className="text-center text-body-secondary py-5 border rounded bg-body-tertiary" data-testid="empty-state">
      <p className="fw-semibold mb-1">{title}</p>
      {children && <div className="small">{children}</div>}
      {action && (
        <div className="mt-3">
          <ActionButton variant="outline-primary" reason={action.reason} busy={action.busy} onClick={action.onClick}>
            {action.label}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
