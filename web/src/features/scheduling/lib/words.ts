import type { ScheduleBehaviour } from '../api/scheduling-api';

export const BEHAVIOURS: { value: ScheduleBehaviour; label: string; help: string }[] = [
  { value: 'start-stop', label: 'Start and stop', help: 'Starts the workers when a period opens and stops them when it closes.' },
  { value: 'start-only', label: 'Start only', help: 'Starts them when a period opens; never stops them (the idle detector or a runtime limit may).' },
  { value: 'stop-only', label: 'Stop only', help: 'Stops them when a period closes; never starts them.' },
];

/** "team=ccna|ccnp, site=berlin". */
export function describeSelector(selector: Record<string, string[]> | undefined): string | undefined {
  if (!selector || Object.keys(selector).length === 0) return undefined;
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v.join('|')}`)
    .join(', ');
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
