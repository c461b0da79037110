/** True for MongoDB's duplicate-key error (E11000). */
export function isDuplicateKeyError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/** The index a duplicate-key error names (from `keyPattern` or, on servers that omit it, the message). */
export function duplicateKeyIndex(err: unknown): string | undefined {
  const e = err as { keyPattern?: Record<string, unknown>; message?: string };
  if (e.keyPattern) return Object.keys(e.keyPattern).join('_');
  return /index: (\S+)/.exec(e.message ?? '')?.[1]?.replace(/_-?1(?=_|$)/g, '');
}

/** Thrown by `insert` when a unique index refuses the new aggregate; callers turn it into a domain error. */
export class DuplicateAggregateError extends Error {
  constructor(
    readonly aggregateType: string,
    readonly index: string | undefined,
  ) {
    super(`A ${aggregateType} with the same ${index ?? 'key'} already exists`);
    this.name = 'DuplicateAggregateError';
  }
}
