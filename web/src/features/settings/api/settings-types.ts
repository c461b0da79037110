/**
 * The runtime settings API as the console uses it (docs/settings.md): GET and PATCH /api/settings.
 * Every type is an alias of the generated `components['schemas'][...]`.
 */
import type { components } from '../../../lib/api-types';

type S = components['schemas'];

/** GET /api/settings (generated). */
export type Settings = S['SettingsResponse'];
export type Setting = S['SettingResponse'];
/** PATCH /api/settings answer (generated). */
export type SettingsChange = S['SettingsChangeResponse'];
export type SettingValue = Setting['value'];
export type SettingSection = Setting['section'];
