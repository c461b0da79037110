import { useEffect, useId, useRef, useState } from 'react';

export interface ChoosableColumn {
  id: string;
  label: string;
  /** Always shown (the columns that make the table what it is); listed, not offered. */
  required?: boolean;
}

/**
 * "Columns": which columns a table shows. By default the table fits the window (lower-priority
 * columns hide on narrow ones); ticking or unticking a column makes the choice the person's own,
 * kept in this browser, until they go back to fitting the window.
 */
export function ColumnChooser({
  columns,
  visible,
  custom,
  onChange,
  onReset,
  label = 'Columns',
}: {
  columns: readonly ChoosableColumn[];
  visible: ReadonlySet<string>;
  /** Whether the person chose the columns (true) or the table fits the window (false). */
  custom: boolean;
  onChange: (visible: string[]) => void;
  onReset: () => void;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const hidden = columns.filter((c) => !c.required && !visible.has(c.id)).length;
  const toggle = (columnId: string) => onChange(columns.filter((c) => c.required || (c.id === columnId ? !visible.has(c.id) : visible.has(c.id))).map((c) => c.id));

  return (
    <div className="position-relative d-inline-block" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn-sm btn-outline-secondary text-nowrap"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {hidden > 0 && <span className="text-body-secondary">{` (${hidden} hidden)`}</span>}
      </button>
      {open && (
        <div id={`${id}-panel`} role="group" aria-label={`${label} to show`} className="dropdown-menu show p-3 shadow-sm end-0" style={{ minWidth: 260, right: 0, left: 'auto' }}>
          <p className="small text-body-secondary mb-2">
            {custom ? 'Your choice, kept in this browser.' : 'Fitting the window: columns that do not fit are hidden.'}
          </p>
          {columns.map((c) => (
            <div key={c.id} className="form-check">
              <input
                id={`${id}-${c.id}`}
                type="checkbox"
                className="form-check-input"
                checked={c.required || visible.has(c.id)}
                disabled={c.required}
                onChange={() => toggle(c.id)}
              />
              <label htmlFor={`${id}-${c.id}`} className="form-check-label">
                {c.label}
                {c.required && <span className="text-body-secondary small"> (always shown)</span>}
              </label>
            </div>
          ))}
          {custom && (
            <button type="button" className="btn btn-link btn-sm px-0 mt-2" onClick={onReset}>
              Fit the columns to the window
            </button>
          )}
        </div>
      )}
    </div>
  );
}
