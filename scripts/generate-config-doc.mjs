// Writes docs/configuration.md from the compiled config schema (run `npm run build:api` first).
import { writeFileSync } from 'node:fs';
import { renderConfigDoc } from '../dist/apps/api/src/config/config-doc.js';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), renderConfigDoc());
console.log('docs/configuration.md written');
