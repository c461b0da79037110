import type { ChannelKind, NotificationChannel, NotificationChannelBody } from '../api/channel-types';
import { NOTIFICATION_KINDS, type NotificationKind } from '../api/notification-types';

/** What the channel form holds: text as typed, the tag selector as rows. */
export interface ChannelFields {
  name: string;
  kind: ChannelKind;
  target: string;
  enabled: boolean;
  kinds: NotificationKind[];
  tags: { key: string; value: string }[];
  /** Empty: none given (on a change, the webhook keeps the one it has). */
  secret: string;
}

export type ChannelField = 'name' | 'kind' | 'target' | 'kinds' | 'tagSelector' | 'secret';

/** The server's bounds (notifications/domain/channel.rule.ts and channel-admin.service.ts). */
export const NAME_MAX = 100;
export const SECRET_MIN = 16;
const EMAIL_MAX = 254;
// The same pattern as the server's recipients.rule.ts: what a form can check; the SMTP server decides.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export const isEmailAddress = (value: string) => value.length <= EMAIL_MAX && EMAIL.test(value);

/** The fields of a new channel, or of `channel` as it is (its secret is never known: empty). */
export function channelFields(channel?: NotificationChannel): ChannelFields {
  return {
    name: channel?.name ?? '',
    kind: channel?.kind ?? 'webhook',
    target: channel?.target ?? '',
    enabled: channel?.enabled ?? true,
    kinds: channel ? NOTIFICATION_KINDS.filter((k) => channel.kinds.includes(k)) : [...NOTIFICATION_KINDS],
    tags: Object.entries(channel?.tagSelector ?? {}).map(([key, value]) => ({ key, value })),
    secret: '',
  };
}

/**
 * The server's checks, named per field: a name of 1 to 100 characters; an http(s) URL without a
 * user name or password for webhook, Slack and Teams; an e-mail address for email; a webhook's
 * secret of at least 16 characters, required unless the channel already is a webhook with one
 * (`secretKept`); tag keys given, each once.
 */
export function channelProblems(f: ChannelFields, secretKept: boolean): Partial<Record<ChannelField, string>> {
  const problems: Partial<Record<ChannelField, string>> = {};
  const name = f.name.trim();
  if (!name || name.length > NAME_MAX) problems.name = `Give the channel a name of 1 to ${NAME_MAX} characters.`;
  const target = f.target.trim();
  if (f.kind === 'email') {
    if (!isEmailAddress(target)) problems.target = 'Give an e-mail address, such as ops@example.com.';
  } else {
    const url = parseUrl(target);
    if (!url || !['http:', 'https:'].includes(url.protocol)) problems.target = `Give the ${URL_NOUNS[f.kind]}, starting with https:// or http://.`;
    else if (url.username || url.password) problems.target = 'Put no user name or password in the URL: a webhook is authenticated by its signature.';
  }
  if (f.kind === 'webhook') {
    if (f.secret && f.secret.length < SECRET_MIN) problems.secret = `Use a secret of at least ${SECRET_MIN} characters.`;
    else if (!f.secret && !secretKept) problems.secret = `Give a secret of at least ${SECRET_MIN} characters: the webhook signs its requests with it.`;
  }
  const keys = f.tags.filter((t) => t.key.trim() || t.value.trim()).map((t) => t.key.trim());
  if (keys.some((k) => !k)) problems.tagSelector = 'Give each tag its key, or remove the row.';
  else if (new Set(keys).size < keys.length) problems.tagSelector = 'Give each tag key once: a worker has one value per key.';
  return problems;
}

/** The request body from valid fields; the secret only for a webhook, and only when one was typed. */
export function channelBody(f: ChannelFields): NotificationChannelBody {
  const tagSelector = Object.fromEntries(f.tags.filter((t) => t.key.trim()).map((t) => [t.key.trim(), t.value.trim()]));
  return {
    name: f.name.trim(),
    kind: f.kind,
    target: f.target.trim(),
    enabled: f.enabled,
    kinds: NOTIFICATION_KINDS.filter((k) => f.kinds.includes(k)),
    tagSelector,
    ...(f.kind === 'webhook' && f.secret ? { secret: f.secret } : {}),
  };
}

/** The body that keeps `channel` as it is (its secret too) with `enabled` changed. */
export function enabledBody(channel: NotificationChannel, enabled: boolean): NotificationChannelBody {
  return { name: channel.name, kind: channel.kind, target: channel.target, enabled, kinds: [...channel.kinds], tagSelector: { ...channel.tagSelector } };
}

const URL_NOUNS: Record<ChannelKind, string> = { webhook: 'webhook URL', slack: 'Slack webhook URL', teams: 'Teams webhook URL', email: 'address' };

export const KIND_LABELS: Record<ChannelKind, string> = { webhook: 'Webhook', slack: 'Slack', teams: 'Microsoft Teams', email: 'E-mail' };

/** What `target` is for each kind, as the form labels it. */
export const TARGET_LABELS: Record<ChannelKind, { label: string; help: string; placeholder: string }> = {
  webhook: { label: 'URL', help: 'Each request is a signed JSON POST (X-CML-Signature, see the docs).', placeholder: 'https://hooks.example.com/ccm' },
  slack: { label: 'Slack incoming-webhook URL', help: 'From the Slack app’s "Incoming Webhooks" page.', placeholder: 'https://hooks.slack.com/services/…' },
  teams: { label: 'Teams incoming-webhook URL', help: 'A Teams incoming webhook, or a Workflows URL that takes MessageCards.', placeholder: 'https://example.webhook.office.com/…' },
  email: { label: 'E-mail address', help: 'A shared mailbox; it gets the same e-mail people get.', placeholder: 'ops@example.com' },
};

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
