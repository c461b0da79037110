/**
 * The server's rules for tag edits (apps/api/src/modules/workers/domain/worker-tags.rule.ts, EC2's
 * limits) and for the `cml-endpoint` tag (worker-endpoint.rule.ts), so the editor can mark a field
 * while it is typed in rather than after a refused save. The server stays the judge;
 * tag-rules.test.ts runs the same cases through the server's functions and fails when they drift.
 */

export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
/** Tags the product writes and relies on; the server refuses to change or remove them. */
export const PROTECTED_TAGS: readonly string[] = ['ManagedBy', 'cml-worker-id'];
/** The tag that says where a worker's CML controller answers, and so where its credentials go. */
export const ENDPOINT_TAG = 'cml-endpoint';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Tags nobody may change from here: the product's own, and AWS's (`aws:` keys). */
export function isLockedTag(key: string): boolean {
  return PROTECTED_TAGS.includes(key) || key.toLowerCase().startsWith('aws:');
}

/** What is wrong with a tag key, in words that say what to fix; undefined when the server would take it. */
export function tagKeyProblem(key: string): string | undefined {
  if (key.length === 0) return 'Give the tag a key.';
  if (key.length > TAG_KEY_MAX) return `The key is ${plural(key.length, 'character')}; EC2 allows at most ${TAG_KEY_MAX}: remove ${key.length - TAG_KEY_MAX}.`;
  if (key.toLowerCase().startsWith('aws:')) return 'Keys starting with "aws:" are reserved for AWS; choose another key.';
  if (PROTECTED_TAGS.includes(key)) return `${key} is managed by CML Cloud Manager; choose another key.`;
  return undefined;
}

/** What is wrong with a tag value; undefined when the server would take it. */
export function tagValueProblem(value: string): string | undefined {
  if (value.length > TAG_VALUE_MAX) return `The value is ${plural(value.length, 'character')}; EC2 allows at most ${TAG_VALUE_MAX}: remove ${value.length - TAG_VALUE_MAX}.`;
  return undefined;
}

/**
 * Why a `cml-endpoint` value would be ignored (the worker then has no endpoint at all), or undefined
 * for an http(s) URL without user info, query or fragment.
 */
export function endpointProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not a URL (expected https://host[:port])';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `it uses ${url.protocol} (expected https://host[:port])`;
  if (url.username || url.password) return 'it carries user info; credentials never go in the URL';
  if (url.search || url.hash) return 'it has a query or fragment (expected https://host[:port])';
  return undefined;
}
