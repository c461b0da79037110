import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetails } from '../platform/http/problem-details.js';
import type { AppConfig } from '../config/app-config.js';
import { cookieNames } from '../modules/auth/auth.public.js';
import { publishEventSchemas } from './openapi-events.js';

export const API_VERSION = process.env.npm_package_version ?? '0.1.0';

/** Builds the OpenAPI document (also used by the web console's type generation). */
export function buildOpenApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const { session } = cookieNames(config);
  const builder = new DocumentBuilder()
    .setTitle('CML Cloud Manager API')
    .setDescription(
      'Control plane for fleets of Cisco Modeling Labs controllers ("workers") on AWS EC2. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`. ' +
        'Responses carry exactly the fields their schema declares. Events (the live stream, `GET /api/events`, ' +
        'a worker\'s timeline) are a union on `type`: `<Name>Event` fixes `type` and gives `data` the schema `<Name>EventData`.',
    )
    .setVersion(API_VERSION)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from the identity provider' }, 'bearer')
    .addCookieAuth(session, { type: 'apiKey', in: 'cookie', name: session, description: 'Web console session (browser only); writes also need X-CSRF-Token' }, 'session')
    .addSecurity('oidc', {
      type: 'openIdConnect',
      openIdConnectUrl: `${config.auth.issuer}/.well-known/openid-configuration`,
      description: `Sign in with the identity provider (client ${config.auth.swaggerClientId}, authorization code + PKCE)`,
    });
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    extraModels: [ProblemDetails],
  });
  documentProblems(document);
  publishEventSchemas(document);
  return document;
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * Every error is an RFC 9457 problem: declare that content type on every 4xx/5xx response, and
 * the errors any operation of its kind can answer, so clients (and the fuzzer) see the whole contract.
 */
function documentProblems(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item) as [string, { responses?: unknown; security?: unknown[]; parameters?: unknown[]; requestBody?: unknown }][]) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const responses = op.responses as Record<string, { description: string; content?: unknown }>;
      for (const [code, response] of Object.entries(responses)) if (/^[45]/.test(code)) response.content = PROBLEM;
      const add = (code: string, description: string) => {
        responses[code] ??= { description, content: PROBLEM };
      };
      const secured = (op.security?.length ?? 0) > 0;
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody) add('400', 'Invalid request; `errors` lists the fields and what to fix');
      if (secured) {
        add('401', 'No valid session or bearer token');
        add('403', 'The caller lacks the role this needs, or the CSRF token is missing');
      }
      if (path.includes('{')) add('404', 'Not found');
      if (method !== 'get') add('409', 'Not allowed in the current state');
      if (method !== 'get') add('413', 'Request body too large');
      add('429', 'Too many requests; see Retry-After');
      add('503', 'A dependency (database, shared store or identity provider) is unavailable; try again');
    }
  }
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
