import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { formatDateTime } from '../../../lib/format';
import { useSettingsChanges } from '../api/list-settings-changes';

interface Change {
  setting: string;
  from: string;
  to: string;
  reset: boolean;
}

const shown = (json: string): string => {
  try {
    const v = JSON.parse(json) as unknown;
    if (v === null) return 'none';
    if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
    if (typeof v === 'object') return Object.entries(v as Record<string, string>).map(([k, x]) => `${k}: ${x}`).join(', ') || 'none';
    if (typeof v === 'boolean') return v ? 'on' : 'off';
    return String(v);
  } catch {
    return json;
  }
};

/** Who changed which setting, when, from what to what (the event log's `settings.changed`). */
export function SettingsChanges({ labels }: { labels: Record<string, string> }) {
  const changes = useSettingsChanges();
  if (changes.isPending) return <Loading label="Loading the recent changes…" />;
  if (changes.isError) return <ErrorAlert error={changes.error} title="The recent changes cannot be shown:" />;
  if (changes.data.length === 0) return <p className="text-body-secondary">Nobody has changed a setting yet: every value is the environment's.</p>;
  return (
    <ol className="list-unstyled mb-0">
      {changes.data.map((e) => (
        <li key={e.id} className="border-bottom py-2">
          <strong>{(e.data as { changedBy?: string }).changedBy ?? 'an administrator'}</strong>, {formatDateTime(e.at)}
          <ul className="small mb-0">
            {((e.data as { changes?: Change[] }).changes ?? []).map((c) => (
              <li key={c.setting}>
                {labels[c.setting] ?? c.setting}: {shown(c.from)} → {shown(c.to)}
                {c.reset && ' (back to the default)'}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
