import { errorCatalogue } from '#kernel';

/** How a stop-warning's link may leave the worker; shown on the pages that confirm and report it. */
const ACTION_WORDS: Record<string, string> = { 'keep-1h': 'keep it running for 1 hour', 'keep-4h': 'keep it running for 4 hours', stop: 'stop it now' };

/**
 * Codes of the one-click action links in notifications (docs/stop-and-start.md, "Action links").
 * A person meets them on a page in the browser; an API client as problem details.
 */
export const ActionLinkErrors = errorCatalogue({
  malformed: {
    code: 'ACTION_LINK.MALFORMED',
    kind: 'invalid',
    meaning: 'The link is not an action link of this product at all (cut short when copied, or made up).',
    build: () => 'This is not a valid action link: it may have been cut short when it was copied. Open the worker in the console instead.',
  },
  tampered: {
    code: 'ACTION_LINK.TAMPERED',
    kind: 'forbidden',
    meaning: "The link's signature does not match what it says: it was changed after it was sent, or another server signed it. Nothing was done.",
    build: () => 'This link was changed after it was sent (its signature does not match), so it was refused and nothing was done.',
  },
  expired: {
    code: 'ACTION_LINK.EXPIRED',
    kind: 'gone',
    meaning: 'The link was valid until `details.validUntil`; it no longer works. Open the worker in the console.',
    build: (validUntil: Date) => ({ message: `This link expired at ${validUntil.toISOString()}; nothing was done. Open the worker in the console instead.`, details: { validUntil: validUntil.toISOString() } }),
  },
  used: {
    code: 'ACTION_LINK.USED',
    kind: 'gone',
    meaning: 'The link was already used (at `details.usedAt`); each link works once.',
    build: (usedAt: string | undefined) => ({
      message: `This link was already used${usedAt ? ` at ${usedAt}` : ''}; each link works once, so nothing more was done.`,
      details: usedAt ? { usedAt } : {},
    }),
  },
  stateMovedOn: {
    code: 'ACTION_LINK.STATE_MOVED_ON',
    kind: 'conflict',
    meaning: 'The warning the link was sent with no longer applies: the worker is not running any more, or its power plan changed since (someone kept it running or stopped it). `details.why` says which.',
    build: (workerName: string, action: string, why: string) => ({
      message: `The state moved on: ${why}, so this link (${ACTION_WORDS[action] ?? action}) no longer applies to ${workerName} and nothing was done.`,
      details: { why },
    }),
  },
  actionFailed: {
    code: 'ACTION_LINK.ACTION_FAILED',
    kind: 'conflict',
    meaning: 'The worker refused the action (`details.reason`); the link was not used up, so it may be tried again while it is valid.',
    build: (reason: string) => ({ message: `The action could not be done: ${reason} The link still works until it expires.`, details: { reason } }),
  },
  rateLimited: {
    code: 'ACTION_LINK.RATE_LIMITED',
    kind: 'rate-limited',
    meaning: 'Too many action-link requests from this address in the last minute (ACTION_LINK_RATE_LIMIT_PER_MINUTE); wait for `Retry-After`.',
    build: (retryAfterSeconds: number) => ({ message: 'Too many requests for action links from this address; wait a minute and try again.', details: { retryAfterSeconds } }),
  },
});

export { ACTION_WORDS };
