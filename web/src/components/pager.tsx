/**
 * Page controls for a server-paged list: "21–40 of 1,000", previous / next, page size. `lastPage` is
 * the server's last page (it pages no deeper than a bound); without it, the last page of `total`.
 */
export function Pager({
  page,
  pageSize,
  total,
  lastPage,
  onPage,
  onPageSize,
  sizes = [25, 50, 100],
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  lastPage?: number;
  onPage: (page: number) => void;
  onPageSize?: (size: number) => void;
  sizes?: number[];
  label: string;
}) {
  const pages = lastPage ?? Math.max(1, Math.ceil(total / pageSize));
  const reachable = Math.min(total, pages * pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="d-flex flex-wrap align-items-center gap-3 mt-2" aria-label={label}>
      <span className="small text-body-secondary" aria-live="polite">
        {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
        {reachable < total && ` (pages reach the first ${reachable.toLocaleString()}; filter to find the others)`}
      </span>
      <div className="btn-group btn-group-sm">
        <button type="button" className="btn btn-outline-secondary" onClick={() => onPage(1)} disabled={page <= 1} aria-label="First page">
          «
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">
          ‹ Previous
        </button>
        {/* Not a button: pe-none rather than .disabled, whose faded text fails the contrast check (axe: color-contrast). */}
        <span className="btn btn-outline-secondary pe-none" aria-current="page">
          Page {page} of {pages}
        </span>
        <button type="button" className="btn btn-outline-secondary" onClick={() => onPage(page + 1)} disabled={page >= pages} aria-label="Next page">
          Next ›
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => onPage(pages)} disabled={page >= pages} aria-label="Last page">
          »
        </button>
      </div>
      {onPageSize && (
        <label className="d-flex align-items-center gap-1 small">
          Rows per page
          <select className="form-select form-select-sm w-auto" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
    </nav>
  );
}
