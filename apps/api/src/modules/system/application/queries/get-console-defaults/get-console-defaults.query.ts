/** What a console form starts from: the regions this deployment manages and the configured defaults. */
export interface ConsoleDefaults {
  regions: string[];
  defaultRegion: string;
  provisioning: {
    instanceType: string;
    /** Region -> AMI id, for regions that have one configured. */
    amiIds: Record<string, string>;
    /** AMI name pattern used where a region has no AMI id. */
    amiName?: string;
    /** The rule a new worker's name must follow, so a form checks exactly what the server checks. */
    workerName: {
      minLength: number;
      maxLength: number;
      /** A JavaScript regular expression (source, no flags) the trimmed name must match. */
      pattern: string;
      allowedCharacters: string;
    };
  };
  idle: {
    enabled: boolean;
    timeoutMinutes: number;
    warningLeadMinutes: number;
    startGraceMinutes: number;
    checkIntervalSeconds: number;
  };
  labs: {
    /** The largest topology upload the API takes (bytes). */
    uploadMaxBytes: number;
  };
}

export class GetConsoleDefaultsQuery {}
