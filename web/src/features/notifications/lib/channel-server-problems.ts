import { problemOf } from '../../../lib/api-client';
import type { ChannelField } from './channel-rules';

/** The server's names for the target: `url` (webhook, slack, teams) and `address` (email), besides the body's `target`. */
const FIELD_OF: Record<string, ChannelField> = { name: 'name', kind: 'kind', target: 'target', url: 'target', address: 'target', kinds: 'kinds', tagSelector: 'tagSelector', secret: 'secret' };

/**
 * A refused save's problems by the form field they name. Two sources: the request validation's
 * `errors` (`[{ field, messages }]`) and `NOTIFICATION_CHANNEL.INVALID`'s `details.problems`, each
 * written "field: what to fix" (`url: the webhook URL must be …`). What names no field goes under `''`.
 */
export function channelServerProblems(err: unknown): Map<ChannelField | '', string[]> {
  const out = new Map<ChannelField | '', string[]>();
  const add = (field: string, message: string) => {
    const key = FIELD_OF[field.split(/[.[]/)[0] ?? ''] ?? '';
    out.set(key, [...(out.get(key) ?? []), message]);
  };
  const problem = problemOf(err);
  if (!problem) return out;
  for (const e of problem.errors ?? []) for (const m of e.messages) add(e.field, m);
  const listed = (problem.details as { problems?: unknown } | undefined)?.problems;
  if (Array.isArray(listed)) {
    for (const p of listed) {
      if (typeof p !== 'string') continue;
      const m = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(p);
      if (m) add(m[1], m[2]);
      else add('', p);
    }
  }
  return out;
}
