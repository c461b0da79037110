import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What a one-click link may do; each link does exactly one. */
export const LINK_ACTIONS = ['keep-1h', 'keep-4h', 'stop'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];
/** Which notification a link belongs to (only the pre-stop warning carries links). */
export type LinkKind = 'stop-warning';

/** What a link says, signed: one worker, one action, one recipient, until when, and the state it was issued for. */
export interface LinkClaims {
  kind: LinkKind;
  action: LinkAction;
  workerId: string;
  /** Who the link was sent to: the timeline names them. */
  recipient: string;
  validUntil: Date;
  /** Random, unique per link: what "used once" is recorded by. */
  nonce: string;
  /** The worker's state the warning was about (workerStateStamp); another state means the warning no longer applies. */
  stateStamp: string;
}

/** Why a token was refused. */
export type TokenRefusal = 'malformed' | 'tampered' | 'expired';
export type TokenReading = { ok: true; claims: LinkClaims } | { ok: false; refusal: TokenRefusal; claims?: LinkClaims };

const VERSION = 1;
/** Domain separation: the secret signs nothing else in this shape. */
const CONTEXT = 'ccm.action-link.v1.';
/** Longer tokens are refused before any work (a link stays well under this). */
export const MAX_TOKEN_LENGTH = 1024;
const B64URL = /^[A-Za-z0-9_-]+$/;

interface Wire {
  v: number;
  k: string;
  a: string;
  w: string;
  r: string;
  x: number;
  n: string;
  s: string;
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(CONTEXT + payload).digest();
}

/** The token of a link: base64url(JSON claims) "." base64url(HMAC-SHA256 of them). */
export function signActionLink(claims: LinkClaims, secret: string): string {
  const wire: Wire = {
    v: VERSION,
    k: claims.kind,
    a: claims.action,
    w: claims.workerId,
    r: claims.recipient,
    x: Math.floor(claims.validUntil.getTime() / 1000),
    n: claims.nonce,
    s: claims.stateStamp,
  };
  const payload = Buffer.from(JSON.stringify(wire)).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

function claimsOf(wire: unknown): LinkClaims | undefined {
  if (!wire || typeof wire !== 'object') return undefined;
  const w = wire as Partial<Wire>;
  const strings = [w.k, w.a, w.w, w.r, w.n, w.s].every((v) => typeof v === 'string' && v.length > 0);
  if (w.v !== VERSION || !strings || typeof w.x !== 'number' || !Number.isFinite(w.x)) return undefined;
  if (w.k !== 'stop-warning' || !(LINK_ACTIONS as readonly string[]).includes(w.a!)) return undefined;
  return { kind: w.k, action: w.a as LinkAction, workerId: w.w!, recipient: w.r!, validUntil: new Date(w.x * 1000), nonce: w.n!, stateStamp: w.s! };
}

/**
 * Reads a token: the signature first (constant-time), then what it says, then its expiry at `now`.
 * A token whose signature does not match is `tampered` whatever it claims; nothing in it is
 * trusted before that.
 */
export function readActionLink(token: string, secret: string, now: Date): TokenReading {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, refusal: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 2 || !parts.every((p) => B64URL.test(p))) return { ok: false, refusal: 'malformed' };
  const [payload, signature] = parts as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, refusal: 'tampered' };
  let claims: LinkClaims | undefined;
  try {
    claims = claimsOf(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    claims = undefined;
  }
  // Signed by us but not understood: a format we no longer read.
  if (!claims) return { ok: false, refusal: 'malformed' };
  if (now.getTime() >= claims.validUntil.getTime()) return { ok: false, refusal: 'expired', claims };
  return { ok: true, claims };
}

/** What of a worker a warning is about: whether it runs, since when, and its override. */
export interface WorkerPowerFacts {
  status: string;
  managed: boolean;
  statusChangedAt?: string;
  override?: { kind: string; until: string; setAt: string };
}

/**
 * A short digest of the worker's power state: the same run (since when it runs) and the same
 * override. A stop and a start, or an override set or cleared since, change it.
 */
export function workerStateStamp(facts: WorkerPowerFacts): string {
  const o = facts.override;
  const text = [facts.status, facts.statusChangedAt ?? '', o ? `${o.kind}|${o.until}|${o.setAt}` : '-'].join('\n');
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** Why the warning a link came with no longer applies, in words; undefined while it still does. */
export function stateMovedOn(facts: WorkerPowerFacts | undefined, stamp: string): string | undefined {
  if (!facts) return 'the worker no longer exists';
  if (!facts.managed) return 'the worker is no longer managed';
  if (facts.status !== 'running') return `the worker is ${facts.status} now`;
  if (workerStateStamp(facts) !== stamp) {
    return facts.override?.kind === 'keep-running' ? 'someone already kept it running' : 'its power plan changed since the warning was sent';
  }
  return undefined;
}
