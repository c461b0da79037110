/**
 * The provider's HTML: login form, logout confirmation, signed-out and error pages. Plain HTML with
 * an inline style sheet and no scripts or external assets; every interpolated value is escaped.
 * The login form keeps Keycloak's ids and field names (`kc-form-login`, `username`, `password`,
 * `login`, `input-error`) so one HTTP test driver signs in on both.
 */

import { type KoaContextWithOIDC } from 'oidc-provider';

/** The Content-Security-Policy of every page: nothing but the inline style sheet. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f4f7;color:#1d2430;margin:0}
main{max-width:380px;margin:8vh auto;background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12);padding:28px 32px}
h1{font-size:1.35rem;margin:0 0 4px}p.sub{margin:0 0 20px;color:#5b6576;font-size:.9rem}
label{display:block;font-size:.9rem;margin:14px 0 4px}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:9px 10px;border:1px solid #b8c0cc;border-radius:4px;font-size:1rem}
button,input[type=submit]{margin-top:20px;width:100%;padding:10px;border:0;border-radius:4px;background:#1f5fbf;color:#fff;font-size:1rem;cursor:pointer}
button.secondary{background:#e6e9ef;color:#1d2430}
.error{background:#fdecea;color:#8a1c12;border-radius:4px;padding:9px 10px;margin:0 0 8px;font-size:.9rem}
.notice{margin-top:18px;font-size:.8rem;color:#7a8394}
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const DEV_NOTICE = '<p class="notice">Development identity provider: for demos and tests only.</p>';

export interface LoginPageInput {
  realmName: string;
  clientName: string;
  action: string;
  username?: string;
  error?: string;
}

/** The sign-in form; `error` is shown above it (e.g. after a wrong password). */
export function loginPage(input: LoginPageInput): string {
  const error = input.error
    ? `<div id="input-error" class="error" role="alert" aria-live="polite">${escapeHtml(input.error)}</div>`
    : '';
  return page(
    `Sign in to ${input.realmName}`,
    `<h1>Sign in to ${escapeHtml(input.realmName)}</h1>
<p class="sub">to continue to ${escapeHtml(input.clientName)}</p>
${error}
<form id="kc-form-login" action="${escapeHtml(input.action)}" method="post" autocomplete="off">
<label for="username">Username or email</label>
<input id="username" name="username" type="text" value="${escapeHtml(input.username ?? '')}" autofocus autocomplete="username" required${input.error ? ' aria-invalid="true"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${input.error ? ' aria-invalid="true"' : ''}>
<input id="kc-login" name="login" type="submit" value="Sign In">
</form>
${DEV_NOTICE}`,
  );
}

/** Asks before signing out when the request carried no `id_token_hint` (Keycloak asks too). */
export function logoutConfirmPage(input: { realmName: string; form: string }): string {
  // `form` is oidc-provider's own markup (action URL and xsrf token), already escaped by it.
  return page(
    'Sign out',
    `<h1>Sign out</h1>
<p class="sub">Do you want to sign out of ${escapeHtml(input.realmName)}?</p>
${input.form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>
${DEV_NOTICE}`,
  );
}

export function signedOutPage(input: { realmName: string }): string {
  return page(
    'Signed out',
    `<h1>You are signed out</h1>
<p class="sub">Your ${escapeHtml(input.realmName)} session has ended.</p>
${DEV_NOTICE}`,
  );
}

export function errorPage(input: { title: string; message: string; details?: Record<string, string> }): string {
  const details = Object.entries(input.details ?? {})
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
    .join('\n');
  return page(
    input.title,
    `<h1>${escapeHtml(input.title)}</h1>
<p id="kc-error-message" class="error">${escapeHtml(input.message)}</p>
${details}
${DEV_NOTICE}`,
  );
}

/** Answers with one of these pages. */
export function sendPage(ctx: KoaContextWithOIDC, status: number, body: string): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('cache-control', 'no-store');
  ctx.set('content-security-policy', PAGE_CSP);
  ctx.set('x-frame-options', 'DENY');
  ctx.set('referrer-policy', 'no-referrer');
  ctx.body = body;
}
