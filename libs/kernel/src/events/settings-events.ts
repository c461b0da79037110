/** Events of the settings module: runtime settings an admin changed (docs/settings.md, ADR 0048). */

/** One setting's change, its values as JSON text (settings hold no secrets). */
export interface SettingChangePayload {
  /** The setting (GET /api/settings), e.g. `idleTimeoutMinutes`. */
  setting: string;
  /** The environment variable whose value it overrides, e.g. `IDLE_TIMEOUT_MINUTES`. */
  variable: string;
  /** The value in force before, as JSON (`null`: none). */
  from: string;
  /** The value in force from now on, as JSON (`null`: none). */
  to: string;
  /** True when the change went back to the environment's value. */
  reset: boolean;
}

export interface SettingsEvents {
  /** An admin changed runtime settings; every replica uses the new values without a restart. */
  'settings.changed': {
    version: number;
    /** Who changed them (the admin's name; the envelope's actor says the same), so the event log's listing shows it. */
    changedBy: string;
    changes: SettingChangePayload[];
  };
}
