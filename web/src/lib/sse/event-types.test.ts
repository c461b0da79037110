import { describe, expect, it } from 'vitest';
import { LIVE_EVENT_TYPES } from './event-types';

// Resolved at run time so the console's compiler never follows it into the server's sources.
const CATALOGUE = new URL('../../../../libs/kernel/src/events/event-types.ts', import.meta.url).pathname;

describe('the live event types the console listens for', () => {
  it('cover every worker and lab event of the server’s event map', async () => {
    const { EVENT_TYPES } = (await import(/* @vite-ignore */ CATALOGUE)) as { EVENT_TYPES: readonly string[] };
    const relevant = EVENT_TYPES.filter((t) => t.startsWith('worker.') || t.startsWith('lab.'));
    expect([...LIVE_EVENT_TYPES].sort()).toEqual([...relevant].sort());
  });
});
