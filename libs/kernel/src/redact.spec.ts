import { REDACTED, redactSecrets, secretForms } from './redact.js';

const SECRET = 'Pa55/"word" with+odd&chars';

describe('redactSecrets', () => {
  it.each([
    ['raw', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['JSON-escaped twice', JSON.stringify(JSON.stringify(SECRET)).slice(3, -3)],
    ['percent-encoded', encodeURIComponent(SECRET)],
    ['percent-encoded, JSON-escaped', encodeURIComponent(JSON.stringify(SECRET).slice(1, -1))],
    ['form-encoded', new URLSearchParams({ p: SECRET }).toString().slice(2)],
    ['base64', Buffer.from(SECRET).toString('base64')],
    ['base64url', Buffer.from(SECRET).toString('base64url')],
  ])('replaces the %s form', (_form, shown) => {
    expect(redactSecrets(`before ${shown} after`, [SECRET])).toBe(`before ${REDACTED} after`);
  });

  it('replaces a secret inside a JSON body echoed in a JSON error, where it is escaped twice', () => {
    const echoed = JSON.stringify({ description: `Bad request: ${JSON.stringify({ username: 'u', password: SECRET })}` });
    const redacted = redactSecrets(echoed, [SECRET]);
    expect(redacted).not.toContain('Pa55');
    expect(JSON.parse(redacted)).toEqual({ description: `Bad request: {"username":"u","password":"${REDACTED}"}` });
  });

  it('replaces every occurrence of every secret, and leaves other text alone', () => {
    expect(redactSecrets('a TOKEN-1 b TOKEN-1 c PASS-2 d', ['TOKEN-1', 'PASS-2'])).toBe(`a ${REDACTED} b ${REDACTED} c ${REDACTED} d`);
    expect(redactSecrets('nothing to hide', [SECRET])).toBe('nothing to hide');
  });

  it('skips missing, empty and too-short secrets, which would blank out ordinary words', () => {
    expect(redactSecrets('an admin said abc', [undefined, '', 'abc'])).toBe('an admin said abc');
  });

  it('lists longer forms first, so a form inside another never leaves part of it', () => {
    const forms = secretForms(SECRET);
    expect(forms).toEqual([...forms].sort((a, b) => b.length - a.length));
    expect(new Set(forms).size).toBe(forms.length);
  });
});
