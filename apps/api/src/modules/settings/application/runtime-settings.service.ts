import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import type { RuntimeSettings } from '../domain/runtime-settings.aggregate.js';
import { RuntimeSettingsRepository } from '../domain/runtime-settings.repository.port.js';
import { SettingsSignal } from './ports/settings-signal.port.js';
import { SETTINGS, type SettingDefinition } from './setting-catalogue.js';

/**
 * The one writer of the runtime settings into the configuration every module reads (ADR 0048).
 * It keeps the environment's values from boot, and lays the stored settings over them: once the
 * database is reachable at start (and after a reconnection), right after a change on this instance, on a change notice from another instance, and on a timer
 * (SETTINGS_REFRESH_SECONDS) for a notice that got lost. Consumers read `AppConfig` at the moment
 * they decide (never a copy from construction), so a change takes effect at their next decision;
 * jobs take their intervals from the configuration at every tick, so they re-arm by themselves.
 */
@Injectable()
export class RuntimeSettingsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RuntimeSettings');
  private readonly environment = new Map<string, unknown>();
  private appliedVersion = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly repository: RuntimeSettingsRepository,
    private readonly signal: SettingsSignal,
  ) {
    for (const def of SETTINGS) this.environment.set(def.name, structuredClone(def.read(config)));
  }

  onModuleInit(): void {
    // As soon as the database answers (and after every reconnection): the boot never waits for it
    // (the connection is lazy), and until then the environment's values are in force.
    this.repository.whenReachable('Runtime settings', async () => {
      await this.refresh();
      // The timer starts once the database has answered: a read before would open the lazy connection outside the supervisor's care.
      this.timer ??= setInterval(() => void this.refresh().catch(() => undefined), this.config.settings.refreshSeconds * 1000);
      this.timer.unref();
    });
    this.unsubscribe = this.signal.subscribe(() => void this.refresh().catch((err: unknown) => this.logger.warn(`Re-reading the runtime settings failed: ${(err as Error).message}`)));
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** The environment's value of a setting (its default). */
  environmentValue(def: SettingDefinition): unknown {
    return structuredClone(this.environment.get(def.name));
  }

  /** The value in force on this instance. */
  effectiveValue(def: SettingDefinition): unknown {
    return structuredClone(def.read(this.config));
  }

  /** The version this instance has applied (-1: none yet). */
  get version(): number {
    return this.appliedVersion;
  }

  /** Reads the stored settings and applies them; one refresh at a time, so an older read never wins. */
  refresh(): Promise<RuntimeSettings> {
    const next = this.queue.then(async () => {
      const settings = await this.repository.load();
      this.apply(settings);
      return settings;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Tells the other instances about a change this one made (after applying it here). */
  announce(version: number): void {
    this.signal.publish(version);
  }

  private apply(settings: RuntimeSettings): void {
    if (settings.version === this.appliedVersion) return;
    const overrides = settings.overrides();
    for (const def of SETTINGS) {
      const value = Object.hasOwn(overrides, def.name) ? overrides[def.name] : this.environment.get(def.name);
      def.write(this.config, structuredClone(value));
    }
    if (this.appliedVersion >= 0 || Object.keys(overrides).length) this.logger.log(`Runtime settings version ${settings.version} in force (${Object.keys(overrides).length} overriding the environment)`);
    this.appliedVersion = settings.version;
  }
}
