import type { Request, Response } from 'express';
import type { DomainError } from '#kernel';
import type { LinkOutcome, LinkPreview } from '../../application/action-links.service.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const when = (d: Date) => `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;

/**
 * A person in a browser (which asks for text/html on every page and form post) gets a page; anyone
 * else, `Accept: application/json` included, gets problem details like the rest of the API.
 */
export function wantsHtml(req: Request): boolean {
  const accept = req.header('accept') ?? '';
  return accept.includes('text/html') && !/^\s*application\/(problem\+)?json/.test(accept);
}

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    // A link is a credential: not cached, not indexed, not passed on as a referrer.
    .setHeader('Cache-Control', 'no-store')
    .setHeader('X-Robots-Tag', 'noindex, nofollow')
    .setHeader('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escape(title)} - CML Cloud Manager</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">${body}` +
        `<p><a href="/">Open CML Cloud Manager</a></p></body></html>`,
    );
}

/** The confirmation page a GET shows: what the button will do, to which worker, until when the link works. Nothing is done yet. */
export function renderConfirmation(res: Response, p: LinkPreview): void {
  page(
    res,
    200,
    `${p.label}: ${p.workerName}`,
    `<h1>${escape(p.label)}?</h1>` +
      `<p>Worker <strong>${escape(p.workerName)}</strong>: ${escape(p.label.toLowerCase())}.</p>` +
      `<p>This link was sent to ${escape(p.recipient)}, works once, and expires at ${escape(when(p.validUntil))}.</p>` +
      // Same URL, POST: only this button acts, so a mail scanner that opens the link does nothing.
      `<form method="post"><button type="submit" style="font-size:1.1rem;padding:.5rem 1rem">${escape(p.label)}</button></form>`,
  );
}

/** What a POST did. */
export function renderOutcome(res: Response, o: LinkOutcome): void {
  page(res, 200, `Done: ${o.workerName}`, `<h1>Done</h1><p>${escape(o.message)}</p><p>The timeline of ${escape(o.workerName)} records it as done by ${escape(o.recipient)} through an e-mail link.</p>`);
}

/** Why a link was refused, in a sentence, with its code. */
export function renderRefusal(res: Response, status: number, error: DomainError): void {
  page(res, status, 'This link cannot be used', `<h1>This link cannot be used</h1><p>${escape(error.message)}</p><p><small>Code: ${escape(error.code)}</small></p>`);
}
