import type { InstanceState } from './worker-status.value-object.js';

/** Instances in these states are gone or going: never imported. */
export const NOT_IMPORTABLE_STATES: readonly InstanceState[] = ['shutting-down', 'terminated'];

/** How instances to import (or to discover) are chosen. */
export interface ImportSelection {
  instanceId?: string;
  amiId?: string;
  amiName?: string;
  /** Only for a single import: the worker's name. */
  name?: string;
  /** Import every matching instance instead of one. */
  all?: boolean;
}

/**
 * What is wrong with a selection, or undefined when it is sound. An import names exactly one of
 * instance id, AMI id or AMI name (`required`); a discovery at most one. `all` takes every
 * instance of an AMI, so it goes with neither an instance id nor a worker name.
 */
export function importSelectionProblem(selection: ImportSelection, required: boolean): string | undefined {
  const given = [selection.instanceId, selection.amiId, selection.amiName].filter(Boolean).length;
  if (given > 1 || (required && given === 0)) return `Give ${required ? 'exactly' : 'at most'} one of instanceId, amiId or amiName.`;
  if (selection.all && selection.instanceId) return '`all` imports every instance of an AMI; with instanceId leave it out.';
  if (selection.all && selection.name) return '`name` names a single worker; leave it out when importing all matches.';
  return undefined;
}

/** The name an imported worker gets: the one given, else the instance's Name tag, else `worker-<instance id>`. */
export function importedWorkerName(instance: { instanceId: string; name?: string }, given?: string): string {
  return given?.trim() || instance.name?.trim() || `worker-${instance.instanceId}`;
}

/** Whether an instance can be imported, and why not; `owner` is the worker already managing it. */
export type Importability = { importable: true } | { importable: false; reason: string; owner?: { id: string; name: string } };

export function importability(instance: { state: string }, owner?: { id: string; name: string }): Importability {
  if (owner) return { importable: false, reason: `already managed as worker ${owner.name}`, owner };
  if (isGone(instance.state)) return { importable: false, reason: `instance is ${instance.state}` };
  return { importable: true };
}

/** True for an instance that is terminated or being terminated (never imported). */
export function isGone(state: string): boolean {
  return NOT_IMPORTABLE_STATES.includes(state as InstanceState);
}
