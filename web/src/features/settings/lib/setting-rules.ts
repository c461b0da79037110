import type { Setting, SettingValue } from '../api/settings-types';

/**
 * What the server checks of a runtime setting (apps/api/src/modules/settings/application/setting-catalogue.ts,
 * which checks a value as its environment variable would be), so the form says what to fix before
 * saving. The server still decides: its 400 names the same problems.
 */

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const SUBNET = /^subnet-[0-9a-f]+$/;
const SECURITY_GROUP = /^sg-[0-9a-f]+$/;
const AMI = /^ami-[0-9a-f]{8,17}$/;

/** A value as the form edits it: booleans as a switch, everything else as text. */
export type Draft = boolean | string;

/** How a value is shown in its field: lists comma-separated, region maps one `region=ami-id` a line. */
export function toDraft(setting: Pick<Setting, 'kind'>, value: SettingValue): Draft {
  if (setting.kind === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([region, id]) => `${region}=${id}`).join('\n');
  return String(value);
}

/** A value as the API shows it, in words (defaults, the change history). */
export function describeValue(setting: Pick<Setting, 'kind' | 'unit'>, value: SettingValue | undefined): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return setting.unit ? `${value.toLocaleString()} ${setting.unit}` : value.toLocaleString();
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.map(([r, id]) => `${r}: ${id}`).join(', ') : 'none';
  }
  return value;
}

const list = (text: string) => text.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);

/** The value to send for a field, or what is wrong with it. */
export function parseDraft(setting: Pick<Setting, 'name' | 'kind' | 'unit' | 'min' | 'max'>, draft: Draft): { value: SettingValue } | { problem: string } {
  if (setting.kind === 'boolean') return { value: draft === true };
  const text = String(draft).trim();
  switch (setting.kind) {
    case 'integer': {
      const min = setting.min ?? 0;
      const max = setting.max ?? Number.MAX_SAFE_INTEGER;
      const hint = `Give a whole number of ${setting.unit ?? 'units'} from ${min.toLocaleString()} to ${max.toLocaleString()}.`;
      if (!/^\d+$/.test(text)) return { problem: hint };
      const n = Number(text);
      return n < min || n > max ? { problem: hint } : { value: n };
    }
    case 'string-list': {
      const items = list(text);
      if (setting.name === 'securityGroupIds' && items.some((g) => !SECURITY_GROUP.test(g))) return { problem: 'Give security group ids such as sg-0123abcd, separated by commas (or none).' };
      if (setting.name === 'capacityFallbackInstanceTypes' && items.some((t) => t.length > 64 || !INSTANCE_TYPE.test(t))) return { problem: 'Give EC2 instance types such as m5.metal, c5.metal, separated by commas (or none).' };
      return { value: items };
    }
    case 'region-map': {
      const entries = text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean).map((l) => l.split('=').map((s) => s.trim()));
      const bad = entries.filter(([region, id, extra]) => extra !== undefined || !AWS_REGION.test(region ?? '') || !AMI.test(id ?? ''));
      if (bad.length) return { problem: `Give one region=AMI id a line, e.g. us-east-1=ami-0123456789abcdef0; not understood: ${bad.map((b) => b.join('=')).join(', ')}.` };
      return { value: Object.fromEntries(entries) as Record<string, string> };
    }
    default: {
      if (!text) return { problem: 'Give a value, or reset the setting to its default.' };
      if (setting.name === 'defaultInstanceType' && (text.length > 64 || !INSTANCE_TYPE.test(text))) return { problem: 'Give an EC2 instance type such as m5zn.metal or c5.metal.' };
      if (setting.name === 'subnetId' && !SUBNET.test(text)) return { problem: 'Give a subnet id such as subnet-0123abcd.' };
      return { value: text };
    }
  }
}

/** What is wrong with a field's draft, if anything. */
export function draftProblem(setting: Pick<Setting, 'name' | 'kind' | 'unit' | 'min' | 'max'>, draft: Draft): string | undefined {
  const parsed = parseDraft(setting, draft);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** True when a draft says the same as the value in force (so saving it would change nothing). */
export function sameValue(a: SettingValue, b: SettingValue): boolean {
  const norm = (v: SettingValue) => JSON.stringify(v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v);
  return norm(a) === norm(b);
}
