import { memo } from 'react';

/** A percent as a bar: green, yellow from 70 %, red from 90 %. `compact` for tables with many columns. */
export const UsageBar = memo(function UsageBar({ label, value, compact = false }: { label: string; value: number | undefined; compact?: boolean }) {
  if (value === undefined || value === null) return <span className="text-body-secondary" aria-label={`${label}: no data`}>—</span>;
  const pct = Math.max(0, Math.min(100, value));
  const tone = pct >= 90 ? 'bg-danger' : pct >= 70 ? 'bg-warning' : 'bg-success';
  return (
    <div className={`d-flex align-items-center ${compact ? 'gap-1' : 'gap-2'}`} style={{ minWidth: compact ? 84 : 110 }}>
      <div className="progress flex-grow-1" style={{ height: 8 }} role="progressbar" aria-label={label} aria-valuenow={Math.round(pct)} aria-valuemin={0} aria-valuemax={100}>
        <div className={`progress-bar ${tone}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="small text-nowrap text-end" style={{ minWidth: compact ? 36 : 40 }}>
        {Math.round(pct)} %
      </span>
    </div>
  );
});
