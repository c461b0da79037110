import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RuntimeSettingsService } from '../../runtime-settings.service.js';
import { SETTINGS } from '../../setting-catalogue.js';
import { GetSettingsQuery, type SettingValue, type SettingsView } from './get-settings.query.js';

/** Reads the stored settings (and brings this instance up to date with them on the way). */
@QueryHandler(GetSettingsQuery)
export class GetSettingsHandler implements IQueryHandler<GetSettingsQuery, SettingsView> {
  constructor(private readonly runtime: RuntimeSettingsService) {}

  async execute(): Promise<SettingsView> {
    const stored = await this.runtime.refresh();
    const overrides = stored.overrides();
    return {
      version: stored.version,
      settings: SETTINGS.map((def) => {
        const overridden = Object.hasOwn(overrides, def.name);
        const environmentValue = this.runtime.environmentValue(def) as SettingValue;
        const mark = stored.lastChange(def.name);
        return {
          name: def.name,
          section: def.section,
          label: def.label,
          description: def.description,
          variable: def.variable,
          kind: def.kind,
          unit: def.unit,
          min: def.min,
          max: def.max,
          job: def.job,
          value: (overridden ? overrides[def.name] : environmentValue) as SettingValue,
          source: overridden ? 'setting' : 'environment',
          environmentValue,
          changedBy: mark?.by.name,
          changedAt: mark?.at,
        };
      }),
    };
  }
}
