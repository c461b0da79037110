import { DomainError, type DomainErrorExtras, type ErrorKind } from './domain-error.js';

/** What a constructor builds from its arguments: the message and what goes with it. */
export interface ErrorContent extends DomainErrorExtras {
  message: string;
  details?: Record<string, unknown>;
  /** One of the entry's `otherKinds`, for the case that differs from the usual one. */
  kind?: ErrorKind;
}

/** One code of a catalogue: what it is, what it means, and how its message is built. */
export interface ErrorEntry<A extends unknown[] = never[]> {
  code: string;
  kind: ErrorKind;
  /** Kinds some cases take instead of `kind` (each named in `meaning`). */
  otherKinds?: readonly ErrorKind[];
  /** What the code means and what a client can do about it; docs/api.md lists it. */
  meaning: string;
  build: (...args: A) => string | ErrorContent;
}

/** The constructor of one code: call it to get the error; it also says what it builds. */
export interface ErrorConstructor<A extends unknown[] = never[], C extends string = string> {
  (...args: A): DomainError;
  readonly code: C;
  readonly kind: ErrorKind;
  readonly otherKinds: readonly ErrorKind[];
  readonly meaning: string;
  /** True for an error with this code, whoever built it. */
  is(error: unknown): error is DomainError;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry declares its own parameters
type AnyEntry = ErrorEntry<any>;

/** A module's catalogue: one constructor per code. */
export type ErrorCatalogue<E extends Record<string, AnyEntry> = Record<string, AnyEntry>> = {
  readonly [K in keyof E]: ErrorConstructor<Parameters<E[K]['build']>, E[K]['code']>;
};

/**
 * Turns a module's entries into its catalogue of constructors, e.g.
 * `WorkerErrors.notFound(id)` -> `DomainError('WORKER.NOT_FOUND', 'not-found', 'Worker ... does not exist.')`.
 */
export function errorCatalogue<const E extends Record<string, AnyEntry>>(entries: E): ErrorCatalogue<E> {
  const catalogue: Record<string, ErrorConstructor<unknown[]>> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const otherKinds = entry.otherKinds ?? [];
    const construct = (...args: unknown[]): DomainError => {
      const built = entry.build(...(args as never[]));
      const content: ErrorContent = typeof built === 'string' ? { message: built } : built;
      const kind = content.kind ?? entry.kind;
      if (kind !== entry.kind && !otherKinds.includes(kind)) throw new Error(`${entry.code} is declared ${entry.kind}, not ${kind}`);
      return new DomainError(entry.code, kind, content.message, content.details, { headers: content.headers, fieldErrors: content.fieldErrors });
    };
    catalogue[name] = Object.assign(construct, {
      code: entry.code,
      kind: entry.kind,
      otherKinds,
      meaning: entry.meaning,
      is: (error: unknown): error is DomainError => error instanceof DomainError && error.code === entry.code,
    });
  }
  return catalogue as unknown as ErrorCatalogue<E>;
}

