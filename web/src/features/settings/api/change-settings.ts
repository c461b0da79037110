import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys, systemKeys } from '../../../lib/query-keys';
import type { SettingValue, SettingsChange } from './settings-types';

export interface SettingsChangeInput {
  /** The version the admin read; a stale one is refused with 409. */
  version: number;
  /** Setting name -> new value; null goes back to the environment's value. */
  values: Record<string, SettingValue>;
}

/** Changes runtime settings on the version read (PATCH /api/settings, admin). */
export async function changeSettings(input: SettingsChangeInput): Promise<SettingsChange> {
  return (await api.patch<SettingsChange>('/settings', input)).data;
}

export function useChangeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changeSettings,
    onSuccess: (answer) => {
      client.setQueryData(settingsKeys.current(), answer);
      // What forms show as defaults (provisioning, idle) comes from the settings.
      void client.invalidateQueries({ queryKey: systemKeys.defaults() });
      void client.invalidateQueries({ queryKey: settingsKeys.history() });
    },
  });
}
