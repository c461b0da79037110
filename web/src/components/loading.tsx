/** A spinner with words, announced politely to screen readers. */
export function Loading({ label = 'Loading…', className = '' }: { label?: string; className?: string }) {
  return (
    <div className={`d-flex align-items-center gap-2 text-body-secondary py-3 ${className}`} role="status" aria-live="polite">
      <span className="spinner-border spinner-border-sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** Moved to ./empty-state; re-exported so existing imports keep working. */
export { EmptyState } from './empty-state';
