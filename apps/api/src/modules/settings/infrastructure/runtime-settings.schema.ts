import { Schema } from 'mongoose';
import { aggregateDocumentSchema } from '#persistence';

/** The collection of the runtime settings and its model name (ADR 0048). */
export const RUNTIME_SETTINGS_COLLECTION = 'runtime_settings';
export const RUNTIME_SETTINGS_MODEL = 'RuntimeSettings';

/**
 * The one document of `RuntimeSettingsState`: the admins' values by setting name (each checked by
 * the setting catalogue before it is stored; their shapes differ, hence Mixed) and the last change
 * of every setting.
 */
export const runtimeSettingsSchema = aggregateDocumentSchema(
  {
    overrides: { type: Schema.Types.Mixed, default: () => ({}) },
    // Setting name -> { by: Actor, at }: keyed by name like the overrides.
    changes: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  { collection: RUNTIME_SETTINGS_COLLECTION },
);
