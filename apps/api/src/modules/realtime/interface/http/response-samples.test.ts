// A spec helper (".test.ts": left out of the build, not run as a suite).
import { EVENT_TYPES, eventPayloadExample } from '#kernel';
import type { ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import { toEventListingResponse } from './event.presenter.js';

/** The events listing with one event of every type of the event map, each payload with every field. */
export const REALTIME_RESPONSE_SAMPLES: ResponseSample[] = [
  {
    schema: 'EventListingResponse',
    body: toEventListingResponse({
      items: EVENT_TYPES.map((type, i) => ({
        id: `0193b2c4-5d6e-7000-8000-${String(i).padStart(12, '0')}`,
        type,
        workerId: type.startsWith('system.') ? null : '0193b2c4-1111-7000-8000-000000000001',
        at: '2026-11-25T10:00:00.000Z',
        data: eventPayloadExample(type) as Record<string, unknown>,
        actor: { kind: 'user', id: 'f3c1a2b4-0000-4000-8000-000000000001', name: 'ada' },
      })),
      nextAfter: '0193b2c4-5d6e-7000-8000-000000000000',
      nextBefore: '0193b2c4-5d6e-7000-8000-000000000000',
    }),
  },
];
