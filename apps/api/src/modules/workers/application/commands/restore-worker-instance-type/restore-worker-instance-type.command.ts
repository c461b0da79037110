/**
 * Changes a stopped worker back to its own instance type when a start's capacity fallback left it on
 * another one and the policy says so (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE); sent by whatever saw
 * EC2 report the instance stopped (the status follow, the collection cycle, a refresh).
 */
export class RestoreWorkerInstanceTypeCommand {
  constructor(readonly workerId: string) {}
}
