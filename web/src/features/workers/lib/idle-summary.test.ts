import { describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { idleSummary } from './idle-summary';

describe('the idle summary of a row', () => {
  it('calls activity a little ahead of the shared clock "now", never a time in the future', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    const w = aWorker({ idle: { lastActivityAt: '2026-11-25T10:00:12Z', lastActivitySource: 'lab-event' } });
    expect(idleSummary(w, now).text).toBe('active now');
    expect(idleSummary(aWorker({ idle: { lastActivityAt: '2026-11-25T09:58:00Z' } }), now).text).toBe('active 2 minutes ago');
  });
});
