import { createHash } from 'node:crypto';

/**
 * The record id of a (worker, lab) pair: a UUID (version 8, RFC 9562) derived from both ids, so
 * every sync, import and action on any app instance names the same record without a lookup, and
 * two syncs creating the same record collide on `_id` instead of creating two.
 */
export function labRecordId(workerId: string, labId: string): string {
  const bytes = createHash('sha256').update(`${workerId}/${labId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
