import type { Request, Response } from 'express';
import type { DomainError } from '#kernel';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sign-in failures reach a person in a browser: show a page with a way back, not JSON. */
export function wantsHtml(req: Request): boolean {
  return (req.header('accept') ?? '').includes('text/html');
}

export function renderAuthError(res: Response, status: number, error: DomainError): void {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed - CML Cloud Manager</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">` +
        `<h1>Sign-in failed</h1><p>${escape(error.message)}</p><p><small>Code: ${escape(error.code)}</small></p>` +
        `<p><a href="/api/auth/login">Sign in again</a> &middot; <a href="/">Home</a></p></body></html>`,
    );
}
