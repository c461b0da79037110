import { readFileSync } from 'node:fs';
import { eventSchemaName, renderEventPayloadTable } from './openapi-events.js';

describe('the published event schemas', () => {
  it('are named after the event type', () => {
    expect(eventSchemaName('worker.status-changed')).toBe('WorkerStatusChanged');
    expect(eventSchemaName('worker.license-registration-finished')).toBe('WorkerLicenseRegistrationFinished');
  });

  it('are listed in docs/api.md as they are (run `npm run docs` when this fails)', () => {
    const doc = readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');
    const listed = /<!-- events:start -->\n([\s\S]*?)\n<!-- events:end -->/.exec(doc)?.[1];
    expect(listed).toBe(renderEventPayloadTable());
  });
});
