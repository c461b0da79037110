import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { EVENT_TYPES } from '#kernel';
import { BUDGETS_RESPONSE_SAMPLES } from '../modules/budgets/interface/http/response-samples.test.js';
import { AUTH_RESPONSE_SAMPLES } from '../modules/auth/interface/http/response-samples.test.js';
import { COST_PRICES_RESPONSE_SAMPLES } from '../modules/cost/interface/http/cost-prices.response-samples.test.js';
import { COST_RESPONSE_SAMPLES } from '../modules/cost/interface/http/response-samples.test.js';
import { JOBS_RESPONSE_SAMPLES } from '../modules/jobs/interface/http/response-samples.test.js';
import { LABS_RESPONSE_SAMPLES } from '../modules/labs/interface/http/response-samples.test.js';
import { NOTIFICATIONS_RESPONSE_SAMPLES } from '../modules/notifications/interface/http/response-samples.test.js';
import { REALTIME_RESPONSE_SAMPLES } from '../modules/realtime/interface/http/response-samples.test.js';
import { SETTINGS_RESPONSE_SAMPLES } from '../modules/settings/interface/http/response-samples.test.js';
import { SCHEDULING_RESPONSE_SAMPLES } from '../modules/scheduling/interface/http/response-samples.test.js';
import { SYSTEM_RESPONSE_SAMPLES } from '../modules/system/interface/http/response-samples.test.js';
import { WORKERS_RESPONSE_SAMPLES } from '../modules/workers/interface/http/response-samples.test.js';
import { conformanceProblems, type ResponseSample } from '../platform/http/schema-conformance.test.js';
import { buildOfflineOpenApiDocument } from '../tools/openapi-document.js';
import { eventSchemaName } from './openapi-events.js';

const SAMPLES: ResponseSample[] = [
  ...AUTH_RESPONSE_SAMPLES,
  ...COST_PRICES_RESPONSE_SAMPLES,
  ...COST_RESPONSE_SAMPLES,
  ...BUDGETS_RESPONSE_SAMPLES,
  ...JOBS_RESPONSE_SAMPLES,
  ...LABS_RESPONSE_SAMPLES,
  ...NOTIFICATIONS_RESPONSE_SAMPLES,
  ...REALTIME_RESPONSE_SAMPLES,
  ...SCHEDULING_RESPONSE_SAMPLES,
  ...SETTINGS_RESPONSE_SAMPLES,
  ...SYSTEM_RESPONSE_SAMPLES,
  ...WORKERS_RESPONSE_SAMPLES,
];

/** A JSON success answer of a route, and the DTO schemas it may be (several for a oneOf). */
interface RouteAnswer {
  route: string;
  schemas: string[];
  /** Set when the answer is not a DTO (an inline schema): every JSON answer must name its DTO. */
  inline?: string;
}

const nameOf = (schema: SchemaObject | ReferenceObject): string | undefined => ('$ref' in schema ? schema.$ref.replace('#/components/schemas/', '') : undefined);

/** Every JSON success answer of every route of the document (text, YAML and the event stream are not JSON; redirects have no body). */
function routeAnswers(document: OpenAPIObject): RouteAnswer[] {
  const answers: RouteAnswer[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: SchemaObject | ReferenceObject }> }> }>)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        if (!/^2/.test(status) || !schema) continue;
        const route = `${method.toUpperCase()} ${path} ${status}`;
        const item = !('$ref' in schema) && schema.type === 'array' && schema.items ? schema.items : schema;
        const names = !('$ref' in item) && item.oneOf ? item.oneOf.map(nameOf) : [nameOf(item)];
        if (names.some((n) => n === undefined)) answers.push({ route, schemas: [], inline: JSON.stringify(schema).slice(0, 120) });
        else answers.push({ route, schemas: names as string[] });
      }
    }
  }
  return answers;
}

describe('every response goes through a presenter that returns exactly what its DTO declares', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await buildOfflineOpenApiDocument();
  }, 60_000);

  it('every JSON answer of every route names a DTO schema, and a presenter sample covers it', () => {
    const answers = routeAnswers(document);
    expect(answers.length).toBeGreaterThan(40);
    expect(answers.filter((a) => a.inline).map((a) => `${a.route}: inline schema ${a.inline}; declare a response DTO`)).toEqual([]);
    const sampled = new Set(SAMPLES.map((s) => s.schema));
    const uncovered = answers.flatMap((a) => a.schemas.filter((s) => !sampled.has(s)).map((s) => `${a.route} answers ${s}: no presenter sample for it (add one to its module's interface/http/response-samples.test.ts)`));
    expect(uncovered).toEqual([]);
  });

  it('every sample answers a route (none is left over from a route that is gone)', () => {
    const answered = new Set(routeAnswers(document).flatMap((a) => a.schemas));
    expect(SAMPLES.map((s) => s.schema).filter((s) => !answered.has(s))).toEqual([]);
  });

  it.each(SAMPLES.map((s, i) => [`${s.schema}${SAMPLES.findIndex((o) => o.schema === s.schema) === i ? '' : ` (${i})`}`, s] as const))(
    '%s: the presenter sends every declared field and nothing else',
    (_name, sample) => {
      const bodies = Array.isArray(sample.body) ? sample.body : [sample.body];
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.flatMap((body) => conformanceProblems(document, sample.schema, body, { complete: true }))).toEqual([]);
    },
  );

  it('publishes one payload schema per event type, and every event envelope offers exactly those, discriminated by type', () => {
    const schemas = document.components!.schemas! as Record<string, SchemaObject>;
    for (const type of EVENT_TYPES) {
      expect(schemas[`${eventSchemaName(type)}EventData`]).toBeDefined();
      expect(schemas[`${eventSchemaName(type)}Event`].properties!.type).toEqual({ type: 'string', enum: [type] });
    }
    for (const envelope of ['StreamEventResponse', 'LoggedEventResponse', 'EventResponse']) {
      expect(Object.keys(schemas[envelope].discriminator!.mapping!).sort()).toEqual([...EVENT_TYPES]);
      expect(schemas[envelope].oneOf).toHaveLength(EVENT_TYPES.length);
      expect(schemas[envelope].properties).not.toHaveProperty('data');
    }
  });
});
