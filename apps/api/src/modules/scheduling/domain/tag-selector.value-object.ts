/**
 * Chooses workers by their EC2 tags: every key must be present with one of its values
 * (`{ team: ['ccna'], site: ['berlin', 'munich'] }`); the value `*` accepts any value of a tag the
 * worker has (`{ Name: ['*'] }`: every worker with a Name tag). An empty selector chooses nothing.
 */
export type TagSelector = Record<string, string[]>;

/** The selector value that accepts any value of the tag (the tag must be present). */
export const ANY_VALUE = '*';

export function selectorProblems(selector: unknown): string[] {
  if (!selector || typeof selector !== 'object' || Array.isArray(selector)) return ['selector: give tag keys with their accepted values, e.g. {"team": ["ccna"]}'];
  const entries = Object.entries(selector as Record<string, unknown>);
  if (entries.length === 0) return ['selector: name at least one tag, e.g. {"team": ["ccna"]}'];
  const problems: string[] = [];
  for (const [key, values] of entries) {
    if (!key.trim() || key.length > 128) problems.push(`selector: "${key}" is not a tag key (1 to 128 characters)`);
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v.length <= 256)) {
      problems.push(`selector.${key}: give a list of accepted values, e.g. ["ccna"]`);
    }
  }
  return problems;
}

export function matchesSelector(tags: Readonly<Record<string, string>>, selector: TagSelector): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, values]) => key in tags && (values.includes(ANY_VALUE) || values.includes(tags[key])));
}

/** "team=ccna, site=berlin|munich": a selector as people read it. */
export function describeSelector(selector: TagSelector): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v.join('|')}`)
    .join(', ');
}
