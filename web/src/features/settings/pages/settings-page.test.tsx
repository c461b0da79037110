import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { Setting, Settings } from '../api/settings-types';
import SettingsPage from './settings-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const base = { description: 'What it does.', source: 'environment' as const };
const SETTINGS: Settings = {
  version: 3,
  settings: [
    { ...base, name: 'idleDetectionEnabled', section: 'idle', label: 'Idle detection', variable: 'IDLE_DETECTION_ENABLED', kind: 'boolean', value: true, environmentValue: true },
    { ...base, name: 'idleTimeoutMinutes', section: 'idle', label: 'Idle timeout', variable: 'IDLE_TIMEOUT_MINUTES', kind: 'integer', unit: 'minutes', min: 1, max: 10080, value: 45, environmentValue: 60, source: 'setting', changedBy: 'ada', changedAt: '2026-12-03T10:00:00.000Z' },
    { ...base, name: 'metricsIntervalSeconds', section: 'collection', label: 'Metrics collection', variable: 'WORKER_METRICS_INTERVAL_SECONDS', kind: 'integer', unit: 'seconds', min: 1, max: 86400, job: 'metrics-collection', value: 300, environmentValue: 300 },
    { ...base, name: 'subnetId', section: 'provisioning', label: 'Subnet', variable: 'WORKER_SUBNET_ID', kind: 'string', value: null, environmentValue: null },
    { ...base, name: 'securityGroupIds', section: 'provisioning', label: 'Security groups', variable: 'WORKER_SECURITY_GROUP_IDS', kind: 'string-list', value: [], environmentValue: [] },
    { ...base, name: 'costSavingCapHours', section: 'policies', label: 'Saving cap of an automatic stop', variable: 'COST_SAVING_CAP_HOURS', kind: 'integer', unit: 'hours', min: 1, max: 744, value: 24, environmentValue: 24 },
  ] as Setting[],
};

const CHANGES = {
  items: [
    {
      id: 'e1',
      type: 'settings.changed',
      workerId: null,
      at: '2026-12-03T10:00:00.000Z',
      data: { version: 3, changedBy: 'ada', changes: [{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', from: '60', to: '45', reset: false }] },
    },
  ],
};

async function open(routes: Parameters<typeof mockApi>[0] = {}) {
  api = mockApi({ 'GET /settings': { data: SETTINGS }, 'GET /events': { data: CHANGES }, ...routes });
  renderPage(<SettingsPage />, { path: '/settings', route: '/settings', role: 'admin' });
  await screen.findByRole('form', { name: 'Runtime settings' });
  return userEvent.setup();
}

describe('the settings page', { timeout: 20_000 }, () => {
  it('shows each setting with its unit, default and where its value comes from, and the recent changes', async () => {
    await open();
    const timeout = screen.getByLabelText('Idle timeout');
    expect(timeout).toHaveValue('45');
    expect(timeout).toHaveAccessibleDescription(expect.stringContaining('Default: 60 minutes (IDLE_TIMEOUT_MINUTES; 1 to 10,080 minutes)'));
    const row = timeout.closest('[data-setting]') as HTMLElement;
    expect(row).toHaveTextContent('set by an administrator');
    expect(row).toHaveTextContent('last changed by ada');
    expect(within(row).getByText('minutes')).toBeInTheDocument();
    expect(screen.getByLabelText('Metrics collection')).toHaveAccessibleDescription(expect.stringContaining('job metrics-collection'));
    expect(await screen.findByText(/Idle timeout: 60 → 45/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('checks values as the server does and sends nothing while one is wrong', async () => {
    const user = await open();
    await user.clear(screen.getByLabelText('Idle timeout'));
    await user.type(screen.getByLabelText('Idle timeout'), '0');
    await user.type(screen.getByLabelText('Subnet'), 'subnet-xyz');
    await user.type(screen.getByLabelText('Security groups'), 'default');
    await user.click(screen.getByRole('button', { name: 'Save 3 changes' }));
    expect(screen.getByLabelText('Idle timeout')).toHaveAccessibleDescription(expect.stringContaining('Give a whole number of minutes from 1 to 10,080.'));
    expect(screen.getByLabelText('Subnet')).toHaveAccessibleDescription(expect.stringContaining('Give a subnet id such as subnet-0123abcd.'));
    expect(screen.getByLabelText('Security groups')).toHaveAccessibleDescription(expect.stringContaining('Give security group ids such as sg-0123abcd'));
    expect(api.callsTo('PATCH /settings')).toHaveLength(0);
  });

  it('saves the changes and resets with the version read, and says so', async () => {
    const user = await open({ 'PATCH /settings': { data: { ...SETTINGS, version: 4, changed: 2 } } });
    await user.clear(screen.getByLabelText('Metrics collection'));
    await user.type(screen.getByLabelText('Metrics collection'), '120');
    await user.click(screen.getByRole('button', { name: 'Reset to default: Idle timeout' }));
    expect(screen.getByLabelText('Idle timeout')).toHaveAccessibleDescription(expect.stringContaining('Goes back to the default (60 minutes) when you save.'));
    await user.click(screen.getByRole('button', { name: 'Save 2 changes' }));
    await waitFor(() => expect(api.callsTo('PATCH /settings')).toHaveLength(1));
    expect(api.callsTo('PATCH /settings')[0].body).toEqual({ version: 3, values: { idleTimeoutMinutes: null, metricsIntervalSeconds: 120 } });
    expect(await screen.findByText('Saved 2 settings; every instance uses them now.')).toBeInTheDocument();
  });

  it('a reset is not offered for a setting at its default', async () => {
    await open();
    expect(screen.getByRole('button', { name: 'Reset to default: Subnet' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('tells the admin when someone else changed the settings first, and reloads them', async () => {
    const user = await open({ 'PATCH /settings': { status: 409, data: problem(409, 'SETTINGS.VERSION_CONFLICT', 'Someone else changed the settings.') } });
    await user.clear(screen.getByLabelText('Saving cap of an automatic stop'));
    await user.type(screen.getByLabelText('Saving cap of an automatic stop'), '12');
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
    const alert = await screen.findByText('Someone else changed the settings since you opened this page; nothing was saved.');
    expect(alert).toBeInTheDocument();
    const reads = api.callsTo('GET /settings').length;
    await user.click(screen.getByRole('button', { name: 'Reload the settings' }));
    await waitFor(() => expect(api.callsTo('GET /settings').length).toBeGreaterThan(reads));
    await waitFor(() => expect(screen.getByLabelText('Saving cap of an automatic stop')).toHaveValue('24'));
  });
});
