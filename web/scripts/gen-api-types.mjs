// Usage: node scripts/gen-api-types.mjs <openapi.json>  (the root script `gen:web-types` makes the document first).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderApiTypes } from './api-types.mjs';

const input = process.argv[2];
if (!input) throw new Error('usage: gen-api-types <openapi.json>');
const out = new URL('../src/lib/api-types.ts', import.meta.url);
writeFileSync(out, await renderApiTypes(JSON.parse(readFileSync(input, 'utf8'))));
console.warn(`wrote ${out.pathname}`);
