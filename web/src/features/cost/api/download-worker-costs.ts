/**
 * The month per worker as CSV (GET /api/cost/workers.csv): a plain link, so the browser downloads
 * the server's attachment ("cost-2026-12.csv") with the session cookie; no script reads it.
 */
export function workerCostsCsvUrl(month: string): string {
  return `/api/cost/workers.csv?month=${encodeURIComponent(month)}`;
}
