import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config.js';

export const API_VERSION = process.env.npm_package_version ?? '0.1.0';

/** Builds the OpenAPI document (also used by the web console's type generation). */
export function buildOpenApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('CML Cloud Manager API')
    .setDescription(
      'Control plane for fleets of Cisco Modeling Labs controllers ("workers") on AWS EC2. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.',
    )
    .setVersion(API_VERSION)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from the identity provider' }, 'bearer')
    .addCookieAuth('ccm_session', { type: 'apiKey', in: 'cookie', name: 'ccm_session', description: 'Web console session (browser only); writes also need X-CSRF-Token' }, 'session')
    .addSecurity('oidc', {
      type: 'openIdConnect',
      openIdConnectUrl: `${config.auth.issuer}/.well-known/openid-configuration`,
      description: `Sign in with the identity provider (client ${config.auth.swaggerClientId}, authorization code + PKCE)`,
    });
  return SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

export function setupOpenApi(app: INestApplication, config: AppConfig): OpenAPIObject {
  const document = buildOpenApiDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'CML Cloud Manager API',
    swaggerOptions: {
      persistAuthorization: false,
      displayRequestDuration: true,
      initOAuth: { clientId: config.auth.swaggerClientId, usePkceWithAuthorizationCodeGrant: true, scopes: ['openid', 'profile', 'email'] },
      oauth2RedirectUrl: `${config.http.publicUrl}/api/docs/oauth2-redirect.html`,
    },
  });
  return document;
}
