import { VARIABLES, type VariableSpec } from './config.schema.js';

/** Renders docs/configuration.md from the schema, so the document cannot drift from the code. */
export function renderConfigDoc(): string {
  const groups = new Map<string, [string, VariableSpec][]>();
  for (const [name, spec] of Object.entries(VARIABLES) as [string, VariableSpec][]) {
    const list = groups.get(spec.group) ?? [];
    list.push([name, spec]);
    groups.set(spec.group, list);
  }
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from apps/api/src/config/config.schema.ts by `npm run docs:config`; do not edit by hand. -->',
    '',
    'The API reads its configuration from environment variables only, and validates all of them at boot:',
    'a missing or malformed variable stops the app (exit code 78) with one list of every problem.',
    '`eval "$(scripts/services up)"` exports the variables that point at the local services.',
    '',
    'Secrets (marked 🔒) can also be read from a file: set `<NAME>_FILE` to its path (Docker and',
    'Kubernetes secrets mounted as files); a trailing newline is dropped. Setting both is an error.',
    '',
    'With `NODE_ENV=production` the app also refuses to start with development settings: an `http:`',
    'issuer or discovery URL (the embedded development identity provider among them), the development',
    'client secret or another secret published in this repository, or no `CML_ALLOWED_NETWORKS`.',
    '',
    'Variables marked ↻ are defaults that admins can override at run time, without a restart, on the',
    'console\'s Settings page or with `PATCH /api/settings` (docs/settings.md). The value stored there wins',
    'on every instance until it is reset; the variable stays the default it is reset to.',
    '',
  ];
  for (const [group, vars] of groups) {
    lines.push(`## ${group}`, '', '| Variable | Default | Meaning |', '|---|---|---|');
    for (const [name, spec] of vars) {
      const def = spec.default !== undefined ? `\`${spec.default}\`` : spec.optional ? '(unset)' : '**required**';
      const shownName = spec.secret ? `\`${name}\` 🔒` : spec.runtime ? `\`${name}\` ↻` : `\`${name}\``;
      const shownDefault = spec.secret && spec.default !== undefined ? '(development only)' : def;
      const runtime = spec.runtime ? ` Runtime setting \`${spec.runtime}\`.` : '';
      lines.push(`| ${shownName} | ${shownDefault} | ${spec.description.replace(/\|/g, '\\|')}${runtime} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
