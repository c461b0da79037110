import { type DomainError, REDACTED, redactSecrets } from '#kernel';
import type { z } from 'zod';
import { CmlErrors } from '../cml.errors.js';
import { cmlErrorBodySchema } from '../schemas/cml-responses.schema.js';

/** Which call an answer belongs to, for error messages. */
export interface ResponseContext {
  controller: string;
  operation: string;
  method: string;
  path: string;
}

const MAX_ISSUES = 5;

function invalid(ctx: ResponseContext, what: string, issues?: { path: string; message: string }[]): DomainError {
  return CmlErrors.invalidResponse(ctx, what, issues);
}

/** Parses and validates a JSON answer; a body that is not JSON or has the wrong shape is `CML.INVALID_RESPONSE`. */
export function parseJsonBody<S extends z.ZodType>(ctx: ResponseContext, body: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw invalid(ctx, body.trim() ? 'a body that is not JSON' : 'an empty body instead of JSON');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Paths and messages only: zod messages name expected and received types, never the values (a token could be one).
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  const more = result.error.issues.length > MAX_ISSUES ? ` (and ${result.error.issues.length - MAX_ISSUES} more)` : '';
  throw invalid(ctx, `an unexpected shape: ${summary}${more}`, issues);
}

/**
 * A text answer (the YAML of a lab). Controllers send the text itself; a JSON-encoded string, as the
 * OpenAPI document describes it, is unwrapped.
 */
export function parseTextBody(ctx: ResponseContext, body: string, contentType: string): string {
  let text = body;
  if (contentType.includes('json')) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      value = body;
    }
    if (typeof value !== 'string') throw invalid(ctx, 'JSON that is not a string where text was expected');
    text = value;
  }
  if (!text.trim()) throw invalid(ctx, 'an empty body');
  return text;
}

// Credentials a controller (or a proxy before it) may repeat that the caller did not name: a bearer
// token (RFC 6750 token characters, long enough not to be a word), a JWT such as a CML token.
const TOKEN_LIKE: [RegExp, string][] = [
  [/\bBearer\s+[\w.~+/-]{16,}=*/gi, `Bearer ${REDACTED}`],
  [/\beyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g, REDACTED],
];

/** `text` without the given secrets (in any form, see `redactSecrets`) and without token-like strings. */
export function redactControllerText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = redactSecrets(text, secrets);
  for (const [pattern, replacement] of TOKEN_LIKE) out = out.replace(pattern, replacement);
  return out;
}

/**
 * CML's explanation of an error answer: `description` of its error body, else a short, tag-free
 * excerpt. Controllers and proxies may echo the request, so `secrets` (what the request carried:
 * password, token, licence token) and anything token-like are redacted before anything is cut.
 */
export function errorDescription(body: string, secrets: readonly (string | undefined)[] = []): string {
  const safe = redactControllerText(body, secrets);
  try {
    const parsed = cmlErrorBodySchema.safeParse(JSON.parse(safe));
    if (parsed.success) return redactControllerText(parsed.data.description, secrets);
  } catch {
    // not JSON: fall through to the text
  }
  const text = safe.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || 'no description';
}
