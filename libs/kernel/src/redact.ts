/** What a secret is replaced with in text that leaves the process (errors, logs, events, spans). */
export const REDACTED = '[redacted]';

/** Secrets shorter than this are not replaced: a short value would also blank out ordinary words. */
export const MIN_REDACTED_LENGTH = 4;

const jsonEscaped = (s: string): string => JSON.stringify(s).slice(1, -1);
const formEncoded = (s: string): string => new URLSearchParams({ s }).toString().slice(2);

/**
 * The ways a secret shows up in text that echoes a request: as is; JSON-escaped once or twice (it
 * was sent in a JSON body, which may then be quoted inside JSON again); each of those
 * percent-encoded (`encodeURIComponent`, or as a form field); base64 and base64url.
 */
export function secretForms(secret: string): string[] {
  const bases = [secret, jsonEscaped(secret), jsonEscaped(jsonEscaped(secret))];
  const forms = new Set<string>();
  for (const base of bases) for (const form of [base, encodeURIComponent(base), formEncoded(base)]) forms.add(form);
  forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  forms.add(Buffer.from(secret, 'utf8').toString('base64url'));
  // Longest first, so a form is never cut by a shorter one that it contains.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every form of every given secret (see `secretForms`) in `text` with `[redacted]`: for
 * text built from what an outside system answered, which may repeat the request's credentials.
 * Empty, missing and too-short secrets are skipped.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_REDACTED_LENGTH) continue;
    for (const form of secretForms(secret)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}
