/** A lab's topology as CML exports it (YAML). */
export class DownloadLabQuery {
  constructor(
    readonly workerId: string,
    readonly labId: string,
  ) {}
}

export interface LabTopologyFile {
  /** The lab's title, for the file name (not yet made safe for a header). */
  title: string;
  yaml: string;
}
