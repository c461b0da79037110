import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, isEventType } from './event-types.js';

// The map is a set of TypeScript interfaces, which leave nothing to enumerate at runtime: read the
// quoted keys from their source, so a new event that is not in EVENT_TYPES fails here as well as in tsc.
function declaredEventTypes(): string[] {
  const dir = join(process.cwd(), 'libs/kernel/src/events');
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'event-types.ts')) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/^\s*'([a-z]+(?:-[a-z]+)*(?:\.[a-z-]+)+)'\??:\s*[{A-Z]/gm)) names.add(m[1]);
  }
  return [...names].sort();
}

describe('EVENT_TYPES', () => {
  it('lists exactly the event types the event map declares', () => {
    const declared = declaredEventTypes();
    expect(declared.length).toBeGreaterThan(10);
    expect([...EVENT_TYPES]).toEqual(declared);
  });

  it('uses past-tense dotted names', () => {
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+$/);
  });

  it.each([
    ['worker.imported', true],
    ['worker.status-changed', true],
    ['worker.exploded', false],
    ['toString', false],
    ['__proto__', false],
  ])('isEventType(%s) is %s', (value, expected) => {
    expect(isEventType(value)).toBe(expected);
  });
});
