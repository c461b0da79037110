import { useMemo, useState } from 'react';
import { DisabledReason } from '../../../components/disabled-reason';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { statusOf } from '../../../lib/api-client';
import { useChangeSettings } from '../api/change-settings';
import { useSettings } from '../api/get-settings';
import type { Setting, SettingSection, SettingValue, Settings } from '../api/settings-types';
import { SettingField } from '../components/setting-field';
import { SettingsChanges } from '../components/settings-changes';
import { type Draft, parseDraft, sameValue, toDraft } from '../lib/setting-rules';

const SECTIONS: { id: SettingSection; title: string; intro: string }[] = [
  { id: 'idle', title: 'Idle detection', intro: 'The fleet-wide defaults; a worker may have its own timeout or switch (its page).' },
  { id: 'collection', title: 'Collection intervals', intro: 'How often each job runs; a changed interval applies from the job’s next slot.' },
  { id: 'provisioning', title: 'Provisioning defaults', intro: 'What a new worker gets when the provisioning form leaves a field empty.' },
  { id: 'policies', title: 'Policies', intro: 'Warnings before scheduled stops, what to try when EC2 has no capacity, and how savings are counted.' },
];

/** The edits of one admin: drafts by setting name, and the settings they reset to the default. */
interface Edits {
  drafts: Record<string, Draft>;
  resets: Set<string>;
}

const noEdits = (): Edits => ({ drafts: {}, resets: new Set() });

/** The change to send, or the problems by setting name. */
export function pendingChange(settings: Setting[], edits: Edits): { values: Record<string, SettingValue>; problems: Record<string, string> } {
  const values: Record<string, SettingValue> = {};
  const problems: Record<string, string> = {};
  for (const s of settings) {
    if (edits.resets.has(s.name)) {
      values[s.name] = null;
      continue;
    }
    if (!(s.name in edits.drafts)) continue;
    const parsed = parseDraft(s, edits.drafts[s.name]);
    if ('problem' in parsed) problems[s.name] = parsed.problem;
    else if (!sameValue(parsed.value, s.value as SettingValue)) values[s.name] = parsed.value;
  }
  return { values, problems };
}

function SettingsForm({ data, onReload }: { data: Settings; onReload: () => void }) {
  const notify = useNotify();
  const save = useChangeSettings();
  const [edits, setEdits] = useState<Edits>(noEdits);
  const [submitted, setSubmitted] = useState(false);
  const [conflict, setConflict] = useState(false);
  const { values, problems } = useMemo(() => pendingChange(data.settings, edits), [data.settings, edits]);
  // Fields edited: those to send and those still to fix.
  const count = Object.keys(values).length + Object.keys(problems).length;
  const saveReason = save.isPending ? 'Saving…' : count === 0 ? 'Nothing changed yet' : undefined;
  const labels = Object.fromEntries(data.settings.map((s) => [s.name, s.label]));

  const update = (fn: (e: Edits) => Edits) => {
    setConflict(false);
    setEdits((e) => fn({ drafts: { ...e.drafts }, resets: new Set(e.resets) }));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (saveReason || Object.keys(problems).length) return;
    save.mutate(
      { version: data.version, values },
      {
        onSuccess: (answer) => {
          setEdits(noEdits());
          setSubmitted(false);
          notify('success', answer.changed === 1 ? 'Saved 1 setting; every instance uses it now.' : `Saved ${answer.changed} settings; every instance uses them now.`);
        },
        onError: (err) => {
          if (statusOf(err) === 409) setConflict(true);
          notify('danger', statusOf(err) === 409 ? 'Not saved: someone else changed the settings.' : 'The settings were not saved.');
        },
      },
    );
  };

  const reload = () => {
    setConflict(false);
    save.reset();
    onReload();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Runtime settings">
      {SECTIONS.map((section) => (
        <section key={section.id} className="card mb-3" aria-labelledby={`settings-${section.id}`}>
          <div className="card-body">
            <h2 id={`settings-${section.id}`} className="h5 card-title">
              {section.title}
            </h2>
            <p className="text-body-secondary small mb-0">{section.intro}</p>
            {data.settings
              .filter((s) => s.section === section.id)
              .map((s) => (
                <SettingField
                  key={s.name}
                  setting={s}
                  draft={s.name in edits.drafts ? edits.drafts[s.name] : toDraft(s, s.value as SettingValue)}
                  resetting={edits.resets.has(s.name)}
                  problem={submitted ? problems[s.name] : undefined}
                  onChange={(d) => update((x) => ({ ...x, drafts: { ...x.drafts, [s.name]: d } }))}
                  onReset={() =>
                    update((x) => {
                      x.resets.add(s.name);
                      delete x.drafts[s.name];
                      return x;
                    })
                  }
                  onUndo={() =>
                    update((x) => {
                      x.resets.delete(s.name);
                      return x;
                    })
                  }
                />
              ))}
          </div>
        </section>
      ))}
      {conflict ? (
        <div className="alert alert-warning" role="alert">
          <strong className="d-block">Someone else changed the settings since you opened this page; nothing was saved.</strong>
          Reload to see their changes (yours are discarded), then make yours again.
          <button type="button" className="btn btn-sm btn-warning ms-2" onClick={reload}>
            Reload the settings
          </button>
        </div>
      ) : (
        save.error !== null && <ErrorAlert error={save.error} title="The settings were not saved:" />
      )}
      {submitted && Object.keys(problems).length > 0 && (
        <div className="alert alert-danger" role="alert">
          Fix {Object.keys(problems).length === 1 ? 'the setting' : `the ${Object.keys(problems).length} settings`} marked above: {Object.keys(problems).map((n) => labels[n]).join(', ')}.
        </div>
      )}
      <div className="d-flex align-items-center gap-2 mb-4">
        <button type="submit" className="btn btn-primary" aria-disabled={saveReason ? true : undefined} aria-describedby="settings-save-reason">
          {count > 0 ? `Save ${count} ${count === 1 ? 'change' : 'changes'}` : 'Save'}
        </button>
        <DisabledReason id="settings-save-reason" reason={saveReason} />
        {count > 0 && (
          <button type="button" className="btn btn-link" onClick={() => update(() => noEdits())}>
            Discard my changes
          </button>
        )}
      </div>
      <section className="card mb-3" aria-labelledby="settings-history">
        <div className="card-body">
          <h2 id="settings-history" className="h5 card-title">
            Recent changes
          </h2>
          <SettingsChanges labels={labels} />
        </div>
      </section>
    </form>
  );
}

/** Runtime settings (admin): what operators change without a restart, over the environment's defaults. */
export default function SettingsPage() {
  usePageTitle('Settings');
  const settings = useSettings();
  const [generation, setGeneration] = useState(0);
  return (
    <div>
      <h1 className="h3">Settings</h1>
      <p className="text-body-secondary">
        Changes apply on every instance at once, without a restart, and are recorded with who made them. A setting reset to its default takes the environment’s value again.
      </p>
      {settings.isPending && <Loading label="Loading the settings…" />}
      {settings.isError && <ErrorAlert error={settings.error} title="The settings cannot be shown:" />}
      {settings.data && (
        <SettingsForm
          key={`${generation}`}
          data={settings.data}
          onReload={() => {
            void settings.refetch().then(() => setGeneration((g) => g + 1));
          }}
        />
      )}
    </div>
  );
}
