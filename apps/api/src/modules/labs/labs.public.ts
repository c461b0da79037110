/** What other modules (the jobs module) may use of the labs module. */
export { type LabSyncResult, SyncWorkerLabsCommand } from './application/commands/sync-worker-labs/sync-worker-labs.command.js';
