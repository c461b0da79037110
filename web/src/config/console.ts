/** Settings of the console itself (the server's settings come from GET /api/system/defaults). */

/** How long before the session ends the "stay signed in" warning appears. */
export const SESSION_WARNING_MINUTES = 5;

/** Rows per page offered for server-paged lists; the API allows up to 500. */
export const PAGE_SIZES = [25, 50, 100];

/** After this long without key, pointer, wheel or touch input, the console's reads no longer extend the session. */
export const USER_IDLE_AFTER_MS = 60_000;

/** Live stream reconnection: first delay, doubled per failure up to the maximum (plus jitter). */
export const STREAM_RETRY_BASE_MS = 1_000;
export const STREAM_RETRY_MAX_MS = 30_000;

/** How often a worker's page re-reads a running stop or terminate (its steps and progress). */
export const OPERATION_POLL_MS = 2_000;

/** How often the workers table re-reads the current step of a worker that is being stopped or terminated. */
export const OPERATION_LIST_POLL_MS = 5_000;

/**
 * A worker's status change moves the cost figures; the cost page and budgets are read again this
 * long after the last of a burst of changes (a fleet that stops at 18:00 refetches once, not per worker).
 */
export const COST_REFRESH_DELAY_MS = 10_000;
