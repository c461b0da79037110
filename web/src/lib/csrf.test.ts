import { describe, expect, it } from 'vitest';
import { readCsrfToken } from './csrf';

describe('the CSRF token', () => {
  it('is read from ccm_csrf over plain http', () => {
    expect(readCsrfToken('theme=dark; ccm_csrf=plain123')).toBe('plain123');
  });

  it('is read from __Host-ccm_csrf, the name the server uses behind https', () => {
    expect(readCsrfToken('__Host-ccm_csrf=host456; theme=dark')).toBe('host456');
  });

  it('comes from the __Host- cookie when a plain one is there too (left from before, or planted by another host)', () => {
    expect(readCsrfToken('ccm_csrf=planted; __Host-ccm_csrf=host456')).toBe('host456');
  });

  it('is missing when neither cookie is there', () => {
    expect(readCsrfToken('ccm_session_hint=1; xccm_csrf=nope')).toBeUndefined();
  });
});
