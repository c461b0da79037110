import { readFileSync, writeFileSync } from 'node:fs';
import { renderEventPayloadTable } from '../bootstrap/openapi-events.js';

/** Rewrites the event payload table of docs/api.md from the kernel's event payload schemas. */
const file = new URL('../../../../../docs/api.md', import.meta.url);
const doc = readFileSync(file, 'utf8');
writeFileSync(file, doc.replace(/<!-- events:start -->\n[\s\S]*?<!-- events:end -->/, `<!-- events:start -->\n${renderEventPayloadTable()}\n<!-- events:end -->`));
console.warn('docs/api.md event payload table written');
