import { errorCatalogue, type FieldError } from '#kernel';

/**
 * Codes of the platform: what the HTTP layer itself refuses (bad input, unknown routes, bodies it
 * cannot read) and the dependencies every module shares being away. The problem-details filter
 * builds most of them from framework errors.
 */
export const PlatformErrors = errorCatalogue({
  requestInvalid: {
    code: 'REQUEST.INVALID',
    kind: 'invalid',
    meaning: 'The request breaks the schema of its route (a field, a query parameter, the JSON of the body); `errors` lists each field and what to fix.',
    build: (problem: string | FieldError[]) =>
      typeof problem === 'string'
        ? problem
        : { message: `The request is invalid: ${problem.map((e) => e.messages.join('; ')).join('; ')}.`, fieldErrors: problem },
  },
  routeNotFound: {
    code: 'ROUTE.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No route answers this method and path.',
    build: (method: string, path: string) => `No route ${method} ${path}.`,
  },
  requestTooLarge: {
    code: 'REQUEST.TOO_LARGE',
    kind: 'too-large',
    meaning: 'The request body is larger than the API reads.',
    build: () => 'The request body is too large.',
  },
  unsupportedMediaType: {
    code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    kind: 'unsupported-media-type',
    meaning: 'The request body comes in a character set or encoding the API does not read; send UTF-8 JSON.',
    build: (problem: string) => problem,
  },
  databaseUnavailable: {
    code: 'DATABASE.UNAVAILABLE',
    kind: 'unavailable',
    meaning: 'MongoDB cannot be reached; retry in a moment.',
    build: () => 'The database cannot be reached right now; try again in a moment.',
  },
  storeUnavailable: {
    code: 'STORE.UNAVAILABLE',
    kind: 'unavailable',
    meaning: 'Redis (sessions, leases, throttles) cannot be reached; retry in a moment.',
    build: () => 'The shared session and lease store (Redis) cannot be reached right now; try again in a moment.',
  },
  internal: {
    code: 'INTERNAL',
    kind: 'internal',
    meaning: 'A fault on our side; the log holds the details under the request id the answer quotes.',
    build: (traceId: string) => `Something went wrong on our side. Quote request id ${traceId} when reporting it.`,
  },
});
