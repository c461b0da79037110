import type { ConsoleDefaults } from '../../../lib/defaults';
import type { InstanceTypeOption } from '../api/types';

/** The server's naming rule, as `GET /api/system/defaults` hands it out. */
export type WorkerNameRule = ConsoleDefaults['provisioning']['workerName'];

/**
 * Why the server would refuse `name`, or undefined. The rule is the server's own (pattern and limits
 * from the defaults), applied to the trimmed name as the server does, so the two cannot disagree.
 */
export function workerNameProblem(name: string, rule: WorkerNameRule): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length < rule.minLength) return 'Give the worker a name.';
  if (trimmed.length > rule.maxLength) return `At most ${rule.maxLength} characters (this one has ${trimmed.length}).`;
  if (!new RegExp(rule.pattern).test(trimmed)) return `Only ${rule.allowedCharacters}.`;
  return undefined;
}

/**
 * Why the server would refuse the chosen instance type, or undefined: it must be one the region
 * offers (the list the server checks against), and one that can run CML unless launching it anyway
 * was confirmed (the server's allowUnsuitableInstanceType).
 */
export function instanceTypeProblem(chosen: string, offered: readonly InstanceTypeOption[] | undefined, launchAnyway: boolean): string | undefined {
  if (!offered) return 'The instance types of the region are not loaded.';
  if (!chosen) return 'Choose an instance type.';
  const type = offered.find((t) => t.instanceType === chosen);
  if (!type) return `${chosen} is not offered in this region; choose one from the list.`;
  if (!type.suitable && !launchAnyway) return `${chosen} cannot run CML: ${type.unsuitableReason ?? 'no bare metal and no nested virtualisation'}. Choose another type, or confirm that you want it anyway.`;
  return undefined;
}
