/**
 * Responses are made by presenters (`modules/<m>/interface/http/*.presenter.ts`): functions that
 * copy, field by field, what the response DTO declares and nothing else, so a field added to a
 * domain state or a stored document never reaches the wire on its own. A presenter's result is
 * marked; controllers return `Presented<Dto>`, and PresentedOnlyExpressAdapter refuses a JSON body
 * that no presenter made (`apps/api/src/bootstrap/response-presenters.spec.ts` holds every
 * presenter to its DTO's schema in the OpenAPI document).
 */
const PRESENTED: unique symbol = Symbol('ccm.presented');

/** A response body made by a presenter: exactly the fields of `T`. */
export type Presented<T> = T & { readonly [PRESENTED]: true };

/**
 * Marks `body` as presented (an invisible, non-enumerable mark: JSON leaves it out). Give the DTO
 * type explicitly, `present<WorkerResponse>({...})`, so the compiler refuses a field it does not declare.
 */
export function present<T extends object>(body: T): Presented<T> {
  Object.defineProperty(body, PRESENTED, { value: true });
  return body as Presented<T>;
}

/** Presents every item (a JSON array answer). */
export function presentAll<I, T extends object>(items: readonly I[], presenter: (item: I) => T): Presented<T[]> {
  return present(items.map((item) => presenter(item)));
}

/** True for a body a presenter made. */
export function isPresented(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { [PRESENTED]?: true })[PRESENTED] === true;
}
