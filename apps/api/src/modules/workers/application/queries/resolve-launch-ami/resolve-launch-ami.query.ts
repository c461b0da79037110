import type { AmiChoice } from '../../launch-ami-resolver.service.js';

export class ResolveLaunchAmiQuery {
  constructor(
    readonly region: string,
    readonly criteria: { amiId?: string; amiName?: string },
  ) {}
}

/** The AMI a launch with these criteria would use now. */
export interface ResolvedLaunchAmi {
  region: string;
  amiId: string;
  name: string;
  description?: string;
  /** ISO 8601. */
  creationDate?: string;
  chosenBy: AmiChoice;
  /** The name pattern searched, when found by name. */
  namePattern?: string;
}
