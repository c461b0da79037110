import { errorPage, escapeHtml, loginPage, logoutConfirmPage } from './pages.js';

describe('escapeHtml', () => {
  it('escapes the characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('loginPage', () => {
  const base = { realmName: 'Realm', clientName: 'Web', action: '/interaction/abc/login' };

  it("keeps Keycloak's form id and field names", () => {
    const html = loginPage(base);
    expect(html).toContain('<form id="kc-form-login" action="/interaction/abc/login" method="post"');
    expect(html).toMatch(/<input[^>]*name="username"/);
    expect(html).toMatch(/<input[^>]*name="password"[^>]*type="password"/);
    expect(html).toMatch(/<input[^>]*name="login"[^>]*type="submit"/);
    expect(html).not.toContain('input-error');
  });

  it('shows the error and escapes every value it renders', () => {
    const html = loginPage({
      realmName: '<R>',
      clientName: '"C"',
      action: '/a?x=1&y=2',
      username: '"><img src=x onerror=alert(1)>',
      error: '<b>bad</b>',
    });
    expect(html).toContain('<div id="input-error" class="error" role="alert" aria-live="polite">&lt;b&gt;bad&lt;/b&gt;</div>');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('action="/a?x=1&amp;y=2"');
    expect(html).toContain('Sign in to &lt;R&gt;');
    expect(html).toContain('to continue to &quot;C&quot;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });
});

describe('other pages', () => {
  it('asks before signing out, around the form the provider supplies', () => {
    const html = logoutConfirmPage({ realmName: 'Realm', form: '<form id="op.logoutForm"></form>' });
    expect(html).toContain('<form id="op.logoutForm"></form>');
    expect(html).toContain('form="op.logoutForm" name="logout" value="yes"');
  });

  it('escapes error details', () => {
    const html = errorPage({ title: 'Oops', message: 'm<', details: { error: '<x>' } });
    expect(html).toContain('m&lt;');
    expect(html).toContain('<strong>error</strong>: &lt;x&gt;');
  });
});
