import { randomFillSync } from 'node:crypto';

// Ids made in the same millisecond (one command raising several events) must still sort in the
// order they were made: readers resume "after" an id, so a random order inside a millisecond
// could hide an event from them. RFC 9562 method 1: a counter in rand_a, seeded at random.
let lastNow = Number.NEGATIVE_INFINITY;
let lastMs = 0;
let counter = 0;
const COUNTER_MAX = 0xfff;

// Random bytes are drawn 4 KB at a time, as Node's randomUUID does: a collection cycle raises
// thousands of events, and a `randomBytes(16)` per id was a system call and an ArrayBuffer each.
const POOL = Buffer.alloc(16 * 256);
let poolOffset = POOL.length;
// The id being made; its hex string is what leaves this function.
const bytes = Buffer.alloc(16);

function fillRandom(): void {
  if (poolOffset >= POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  POOL.copy(bytes, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
}

/**
 * A UUID version 7 (RFC 9562): time-ordered, so ids sort by creation time across processes,
 * and strictly increasing within this process while time does not go backwards.
 * Used for domain event ids and aggregate ids.
 */
export function uuidv7(now: number = Date.now()): string {
  fillRandom();
  let ms = now;
  if (now >= lastNow && now <= lastMs) {
    // Same millisecond as the previous id (or behind one we pushed ahead on counter overflow).
    ms = lastMs;
    counter += 1;
    if (counter > COUNTER_MAX) {
      ms = lastMs + 1;
      counter = 0;
    }
  } else {
    // Leave room above the seed so a burst rarely overflows into the next millisecond.
    counter = ((bytes[6] & 0x07) << 8) | bytes[7];
  }
  // A clock that went backwards (a test clock) is honoured: the sequence starts over from there.
  lastNow = now;
  lastMs = ms;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The smallest UUIDv7 of a millisecond: `id > uuidv7Floor(t)` selects ids made at or after `t`. */
export function uuidv7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

/** The millisecond a UUIDv7 was made at, or undefined when it is not one. */
export function uuidv7Time(id: string): number | undefined {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
