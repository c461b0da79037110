import { readFileSync, writeFileSync } from 'node:fs';
import { renderErrorTable } from '../bootstrap/error-catalogues.js';

/** Rewrites the error code table of docs/api.md from the error catalogues. */
const file = new URL('../../../../../docs/api.md', import.meta.url);
const doc = readFileSync(file, 'utf8');
writeFileSync(file, doc.replace(/<!-- errors:start -->\n[\s\S]*?<!-- errors:end -->/, `<!-- errors:start -->\n${renderErrorTable()}\n<!-- errors:end -->`));
console.warn('docs/api.md error code table written');
