import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id made from `parts` (RFC 9562 version 8): the same event handled twice makes the
 * same notification and delivery ids, so the second write is refused instead of notifying twice.
 */
export function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
