import { Query } from '@nestjs/cqrs';
import type { SettingKind, SettingSection, SettingUnit } from '../../setting-catalogue.js';

/** A setting's value: a switch, a whole number, a text, a list of texts or region -> text; null: none. */
export type SettingValue = boolean | number | string | string[] | Record<string, string> | null;

/** One runtime setting as an admin sees it: what is in force, where it comes from, the default, who changed it last. */
export interface SettingView {
  name: string;
  section: SettingSection;
  label: string;
  description: string;
  variable: string;
  kind: SettingKind;
  unit?: SettingUnit;
  min?: number;
  max?: number;
  job?: string;
  value: SettingValue;
  source: 'setting' | 'environment';
  environmentValue: SettingValue;
  changedBy?: string;
  changedAt?: string;
}

export interface SettingsView {
  /** Send it back with a change (PATCH /api/settings). */
  version: number;
  settings: SettingView[];
}

/** The runtime settings with their values in force (read from the database, not this instance's memory). */
export class GetSettingsQuery extends Query<SettingsView> {}
