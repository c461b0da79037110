/**
 * What a worker name given by a person (provisioning, rename) may be. The HTTP layer checks it, the
 * console gets it from `GET /api/system/defaults` and checks the same before sending: one rule, so
 * the form never submits a name the server refuses. Names taken from an instance's Name tag at
 * import are not held to it (EC2 tags allow anything).
 */
export const WORKER_NAME_RULE = {
  minLength: 1,
  maxLength: 64,
  /** Checked on the trimmed name. ASCII only: `\w` is [A-Za-z0-9_] in JavaScript, browser and server alike. */
  pattern: /^[\w .:@()/+-]+$/,
  allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _',
} as const;

/** The message for a name outside the length limits. */
export const WORKER_NAME_LENGTH_MESSAGE = `name must be ${WORKER_NAME_RULE.minLength} to ${WORKER_NAME_RULE.maxLength} characters`;
/** The message for a name with a character outside the pattern. */
export const WORKER_NAME_PATTERN_MESSAGE = `name may contain ${WORKER_NAME_RULE.allowedCharacters}`;

/** Why `name` (trimmed first) is not a valid worker name, or undefined when it is. */
export function workerNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length < WORKER_NAME_RULE.minLength || trimmed.length > WORKER_NAME_RULE.maxLength) return WORKER_NAME_LENGTH_MESSAGE;
  if (!WORKER_NAME_RULE.pattern.test(trimmed)) return WORKER_NAME_PATTERN_MESSAGE;
  return undefined;
}
