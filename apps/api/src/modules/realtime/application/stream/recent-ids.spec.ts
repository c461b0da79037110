import { RecentIds } from './recent-ids.js';

describe('RecentIds', () => {
  it('says whether an id was seen, forgetting the oldest beyond its capacity', () => {
    const ids = new RecentIds(3);
    expect(ids.add('a')).toBe(true);
    expect(ids.add('a')).toBe(false);
    ids.add('b');
    ids.add('c');
    expect(ids.has('a')).toBe(true);
    ids.add('d');
    expect(ids.has('a')).toBe(false);
    expect(['b', 'c', 'd'].every((id) => ids.has(id))).toBe(true);
    expect(ids.size).toBe(3);
  });

  it('keeps its size at the capacity however many ids pass', () => {
    const ids = new RecentIds(100);
    for (let i = 0; i < 10_000; i++) ids.add(`id-${i}`);
    expect(ids.size).toBe(100);
    expect(ids.has('id-9999')).toBe(true);
    expect(ids.has('id-9899')).toBe(false);
  });
});
