import { type Actor, AggregateRoot, type ChangeContext, type SettingChangePayload } from '#kernel';

/** Who last changed a setting (set or reset) and when. */
export interface SettingChangeMark {
  by: Actor;
  /** ISO 8601 UTC. */
  at: string;
}

export interface RuntimeSettingsState {
  /** The admins' values, by setting name; a setting not here takes the environment's value. */
  overrides: Record<string, unknown>;
  /** The last change of every setting ever changed, including those reset since. */
  changes: Record<string, SettingChangeMark>;
}

/** One setting to change: the value to store (`null`: back to the environment's) and the values in force before and after. */
export interface SettingChange {
  setting: string;
  variable: string;
  value: unknown;
  from: unknown;
  to: unknown;
}

/** The one document of the runtime settings (there is one deployment). */
export const RUNTIME_SETTINGS_ID = 'runtime-settings';

const json = (v: unknown): string => JSON.stringify(v ?? null);

/**
 * The admins' runtime settings: values that override the environment's, one document versioned for
 * optimistic concurrency (ADR 0048). Values arrive checked (the setting catalogue); this keeps them,
 * marks who changed what and when, and raises one `settings.changed` with every change.
 */
export class RuntimeSettings extends AggregateRoot<RuntimeSettingsState> {
  readonly aggregateType = 'settings';

  constructor(id: string, state: RuntimeSettingsState, version: number) {
    super(id, state, version);
  }

  static initial(): RuntimeSettings {
    return new RuntimeSettings(RUNTIME_SETTINGS_ID, { overrides: {}, changes: {} }, 0);
  }

  overrides(): Record<string, unknown> {
    return structuredClone(this.state.overrides);
  }

  lastChange(setting: string): SettingChangeMark | undefined {
    const mark = this.state.changes[setting];
    return mark ? { by: { ...mark.by }, at: mark.at } : undefined;
  }

  /** Applies every change at once; a change that alters nothing (same value, same source) is left out. Returns how many changed. */
  change(changes: SettingChange[], ctx: ChangeContext): number {
    const recorded: SettingChangePayload[] = [];
    for (const c of changes) {
      const reset = c.value === null;
      const had = Object.hasOwn(this.state.overrides, c.setting);
      if (reset ? !had : had && json(this.state.overrides[c.setting]) === json(c.value)) continue;
      if (reset) delete this.state.overrides[c.setting];
      else this.state.overrides[c.setting] = structuredClone(c.value);
      this.state.changes[c.setting] = { by: { ...ctx.actor }, at: ctx.now.toISOString() };
      recorded.push({ setting: c.setting, variable: c.variable, from: json(c.from), to: json(c.to), reset });
    }
    if (recorded.length) this.raise('settings.changed', { version: this.version + 1, changedBy: ctx.actor.name, changes: recorded }, ctx);
    return recorded.length;
  }
}
