import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { pino } from 'pino';
import { createApp } from '../bootstrap/create-app.js';
import { buildOpenApiDocument } from '../bootstrap/openapi.js';
import { loadConfig } from '../config/app-config.js';

/**
 * The API's OpenAPI document, built from the controllers without any service: the app is created
 * with placeholder addresses and never listens. The placeholders only show up in the security
 * schemes, so the document (and the web console's generated types) is the same on every machine.
 */
export async function buildOfflineOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/openapi',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/openapi',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'silent',
  });
  const { app } = await createApp(config, pino({ level: 'silent' }));
  try {
    await app.init();
    return buildOpenApiDocument(app, config);
  } finally {
    await app.close();
  }
}
