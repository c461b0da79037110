import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
import { isEmailAddress } from './recipients.rule.js';

/** How a channel is reached: a generic signed JSON webhook, a Slack or Teams incoming webhook, or e-mail over SMTP. */
export type ChannelKind = 'webhook' | 'slack' | 'teams' | 'email';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['webhook', 'slack', 'teams', 'email'];

/** What an admin says about a channel. */
export interface ChannelDefinition {
  name: string;
  kind: ChannelKind;
  /** The webhook URL (webhook, slack, teams) or the e-mail address (email). */
  target: string;
  enabled: boolean;
  /** The notification kinds it takes. */
  kinds: readonly NotificationKind[];
  /** Only workers with all these tags (key -> value); empty: every worker. */
  tagSelector: Readonly<Record<string, string>>;
}

export interface Channel extends ChannelDefinition {
  id: string;
  /** The generic webhook's signing secret: never returned by the API. */
  secret?: string;
  createdAt: string;
  updatedAt: string;
}

/** Every problem of a definition, in words that say what to fix. `secretGiven`: a webhook needs a secret to sign with. */
export function channelProblems(def: Partial<ChannelDefinition>, secret: { given: boolean; kept: boolean }): string[] {
  const problems: string[] = [];
  const name = def.name?.trim();
  if (!name || name.length > 100) problems.push('name: give the channel a name of 1 to 100 characters');
  if (!def.kind || !CHANNEL_KINDS.includes(def.kind)) problems.push(`kind: one of ${CHANNEL_KINDS.join(', ')}`);
  const target = def.target?.trim() ?? '';
  if (def.kind === 'email') {
    if (!isEmailAddress(target)) problems.push(`address: "${target}" is not an e-mail address`);
  } else if (def.kind) {
    let url: URL | undefined;
    try {
      url = new URL(target);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) problems.push(`url: the ${def.kind} URL must be an http:// or https:// URL, not "${target.slice(0, 100)}"`);
    else if (url.username || url.password) problems.push('url: put no user name or password in the URL; a webhook is authenticated by its signature');
  }
  const unknown = (def.kinds ?? []).filter((k) => !isNotificationKind(k));
  if (unknown.length) problems.push(`kinds: unknown ${unknown.join(', ')}; known: ${NOTIFICATION_KINDS.join(', ')}`);
  if (def.kind === 'webhook' && !secret.given && !secret.kept) problems.push('secret: a webhook channel needs a secret (at least 16 characters) to sign its requests with');
  for (const [k, v] of Object.entries(def.tagSelector ?? {})) if (!k || typeof v !== 'string') problems.push(`tagSelector: "${k}" must map a tag key to a value`);
  return problems;
}

/** Whether `channel` takes a notification of `kind` about a worker with `tags`. */
export function channelTakes(channel: Pick<ChannelDefinition, 'enabled' | 'kinds' | 'tagSelector'>, kind: NotificationKind, tags: Readonly<Record<string, string>>): boolean {
  if (!channel.enabled || !channel.kinds.includes(kind)) return false;
  return Object.entries(channel.tagSelector).every(([k, v]) => tags[k] === v);
}
