/**
 * The workers table's columns in the order shown. Status, name and idle (what will happen to the
 * worker) are always there, idle right after the name so it is on screen at any width. The others
 * show by default from `minViewport` (CSS pixels of window width), chosen so that the table fits
 * without scrolling at 1280, 1366 and 1440 px (measured with long names, every idle and licence
 * badge): the month's cost and usage figures always (disk, the least asked, with the public IP on
 * wide screens), region from 1366; what a hidden
 * identity column would say is repeated under the worker's name. People may choose their own set
 * (kept in the browser).
 */
export const WORKER_COLUMNS = [
  { id: 'status', label: 'Status', required: true, minViewport: 0 },
  { id: 'name', label: 'Name', required: true, minViewport: 0 },
  { id: 'idle', label: 'Idle', required: true, minViewport: 0 },
  { id: 'region', label: 'Region', minViewport: 1360 },
  { id: 'instanceType', label: 'Instance type', minViewport: 1200 },
  { id: 'publicIp', label: 'Public IP', minViewport: 1600 },
  { id: 'cost', label: 'Cost (month)', minViewport: 0 },
  { id: 'cpu', label: 'CPU', minViewport: 0 },
  { id: 'memory', label: 'Memory', minViewport: 0 },
  { id: 'disk', label: 'Disk', minViewport: 1600 },
  { id: 'nodes', label: 'Nodes', minViewport: 0 },
  { id: 'labs', label: 'Labs', minViewport: 0 },
  { id: 'licence', label: 'License', minViewport: 0 },
] as const satisfies readonly { id: string; label: string; required?: boolean; minViewport: number }[];

export type WorkerColumnId = (typeof WORKER_COLUMNS)[number]['id'];

const IDS: ReadonlySet<string> = new Set(WORKER_COLUMNS.map((c) => c.id));

/** The columns shown by default in a window `viewport` pixels wide. */
export function autoColumns(viewport: number): WorkerColumnId[] {
  return WORKER_COLUMNS.filter((c) => viewport >= c.minViewport).map((c) => c.id);
}

/** A stored choice, checked: known ids only, the required columns always in. Undefined when unusable. */
export function readColumnChoice(stored: unknown): WorkerColumnId[] | undefined {
  if (!Array.isArray(stored) || !stored.every((s) => typeof s === 'string')) return undefined;
  const chosen = new Set(stored.filter((s) => IDS.has(s)));
  return WORKER_COLUMNS.filter((c) => ('required' in c && c.required) || chosen.has(c.id)).map((c) => c.id);
}
