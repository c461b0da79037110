import { normalizeCmlBaseUrl } from './cml-client-factory.js';

describe('normalizeCmlBaseUrl', () => {
  it.each([
    ['https://10.0.0.5', 'https://10.0.0.5'],
    ['https://10.0.0.5/', 'https://10.0.0.5'],
    ['https://10.0.0.5/api/v0', 'https://10.0.0.5'],
    ['https://10.0.0.5/api/v0/', 'https://10.0.0.5'],
    ['http://127.0.0.1:8040/cml-1', 'http://127.0.0.1:8040/cml-1'],
    ['https://admin:secret@cml.example:8443/?x=1', 'https://cml.example:8443'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeCmlBaseUrl(input)).toBe(expected);
  });

  it('refuses what is not an http(s) URL without echoing credentials', () => {
    expect(() => normalizeCmlBaseUrl('ftp://cml.example')).toThrow('must be http(s)');
    for (const bad of ['https//admin:secret@', 'not a url user:secret@x']) {
      expect(() => normalizeCmlBaseUrl(bad)).toThrow(expect.objectContaining({ code: 'CML.INVALID_BASE_URL', message: expect.not.stringContaining('secret') }) as unknown as Error);
    }
  });
});
