import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ConcurrencyError } from '#kernel';
import type { SettingChange } from '../../../domain/runtime-settings.aggregate.js';
import { RuntimeSettingsRepository } from '../../../domain/runtime-settings.repository.port.js';
import { SettingsErrors } from '../../../domain/settings.errors.js';
import { RuntimeSettingsService } from '../../runtime-settings.service.js';
import { checkSettingsChange } from '../../setting-catalogue.js';
import { ChangeSettingsCommand } from './change-settings.command.js';

/**
 * Checks every value (all problems at once, nothing written on one), then saves them on the version
 * the admin read: a stale version is a 409 and never retried, since the admin decided on what they saw.
 * Then applies them here and tells the other instances.
 */
@CommandHandler(ChangeSettingsCommand)
export class ChangeSettingsHandler implements ICommandHandler<ChangeSettingsCommand, { version: number; changed: number }> {
  constructor(
    private readonly repository: RuntimeSettingsRepository,
    private readonly runtime: RuntimeSettingsService,
    private readonly clock: Clock,
  ) {}

  async execute({ version, values, actor }: ChangeSettingsCommand): Promise<{ version: number; changed: number }> {
    const { values: checked, problems } = checkSettingsChange(values);
    if (problems.length) throw SettingsErrors.invalid(problems);
    const settings = await this.repository.load();
    if (settings.version !== version) throw SettingsErrors.versionConflict(version, settings.version);
    const stored = settings.overrides();
    const changes: SettingChange[] = [...checked].map(([def, value]) => ({
      setting: def.name,
      variable: def.variable,
      value,
      from: Object.hasOwn(stored, def.name) ? stored[def.name] : this.runtime.environmentValue(def),
      to: value === null ? this.runtime.environmentValue(def) : value,
    }));
    const changed = settings.change(changes, { actor, now: this.clock.now() });
    if (!changed) return { version: settings.version, changed };
    try {
      await this.repository.save(settings);
    } catch (err) {
      if (err instanceof ConcurrencyError) throw SettingsErrors.versionConflict(version, version + 1);
      throw err;
    }
    settings.commit();
    await this.runtime.refresh();
    this.runtime.announce(settings.version);
    return { version: settings.version, changed };
  }
}
