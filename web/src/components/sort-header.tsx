import type { ReactNode } from 'react';

/** A column header that sorts a server-sorted table; `sort` is "field" or "-field". */
export function SortHeader({ field, sort, onSort, children, className }: { field: string; sort: string; onSort: (sort: string) => void; children: ReactNode; className?: string }) {
  const active = sort.replace(/^-/, '') === field;
  const descending = active && sort.startsWith('-');
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className="btn btn-link btn-sm p-0 text-reset text-decoration-none fw-semibold text-nowrap"
        onClick={() => onSort(active && !descending ? `-${field}` : field)}
        title={`Sort by ${typeof children === 'string' ? children.toLowerCase() : field}`}
      >
        {children}
        <span aria-hidden="true" className="ms-1 text-body-secondary">
          {active ? (descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
