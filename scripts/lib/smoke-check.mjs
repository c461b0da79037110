// Checks that a started CML Cloud Manager answers like a product (used by `scripts/start --smoke`):
// the web console, readiness, the OpenAPI document, a browser-style sign-in over plain HTTP, and the
// workers API with a service-account bearer token.
//
//   APP_URL=http://127.0.0.1:8030 OIDC_ISSUER_URL=http://127.0.0.1:8033 node scripts/lib/smoke-check.mjs
//
// SMOKE_USER / SMOKE_PASSWORD (admin / admin) sign in; SMOKE_CLIENT_ID / SMOKE_CLIENT_SECRET
// (cml-automation-viewer) get the bearer token; EXPECT_WORKERS (0) is the least number of workers
// GET /api/workers must list. Prints one line per check; exit code 0 when all passed.

const appUrl = (process.env.APP_URL ?? 'http://127.0.0.1:8030').replace(/\/$/, '');
const issuer = (process.env.OIDC_ISSUER_URL ?? '').replace(/\/$/, '');
const user = process.env.SMOKE_USER ?? 'admin';
const password = process.env.SMOKE_PASSWORD ?? 'admin';
const clientId = process.env.SMOKE_CLIENT_ID ?? 'cml-automation-viewer';
const clientSecret = process.env.SMOKE_CLIENT_SECRET ?? 'dev-automation-viewer-secret';
const expectWorkers = Number(process.env.EXPECT_WORKERS ?? '0');

/** Cookies per origin, enough for a sign-in: name=value, no paths or expiry. */
class Jar {
  #byOrigin = new Map();
  store(url, res) {
    const jar = this.#byOrigin.get(url.origin) ?? new Map();
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
    this.#byOrigin.set(url.origin, jar);
  }
  header(url) {
    const jar = this.#byOrigin.get(url.origin);
    return jar && jar.size ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  }
}

async function request(url, jar, init = {}) {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, res);
  return res;
}

/** Follows redirects by hand (keeping cookies) until a page answers or `stopWhen(url)` holds. */
async function follow(url, jar, stopWhen, init) {
  let current = url;
  let options = init;
  for (let hop = 0; hop < 20; hop++) {
    if (hop > 0 && stopWhen(current)) return { url: current };
    const res = await request(current, jar, options);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      current = new URL(location, current);
      options = undefined;
      continue;
    }
    return { url: current, status: res.status, text: await res.text() };
  }
  throw new Error(`more than 20 redirects from ${url}`);
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x2F;/gi, '/').replace(/&#39;/g, "'");

async function signIn() {
  const jar = new Jar();
  const app = new URL(appUrl);
  const login = await follow(new URL('/api/auth/login?returnTo=/', app), jar, (u) => u.origin === app.origin);
  const form = /<form\b[^>]*\bid="kc-form-login"[^>]*>/i.exec(login.text ?? '');
  if (!form) throw new Error(`no login form at ${login.url} (HTTP ${login.status})`);
  const action = /\baction="([^"]*)"/i.exec(form[0])?.[1];
  if (!action) throw new Error('the login form has no action');
  const body = new URLSearchParams({ username: user, password, login: 'Sign In' });
  const back = await follow(new URL(decode(action), login.url), jar, (u) => u.origin === app.origin, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  if (back.text !== undefined) throw new Error(`the identity provider did not accept ${user} (HTTP ${back.status} at ${back.url.pathname})`);
  // Back at the app's callback: it sets the session cookie and redirects to returnTo.
  await follow(back.url, jar, (u) => u.origin === app.origin && !u.pathname.startsWith('/api/auth/'));
  const me = await request(new URL('/api/auth/me', app), jar);
  if (me.status !== 200) throw new Error(`/api/auth/me answered ${me.status} after the sign-in`);
  const identity = await me.json();
  if (identity.username !== user) throw new Error(`signed in as ${identity.username}, expected ${user}`);
  return `signed in as ${identity.username} (roles ${identity.roles.join(', ')}) through ${issuer || 'the identity provider'}`;
}

async function bearerToken() {
  const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!res.ok) throw new Error(`token for ${clientId}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

const checks = [
  [
    'web console at /',
    async () => {
      const res = await fetch(`${appUrl}/`);
      const html = await res.text();
      if (res.status !== 200 || !/<div id="root">/.test(html)) throw new Error(`HTTP ${res.status}, ${html.length} bytes without the console's root element`);
      return 'HTTP 200, the console page';
    },
  ],
  [
    'readiness /api/health/ready',
    async () => {
      const res = await fetch(`${appUrl}/api/health/ready`);
      const body = await res.json();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.error ?? body)}`);
      return `HTTP 200 (${Object.keys(body.info ?? {}).join(', ')} up)`;
    },
  ],
  [
    'OpenAPI document /api/docs-json',
    async () => {
      const res = await fetch(`${appUrl}/api/docs-json`);
      const doc = await res.json();
      if (res.status !== 200 || !/^3\./.test(doc.openapi ?? '')) throw new Error(`HTTP ${res.status}, openapi ${doc.openapi}`);
      return `OpenAPI ${doc.openapi}, ${Object.keys(doc.paths ?? {}).length} paths`;
    },
  ],
  ['browser sign-in over HTTP', signIn],
  [
    'GET /api/workers with a bearer token',
    async () => {
      const res = await fetch(`${appUrl}/api/workers?pageSize=100`, { headers: { authorization: `Bearer ${await bearerToken()}` } });
      const page = await res.json();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${page.detail ?? JSON.stringify(page)}`);
      if (page.total < expectWorkers) throw new Error(`${page.total} workers, expected at least ${expectWorkers}`);
      const regions = [...new Set(page.items.map((w) => w.region))].sort();
      const byStatus = Object.entries(page.summary?.byStatus ?? {}).map(([s, n]) => `${n} ${s}`).join(', ');
      return `${page.total} workers${regions.length ? ` in ${regions.join(', ')}` : ''}${byStatus ? ` (${byStatus})` : ''}`;
    },
  ],
];

let failed = 0;
for (const [name, check] of checks) {
  try {
    console.log(`  ok    ${name}: ${await check()}`);
  } catch (err) {
    failed++;
    console.log(`  FAIL  ${name}: ${err.message}`);
  }
}
console.log(failed ? `${failed} of ${checks.length} smoke checks failed` : `all ${checks.length} smoke checks passed`);
process.exit(failed ? 1 : 0);
