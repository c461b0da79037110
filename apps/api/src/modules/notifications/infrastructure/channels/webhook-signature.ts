import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries a generic webhook's signature. */
export const SIGNATURE_HEADER = 'X-CML-Signature';

/**
 * The signature of a webhook request sent at `timestamp` (Unix seconds) with `body`:
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the channel's secret>` (ADR 0036).
 * The timestamp is signed too, so a receiver can refuse replays older than a few minutes.
 */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A receiver's check (the docs show the same in a few lines): true when `header` signs `body` with `secret`, made within `toleranceSeconds` of `nowSeconds`. */
export function verifySignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
