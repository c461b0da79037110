// The HTTP login driver lives in test/support; its parsing is checked here against markup copied
// from Keycloak 26's login page (v2 theme), so the driver stays usable against real Keycloak.
import { CookieJar, decodeHtmlEntities, loginErrorMessage, parseLoginForm } from '../../../test/support/oidc-login.js';
import { loginPage } from './pages.js';

const KEYCLOAK_PAGE = new URL('http://127.0.0.1:8031/realms/cml-cloud-manager/protocol/openid-connect/auth?client_id=x');
const KEYCLOAK_FORM = `
<div id="kc-form-wrapper">
  <form id="kc-form-login" class="pf-v5-c-form pf-v5-u-w-100" onsubmit="login.disabled = true; return true;" action="http://127.0.0.1:8031/realms/cml-cloud-manager/login-actions/authenticate?session_code=mA7w&amp;execution=4b81e76e&amp;client_id=cml-cloud-manager-web&amp;tab_id=syG5&amp;client_data=eyJydSI6" method="post" novalidate="novalidate">
    <input id="username" name="username" value="" type="text" autocomplete="username" autofocus aria-invalid=""/>
    <input id="password" name="password" value="" type="password" autocomplete="current-password" aria-invalid=""/>
    <button class="pf-v5-c-button pf-m-control" type="button" aria-label="Show password" aria-controls="password" data-password-toggle>
      <i class="fa-eye fas" aria-hidden="true"></i>
    </button>
    <input type="hidden" id="id-hidden-input" name="credentialId" />
    <button class="pf-v5-c-button pf-m-primary pf-m-block" name="login" id="kc-login" type="submit">Sign In</button>
  </form>
</div>`;
const KEYCLOAK_ERROR = `
<div id="input-error-container-username">
  <div class="pf-v5-c-form__helper-text" aria-live="polite">
    <div class="pf-v5-c-helper-text__item pf-m-error" id="input-error-username">
      <span class="pf-v5-c-helper-text__item-text pf-m-error kc-feedback-text">
          Invalid username or password.
      </span>
    </div>
  </div>
</div>`;

describe('parseLoginForm', () => {
  it("reads Keycloak's form: unescaped absolute action, hidden fields, the login button", () => {
    const form = parseLoginForm(`<html><body>${KEYCLOAK_FORM}</body></html>`, KEYCLOAK_PAGE)!;
    expect(form.action.href).toBe(
      'http://127.0.0.1:8031/realms/cml-cloud-manager/login-actions/authenticate?session_code=mA7w&execution=4b81e76e&client_id=cml-cloud-manager-web&tab_id=syG5&client_data=eyJydSI6',
    );
    expect(form.method).toBe('post');
    expect(form.hiddenFields).toEqual([['credentialId', '']]);
    expect(form.submit).toEqual(['login', '']);
  });

  it("reads the dev IdP's form and resolves its relative action against the page", () => {
    const page = new URL('http://127.0.0.1:8033/interaction/abc');
    const form = parseLoginForm(loginPage({ realmName: 'R', clientName: 'C', action: '/interaction/abc/login' }), page)!;
    expect(form.action.href).toBe('http://127.0.0.1:8033/interaction/abc/login');
    expect(form.submit).toEqual(['login', 'Sign In']);
  });

  it('ignores other forms and answers undefined when there is no login form', () => {
    expect(parseLoginForm('<form id="search" action="/s"></form>', KEYCLOAK_PAGE)).toBeUndefined();
  });
});

describe('loginErrorMessage', () => {
  it.each([
    ["Keycloak's v2 theme", KEYCLOAK_ERROR],
    ['the dev IdP and classic theme', '<div id="input-error" class="error">Invalid username or password.</div>'],
  ])('reads the message of %s', (_case, html) => {
    expect(loginErrorMessage(html)).toBe('Invalid username or password.');
  });

  it('answers undefined on a page without error', () => {
    expect(loginErrorMessage(KEYCLOAK_FORM)).toBeUndefined();
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeHtmlEntities('a&amp;b&lt;&#39;&#x2F;&quot;&bogus;')).toBe(`a&b<'/"&bogus;`);
  });
});

function response(...cookies: string[]): Response {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { headers });
}

describe('CookieJar', () => {
  it('sends cookies back by host and path, most specific path first, regardless of port', () => {
    const jar = new CookieJar();
    jar.store(
      new URL('http://127.0.0.1:8031/realms/cml-cloud-manager/protocol/openid-connect/auth'),
      response(
        'AUTH_SESSION_ID=abc; Version=1; Path=/realms/cml-cloud-manager/; SameSite=None; Secure; HttpOnly',
        'KC_RESTART=xyz; Path=/realms/cml-cloud-manager/; HttpOnly',
        'ROOT=1; Path=/',
      ),
    );
    expect(jar.header(new URL('http://127.0.0.1:8031/realms/cml-cloud-manager/login-actions/authenticate?x=1'))).toBe(
      'AUTH_SESSION_ID=abc; KC_RESTART=xyz; ROOT=1',
    );
    expect(jar.header(new URL('http://127.0.0.1:9999/realms/other'))).toBe('ROOT=1');
    expect(jar.header(new URL('http://localhost:8031/realms/cml-cloud-manager/'))).toBeUndefined();
  });

  it('defaults the path to the directory of the request and matches it on segment boundaries', () => {
    const jar = new CookieJar();
    jar.store(new URL('http://h/auth/abc'), response('resume=1'));
    expect(jar.names(new URL('http://h/auth/abc'))).toEqual(['resume']);
    expect(jar.names(new URL('http://h/auth'))).toEqual(['resume']);
    expect(jar.names(new URL('http://h/authx'))).toEqual([]);
  });

  it('replaces a cookie and deletes it on Max-Age=0 or a past Expires', () => {
    const jar = new CookieJar();
    const url = new URL('http://h/');
    jar.store(url, response('a=1; Path=/', 'b=1; Path=/'));
    jar.store(url, response('a=2; Path=/'));
    expect(jar.header(url)).toBe('a=2; b=1');
    jar.store(url, response('a=; Path=/; Max-Age=0', 'b=; Path=/; expires=Thu, 01 Jan 1970 00:00:01 GMT'));
    expect(jar.header(url)).toBeUndefined();
  });

  it('honours a Domain attribute for subdomains', () => {
    const jar = new CookieJar();
    jar.store(new URL('http://a.example.test/'), response('d=1; Domain=.example.test; Path=/'));
    expect(jar.header(new URL('http://b.example.test/'))).toBe('d=1');
  });
});
