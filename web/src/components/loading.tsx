/** A spinner with words, announced politely to screen readers. */
export function Loading({ label = 'Loading…', className = '' }: { label?: string; className?: string }) {
  return (
    <div className={`d-flex align-items-center gap-2 text-body-secondary py-3 ${className}`} role="status" aria-live="polite">
      <span className="spinner-border spinner-border-sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="text-center text-body-secondary py-5 border rounded bg-body-tertiary">
      <p className="fw-semibold mb-1">{title}</p>
      {children && <div className="small">{children}</div>}
    </div>
  );
}
