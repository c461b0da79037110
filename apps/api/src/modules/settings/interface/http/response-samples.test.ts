// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { SettingView, SettingsView } from '../../application/queries/get-settings/get-settings.query.js';
import { toSettingsChangeResponse, toSettingsResponse } from './settings.presenter.js';

const T = '2026-12-03T10:00:00.000Z';

const integer: Full<SettingView> = {
  name: 'idleTimeoutMinutes',
  section: 'idle',
  label: 'Idle timeout',
  description: 'Minutes without human activity after which a worker is idle.',
  variable: 'IDLE_TIMEOUT_MINUTES',
  kind: 'integer',
  unit: 'minutes',
  min: 1,
  max: 10080,
  job: 'idle-detection',
  value: 30,
  source: 'setting',
  environmentValue: 60,
  changedBy: 'ada',
  changedAt: T,
};
const others: SettingView[] = [
  { ...integer, name: 'idleDetectionEnabled', kind: 'boolean', value: false, environmentValue: true },
  { ...integer, name: 'defaultInstanceType', kind: 'string', value: 'c5.metal', environmentValue: 'm5zn.metal' },
  { ...integer, name: 'subnetId', kind: 'string', value: null, environmentValue: null, source: 'environment' },
  { ...integer, name: 'securityGroupIds', kind: 'string-list', value: ['sg-0123abcd'], environmentValue: [] },
  { ...integer, name: 'defaultAmiIds', kind: 'region-map', value: { 'us-east-1': 'ami-0123456789abcdef0' }, environmentValue: {} },
];
const view: SettingsView = { version: 3, settings: [integer, ...others] };

/** Every field of the settings responses set, each kind of value, for response-presenters.spec.ts. */
export const SETTINGS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'SettingsResponse', body: toSettingsResponse(view) },
  { schema: 'SettingsChangeResponse', body: toSettingsChangeResponse(view, 2) },
];
