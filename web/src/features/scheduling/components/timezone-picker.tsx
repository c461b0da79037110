import { useId, useMemo } from 'react';
import { FieldFeedback, invalidProps } from './field-feedback';

/** The IANA zones this browser knows (with UTC, which some engines leave out of the list). */
export function timeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes('UTC') ? known : ['UTC', ...known];
}

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function timeZoneProblem(value: string, zones: readonly string[]): string | undefined {
  if (!value.trim()) return 'Choose a time zone, e.g. Europe/Berlin.';
  // The list suggests the canonical zones; others the browser knows (Etc/GMT-2, aliases) are zones too.
  if (!zones.includes(value.trim()) && !knownZone(value.trim())) return `"${value}" is not an IANA time zone; choose one from the list, e.g. Europe/Berlin, America/New_York or UTC.`;
  return undefined;
}

/** A text field that suggests the IANA zones as one types ("Europe/Be…"). */
export function TimeZonePicker({ id, value, onChange, problem, disabled }: { id: string; value: string; onChange: (zone: string) => void; problem?: string; disabled?: boolean }) {
  const listId = useId();
  const zones = useMemo(timeZones, []);
  return (
    <>
      <input id={id} list={listId} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} disabled={disabled} {...invalidProps(problem, `${id}-error`)} />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <div className="form-text">The schedule's times are wall-clock times in this zone, daylight-saving changes included.</div>
      <FieldFeedback id={`${id}-error`} problem={problem} />
    </>
  );
}
