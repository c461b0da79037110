import { writeFileSync } from 'node:fs';
import { buildOfflineOpenApiDocument } from './openapi-document.js';

/** Writes the OpenAPI document to the file named by the first argument (for the web console's type generation). */
async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: write-openapi-document <output.json>');
  const document = await buildOfflineOpenApiDocument();
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  console.warn(`OpenAPI document written to ${out}`);
}

await main();
process.exit(0);
