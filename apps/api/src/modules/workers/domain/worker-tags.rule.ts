/** Tags the product writes on every worker instance and relies on: they cannot be removed or changed. */
export const MANAGED_BY_TAG = 'ManagedBy';
export const MANAGED_BY_VALUE = 'cml-cloud-manager';
export const WORKER_ID_TAG = 'cml-worker-id';
export const PROTECTED_TAGS: readonly string[] = [MANAGED_BY_TAG, WORKER_ID_TAG];

/** EC2 limits: keys up to 128 characters, values up to 256, no `aws:` prefix. */
export function tagProblems(set: Record<string, string>, remove: string[]): string[] {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(set)) {
    if (PROTECTED_TAGS.includes(k)) problems.push(`tag ${k} is managed by CML Cloud Manager and cannot be changed`);
    if (k.length === 0 || k.length > 128) problems.push(`tag key "${k.slice(0, 40)}" must be 1 to 128 characters`);
    if (k.toLowerCase().startsWith('aws:')) problems.push(`tag key ${k} uses the reserved aws: prefix`);
    if (typeof v !== 'string' || v.length > 256) problems.push(`tag ${k} must have a string value of at most 256 characters`);
  }
  for (const k of remove) {
    if (PROTECTED_TAGS.includes(k)) problems.push(`tag ${k} is managed by CML Cloud Manager and cannot be removed`);
    if (k in set) problems.push(`tag ${k} cannot be both set and removed`);
  }
  return problems;
}
