import { readFileSync } from 'node:fs';
import { buildOfflineOpenApiDocument } from './openapi-document.js';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The `METHOD /api/path` operations named in the first column of a docs/console.md section's table. */
function operationsInSection(doc: string, heading: string): string[] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/console.md has no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| `((?:GET|POST|PUT|PATCH|DELETE) \/api\/\S*)` \|/gm)].map((m) => m[1]);
}

/**
 * docs/console.md promises that every API operation a person would use has a place in the console,
 * and lists the few that deliberately have none with the reason. This keeps the promise honest: a new
 * route fails here until someone says where it lives in the console, or why it does not.
 */
describe('docs/console.md', () => {
  it('places every API operation in the console or lists it as a deliberate exception, once', async () => {
    const document = await buildOfflineOpenApiDocument();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      HTTP_METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const doc = readFileSync(new URL('../../../../docs/console.md', import.meta.url), 'utf8');
    const listed = [...operationsInSection(doc, 'Where each operation lives'), ...operationsInSection(doc, 'Deliberate exceptions')];

    const missing = operations.filter((op) => !listed.includes(op));
    const unknown = listed.filter((op) => !operations.includes(op));
    const twice = listed.filter((op, i) => listed.indexOf(op) !== i);
    expect({ missing, unknown, twice }).toEqual({ missing: [], unknown: [], twice: [] });
  }, 60_000);
});
