import { type ReactNode, useId } from 'react';
import { DisabledReason } from './disabled-reason';

/**
 * A button that can be unavailable *with a reason*. It stays focusable (aria-disabled rather than
 * disabled), looks disabled without lighting up on hover (app/console.css), does nothing when
 * clicked, and says why next to itself in words everyone sees; screen readers get the same words
 * through aria-describedby.
 *
 * In a dense table, where every row would repeat the reason, pass `showReason={false}`: the reason
 * is then in the title and read to screen readers. When one reason covers several buttons, pass
 * `showReason={false}` and `describedBy` on each and show the reason once with `DisabledReason`.
 */
export function ActionButton({
  children,
  onClick,
  reason,
  variant = 'outline-secondary',
  busy,
  size = 'sm',
  showReason = true,
  describedBy,
}: {
  children: ReactNode;
  onClick: () => void;
  /** Why the action is not available now; undefined when it is. */
  reason?: string;
  variant?: string;
  busy?: boolean;
  size?: 'sm' | 'md';
  /** Show the reason as text next to the button (default), or only in its title and description. */
  showReason?: boolean;
  /** The id of a `DisabledReason` shown elsewhere, when the reason is not shown here. */
  describedBy?: string;
}) {
  const reasonId = useId();
  const unavailable = reason !== undefined || Boolean(busy);
  const description = reason ? (showReason || !describedBy ? reasonId : describedBy) : undefined;
  const button = (
    <button
      type="button"
      className={`btn btn-${variant} ${size === 'sm' ? 'btn-sm' : ''} text-nowrap`}
      aria-disabled={unavailable || undefined}
      aria-describedby={description}
      title={showReason ? undefined : reason}
      onClick={unavailable ? undefined : onClick}
    >
      {busy && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
      {children}
    </button>
  );
  if (!reason) return button;
  if (showReason) {
    return (
      <span className="d-inline-flex align-items-center gap-2">
        {button}
        <DisabledReason id={reasonId} reason={reason} />
      </span>
    );
  }
  return (
    <>
      {button}
      {!describedBy && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
    </>
  );
}
