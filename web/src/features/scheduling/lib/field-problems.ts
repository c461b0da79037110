import { problemOf } from '../../../lib/api-client';

/**
 * The server's problems with a form, by the field they name. Two sources: the request validation's
 * `errors` (`[{ field, messages }]`) and the scheduling rules' `details.problems`, each written
 * "field: what to fix" (e.g. `periods: period 1 and period 2 overlap; merge them or move one`,
 * `holidays[2].date: ...`, `assignment.selector.team: ...`). A field is keyed by its first name
 * (`periods`, `holidays`, `assignment`); what names no field goes under `''`.
 */
export function fieldProblems(err: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (field: string, message: string) => out.set(field, [...(out.get(field) ?? []), message]);
  const problem = problemOf(err);
  if (!problem) return out;
  for (const e of problem.errors ?? []) for (const m of e.messages) add(topField(e.field), m);
  const listed = (problem.details as { problems?: unknown } | undefined)?.problems;
  if (Array.isArray(listed)) {
    for (const p of listed) {
      if (typeof p !== 'string') continue;
      const m = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(p);
      if (m) add(topField(m[1]), m[2]);
      else add('', p);
    }
  }
  return out;
}

function topField(path: string): string {
  return path.split(/[.[]/)[0] ?? '';
}

/** The messages of one field, joined for showing under it. */
export function problemText(problems: Map<string, string[]>, field: string): string | undefined {
  const list = problems.get(field);
  return list?.length ? list.join('; ') : undefined;
}
