import { errorCatalogue } from '#kernel';

/** Codes of the settings module: runtime settings an admin changes (docs/settings.md, ADR 0048). */
export const SettingsErrors = errorCatalogue({
  invalid: {
    code: 'SETTINGS.INVALID',
    kind: 'invalid',
    meaning: 'Nothing was changed: `details.problems` names every setting that cannot take the value given and what it accepts (an unknown setting, a number out of its range, an id not shaped like one, a value of the wrong kind).',
    build: (problems: string[]) => ({ message: `The settings were not changed: ${problems.join('; ')}.`, details: { problems } }),
  },
  versionConflict: {
    code: 'SETTINGS.VERSION_CONFLICT',
    kind: 'conflict',
    meaning: 'Someone changed the settings since the version given was read; nothing was changed. Read them again (GET /api/settings), then send the change with the new `version`.',
    build: (given: number, current: number) => ({
      message: `Someone else changed the settings (version ${current}; the change was made on version ${given}). Nothing was changed: reload the settings and make the change again.`,
      details: { given, current },
    }),
  },
});
