import { readFileSync } from 'node:fs';
import { renderApiTypes } from '../../../../web/scripts/api-types.mjs';
import { buildOfflineOpenApiDocument } from './openapi-document.js';

/** The first line (1-based) where two texts differ, with both versions of it; null when they are equal. */
function firstDifference(actual: string, expected: string): { line: number; committed?: string; expected?: string } | null {
  const a = actual.split('\n');
  const b = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return { line: i + 1, committed: a[i], expected: b[i] };
  return null;
}

describe("the web console's generated API types", () => {
  it('match the OpenAPI document the API builds now (run `npm run gen:web-types` when this fails)', async () => {
    const committed = readFileSync(new URL('../../../../web/src/lib/api-types.ts', import.meta.url), 'utf8');
    const fresh = await renderApiTypes(await buildOfflineOpenApiDocument());
    // Naming the first differing line beats dumping two files of 2,000 lines.
    expect(firstDifference(committed, fresh)).toBeNull();
  }, 60_000);
});
