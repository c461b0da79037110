import { useMemo } from 'react';
import { useStoredState } from '../../../components/use-stored-state';
import { useViewportAtLeast } from '../../../components/use-viewport';
import { autoColumns, readColumnChoice, WORKER_COLUMNS, type WorkerColumnId } from '../lib/worker-columns';

/** localStorage key of the chosen columns (versioned: a new layout may read an old choice differently). */
export const WORKER_COLUMNS_KEY = 'ccm.workers.columns.v1';

const BREAKPOINTS = [...new Set<number>(WORKER_COLUMNS.map((c) => c.minViewport).filter((w) => w > 0))];

/** Which workers columns to show: the person's choice if they made one, else what fits the window. */
export function useWorkerColumns() {
  const viewport = useViewportAtLeast(BREAKPOINTS);
  const [chosen, setChosen] = useStoredState<WorkerColumnId[]>(WORKER_COLUMNS_KEY, readColumnChoice);
  const visible = useMemo(() => new Set<WorkerColumnId>(chosen ?? autoColumns(viewport)), [chosen, viewport]);
  return {
    visible: visible as ReadonlySet<WorkerColumnId>,
    custom: chosen !== undefined,
    choose: (ids: string[]) => setChosen(readColumnChoice(ids)),
    reset: () => setChosen(undefined),
  };
}
