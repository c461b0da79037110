import type { RuntimeSettings } from './runtime-settings.aggregate.js';

/** Where the runtime settings are kept (one document). */
export abstract class RuntimeSettingsRepository {
  /** The settings, or the initial ones (nothing overridden, version 0) when nobody changed anything yet. */
  abstract load(): Promise<RuntimeSettings>;
  /** Saves the changes; a concurrent write surfaces as ConcurrencyError. */
  abstract save(settings: RuntimeSettings): Promise<void>;
  /** Runs `task` once the store is reachable, and again after each reconnection (failures are logged). */
  abstract whenReachable(name: string, task: () => Promise<void>): void;
}
