import { type ReactNode, useId } from 'react';

/**
 * A button that can be unavailable *with a reason*. It stays focusable and hoverable (aria-disabled
 * rather than disabled), so keyboard and screen-reader users learn why, not just that, it is off.
 */
export function ActionButton({
  children,
  onClick,
  reason,
  variant = 'outline-secondary',
  busy,
  size = 'sm',
}: {
  children: ReactNode;
  onClick: () => void;
  /** Why the action is not available now; undefined when it is. */
  reason?: string;
  variant?: string;
  busy?: boolean;
  size?: 'sm' | 'md';
}) {
  const reasonId = useId();
  const unavailable = reason !== undefined || busy;
  return (
    <>
      <button
        type="button"
        className={`btn btn-${variant} ${size === 'sm' ? 'btn-sm' : ''} ${unavailable ? 'opacity-50' : ''}`}
        style={unavailable ? { cursor: 'not-allowed' } : undefined}
        aria-disabled={unavailable || undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason}
        onClick={unavailable ? undefined : onClick}
      >
        {busy && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
        {children}
      </button>
      {reason && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
    </>
  );
}
