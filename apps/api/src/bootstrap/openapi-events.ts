import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { EVENT_PAYLOAD_SCHEMAS, EVENT_TYPES, type EventType, eventPayloadJsonSchema } from '#kernel';
import { EVENT_ENVELOPE_EXTENSION } from '../platform/http/event-envelope.js';

/** `worker.status-changed` -> `WorkerStatusChanged`. */
export function eventSchemaName(type: EventType): string {
  return type
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Publishes the payload of every event of the kernel's event map: `<Name>EventData` (the payload)
 * and `<Name>Event` (`type` fixed to the event's name, `data` that payload). Every DTO marked
 * with @EventEnvelope() then becomes its own fields plus exactly one of those variants,
 * discriminated by `type`, so generated clients narrow `data` by `type`.
 */
export function publishEventSchemas(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ??= {};
  const mapping: Record<string, string> = {};
  for (const type of EVENT_TYPES) {
    const name = eventSchemaName(type);
    const payload = eventPayloadJsonSchema(type);
    schemas[`${name}EventData`] = payload as SchemaObject;
    schemas[`${name}Event`] = {
      type: 'object',
      description: EVENT_PAYLOAD_SCHEMAS[type].description,
      required: ['type', 'data'],
      properties: { type: { type: 'string', enum: [type] }, data: ref(`${name}EventData`) },
    };
    mapping[type] = ref(`${name}Event`).$ref;
  }
  const variants = Object.values(mapping).map(($ref) => ({ $ref }));
  for (const schema of Object.values(schemas) as (SchemaObject & Record<string, unknown>)[]) {
    if (!schema[EVENT_ENVELOPE_EXTENSION]) continue;
    delete schema[EVENT_ENVELOPE_EXTENSION];
    delete schema.properties?.type;
    delete schema.properties?.data;
    schema.required = schema.required?.filter((field) => field !== 'type' && field !== 'data');
    schema.oneOf = variants;
    schema.discriminator = { propertyName: 'type', mapping };
  }
}

/** The table of event payloads in docs/api.md (between `<!-- events:start -->` and `<!-- events:end -->`). */
export function renderEventPayloadTable(): string {
  const rows = EVENT_TYPES.map((type) => {
    const { description, fields } = EVENT_PAYLOAD_SCHEMAS[type] as { description: string; fields: Record<string, { optional?: boolean }> };
    const payload = Object.entries(fields)
      .map(([name, field]) => `\`${name}${field.optional ? '?' : ''}\``)
      .join(', ');
    return `| \`${type}\` | \`${eventSchemaName(type)}EventData\` | ${payload} | ${description.replace(/\|/g, '\\|')} |`;
  });
  return ['| Event (`type`) | Payload schema | Payload fields (`?`: may be absent) | What happened |', '|---|---|---|---|', ...rows].join('\n');
}
