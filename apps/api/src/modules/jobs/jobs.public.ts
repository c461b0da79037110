/**
 * What other modules may use of the jobs module: the catalogue they contribute a job of their own
 * to (the notifications module's delivery job), and what a job is.
 */
export { BusJobCatalog as JobRegistry } from './application/bus-job-catalog.js';
export type { JobDefinition } from './application/job-definition.js';
