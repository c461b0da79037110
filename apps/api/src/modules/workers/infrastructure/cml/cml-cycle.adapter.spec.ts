import { newestHumanActivity, parseCmlTime } from './cml-cycle.adapter.js';

const categories = ['start_lab', 'user_activity', 'wipe_node'];
const system = /^00000000-0000-/;

describe('newestHumanActivity', () => {
  const events = [
    { category: 'user_activity', timestamp: '2026-11-25T10:00:00', data: { user_id: '00000000-0000-4000-a000-000000000000' } },
    { category: 'start_lab', timestamp: '2026-11-25T09:00:00.123456', data: { user_id: '5a1e...' } },
    { category: 'wipe_node', timestamp: '2026-11-25T09:30:00+00:00', data: { user_id: 'b0b...' } },
    { category: 'system_stats', timestamp: '2026-11-25T11:00:00Z', data: { user_id: 'b0b...' } },
  ];

  it('ignores the system user and other categories, and takes the newest by time', () => {
    expect(newestHumanActivity(events, categories, system)).toBe('2026-11-25T09:30:00.000Z');
  });

  it('only counts events after the last check', () => {
    expect(newestHumanActivity(events, categories, system, '2026-11-25T09:45:00Z')).toBeUndefined();
    expect(newestHumanActivity(events, categories, system, '2026-11-25T09:10:00Z')).toBe('2026-11-25T09:30:00.000Z');
  });

  it.each([
    ['2026-11-25T09:00:00', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T09:00:00.5', '2026-11-25T09:00:00.500Z'],
    ['2026-11-25T09:00:00Z', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T11:00:00+02:00', '2026-11-25T09:00:00.000Z'],
  ])('reads %s as %s (no zone means UTC)', (input, iso) => {
    expect(new Date(parseCmlTime(input)).toISOString()).toBe(iso);
  });
});
