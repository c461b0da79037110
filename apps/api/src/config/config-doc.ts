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
  ];
  for (const [group, vars] of groups) {
    lines.push(`## ${group}`, '', '| Variable | Default | Meaning |', '|---|---|---|');
    for (const [name, spec] of vars) {
      const def = spec.default !== undefined ? `\`${spec.default}\`` : spec.optional ? '(unset)' : '**required**';
      lines.push(`| \`${name}\` | ${def} | ${spec.description.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
