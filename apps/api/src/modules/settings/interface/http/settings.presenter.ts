import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { SettingView, SettingsView } from '../../application/queries/get-settings/get-settings.query.js';
import type { SettingResponse, SettingsChangeResponse, SettingsResponse } from './settings-response.dto.js';

const copy = (v: unknown): unknown => (v === null || typeof v !== 'object' ? v : structuredClone(v));

function toSetting(s: SettingView): SettingResponse {
  return {
    name: s.name,
    section: s.section,
    label: s.label,
    description: s.description,
    variable: s.variable,
    kind: s.kind,
    unit: s.unit,
    min: s.min,
    max: s.max,
    job: s.job,
    value: copy(s.value),
    source: s.source,
    environmentValue: copy(s.environmentValue),
    changedBy: s.changedBy,
    changedAt: s.changedAt,
  };
}

export const toSettingsResponse = (view: SettingsView): Presented<SettingsResponse> => present<SettingsResponse>({ version: view.version, settings: view.settings.map(toSetting) });

export const toSettingsChangeResponse = (view: SettingsView, changed: number): Presented<SettingsChangeResponse> =>
  present<SettingsChangeResponse>({ version: view.version, settings: view.settings.map(toSetting), changed });
