import { documentMisfits } from '#persistence';
import { cloudEventCursorSchema, cloudEventDeliverySchema } from './cloud-event-delivery.schema.js';

describe('the CloudEvents cursor and delivery schemas', () => {
  it('store the cursor and a delivery record as they are', () => {
    const id = '0193a000-0000-7000-8000-0000000000aa';
    expect(documentMisfits(cloudEventCursorSchema, { _id: 'cloudevents', sink: 'sha256:ab12', position: id, origin: id, updatedAt: new Date() })).toEqual([]);
    expect(documentMisfits(cloudEventDeliverySchema, { _id: id, deliveredAt: new Date() })).toEqual([]);
  });

  it('let MongoDB remove delivery records after a week', () => {
    expect(cloudEventDeliverySchema.indexes()).toEqual([[{ deliveredAt: 1 }, { expireAfterSeconds: 604_800 }]]);
  });
});
