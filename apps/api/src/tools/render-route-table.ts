import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { pino } from 'pino';
import { createApp } from '../bootstrap/create-app.js';
import { loadConfig } from '../config/app-config.js';
import { RouteCatalog, renderRouteTable } from '../modules/auth/interface/http/route-catalog.js';

/** Rewrites the route-by-role table of docs/security.md from the routes the app registers. */
async function main(): Promise<void> {
  const config = loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/route-table',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/route-table',
    LOG_LEVEL: 'silent',
  });
  const { app } = await createApp(config, pino({ level: 'silent' }));
  await app.init();
  const table = renderRouteTable(app.get(RouteCatalog).routes());
  await app.close();
  const file = new URL('../../../../../docs/security.md', import.meta.url);
  const doc = readFileSync(file, 'utf8');
  const next = doc.replace(/<!-- routes:start -->\n[\s\S]*?<!-- routes:end -->/, `<!-- routes:start -->\n${table}\n<!-- routes:end -->`);
  writeFileSync(file, next);
  console.warn('docs/security.md route table written');
}

await main();
process.exit(0);
