import type { OutgoingMessage } from '../../application/ports/delivery-outbox.port.js';

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The generic webhook's JSON body: the notification as the API shows it, plus the message id to deduplicate by. */
export function genericWebhookBody(m: OutgoingMessage): Record<string, unknown> {
  return {
    id: m.id,
    kind: m.kind,
    severity: m.severity,
    title: m.title,
    body: m.body,
    ...(m.workerId ? { workerId: m.workerId } : {}),
    ...(m.workerName ? { workerName: m.workerName } : {}),
    actions: m.actions.map((a) => ({ label: a.label, url: a.url })),
    createdAt: m.createdAt,
  };
}

const SLACK_EMOJI = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' } as const;

/** A Slack incoming-webhook payload: `text` (notifications, fallbacks) and blocks with a link button per action. */
export function slackBody(m: OutgoingMessage): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(m.title, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(`${SLACK_EMOJI[m.severity]} ${m.body}`, 3000) } },
  ];
  if (m.actions.length) {
    blocks.push({ type: 'actions', elements: m.actions.slice(0, 25).map((a, i) => ({ type: 'button', action_id: `ccm-${i}`, text: { type: 'plain_text', text: cut(a.label, 75) }, url: a.url })) });
  }
  return { text: `${m.title}\n${m.body}`, blocks };
}

const TEAMS_COLOUR = { info: '0078D4', warning: 'FFB900', critical: 'D13438' } as const;

/** A Microsoft Teams incoming-webhook payload (MessageCard), with an OpenUri action per link. */
export function teamsBody(m: OutgoingMessage): Record<string, unknown> {
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: cut(m.title, 150),
    themeColor: TEAMS_COLOUR[m.severity],
    title: m.title,
    text: m.body,
    potentialAction: m.actions.map((a) => ({ '@type': 'OpenUri', name: a.label, targets: [{ os: 'default', uri: a.url }] })),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The e-mail: a subject, a plain-text part with every link written out, and an HTML part with buttons. */
export function emailContent(m: OutgoingMessage): { subject: string; text: string; html: string } {
  const subject = `[CML Cloud Manager] ${m.title}`.replace(/[\r\n]+/g, ' ');
  const links = m.actions.map((a) => `${a.label}: ${a.url}`).join('\n');
  const text = `${m.body}\n${links ? `\n${links}\n` : ''}\n-- \nCML Cloud Manager (${m.kind}, ${m.severity}). Choose what you are notified about in the console, under Notifications.\n`;
  const buttons = m.actions.map((a) => `<a href="${escapeHtml(a.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:6px 12px;border:1px solid #0d6efd;border-radius:4px;color:#0d6efd;text-decoration:none">${escapeHtml(a.label)}</a>`).join('');
  const html = `<p><strong>${escapeHtml(m.title)}</strong></p><p>${escapeHtml(m.body)}</p>${buttons ? `<p>${buttons}</p>` : ''}<p style="color:#6c757d;font-size:small">CML Cloud Manager (${m.kind}, ${m.severity}).</p>`;
  return { subject, text, html };
}
