import type { LabListFilter } from '../../lab.view.js';

/** Lab records across the fleet, or of one worker (`workerMustExist`: an unknown worker is 404, not an empty page). */
export class ListLabsQuery {
  constructor(
    readonly filter: LabListFilter,
    readonly workerMustExist = false,
  ) {}
}
