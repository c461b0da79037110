// Fails when the JavaScript a first visit loads (the entry script and its modulepreloads in
// dist/index.html) exceeds the budget, gzipped. Run after `vite build`; prints every chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.WEB_INITIAL_JS_BUDGET_KB ?? 250);
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
// kB of 1000 bytes at the default gzip level: the figures vite build prints.
const kb = (file) => gzipSync(readFileSync(join(dist, file))).length / 1000;

let total = 0;
for (const name of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).sort()) {
  const file = `assets/${name}`;
  const size = kb(file);
  if (initial.has(file)) total += size;
  process.stdout.write(`${initial.has(file) ? 'initial' : 'on demand'}  ${size.toFixed(1).padStart(7)} kB gzip  ${name}\n`);
}
process.stdout.write(`Initial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)\n`);
if (total > BUDGET_KB) {
  console.error(`The initial JavaScript is over budget by ${(total - BUDGET_KB).toFixed(1)} kB: load more on demand (React.lazy).`);
  process.exit(1);
}
