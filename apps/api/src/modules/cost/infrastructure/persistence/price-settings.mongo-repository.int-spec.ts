import mongoose, { type Connection } from 'mongoose';
import { ConcurrencyError } from '#kernel';
import { type AggregateDocument, documentMisfits, eventLogSchema, MongoEventLog, OutboxRelay, type StoredEvent } from '#persistence';
import { AWS_LIST_PRICES } from '../../domain/aws-list-prices.js';
import { EBS_LIST_PRICES } from '../../domain/ebs-list-prices.js';
import { PriceCatalogue } from '../../domain/price-catalogue.js';
import { StoragePriceCatalogue } from '../../domain/storage-price-catalogue.js';
import { MongoPriceBook } from './mongo-price-book.adapter.js';
import type { PriceSettingsDocument } from './price-settings.mapper.js';
import { PriceSettingsMongoRepository } from './price-settings.mongo-repository.js';
import { PRICE_SETTINGS_MODEL, priceSettingsSchema } from './price-settings.schema.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const ada = { kind: 'user' as const, id: 'u-ada', name: 'ada' };
const logger = { warn: () => undefined, error: () => undefined };
const ctx = (now: string) => ({ actor: ada, now: new Date(now) });

describe('price settings against the real MongoDB server', () => {
  let connection: Connection;
  let model: mongoose.Model<AggregateDocument<PriceSettingsDocument>>;
  let repository: PriceSettingsMongoRepository;
  let log: MongoEventLog;
  let book: MongoPriceBook;
  let relay: OutboxRelay;

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_prices_${Date.now().toString(36)}`, autoCreate: false, autoIndex: false, ignoreUndefined: true }).asPromise();
    const events = connection.model<StoredEvent>('Event', eventLogSchema(), 'events');
    log = new MongoEventLog(events);
    relay = new OutboxRelay(log, () => undefined, logger);
    model = connection.model<AggregateDocument<PriceSettingsDocument>>(PRICE_SETTINGS_MODEL, priceSettingsSchema);
    await Promise.all([events.createIndexes(), model.createIndexes()]);
    repository = new PriceSettingsMongoRepository(model, relay);
    book = new MongoPriceBook(repository, new PriceCatalogue(AWS_LIST_PRICES), new StoragePriceCatalogue(EBS_LIST_PRICES));
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('starts from the list prices and no discount when nothing is stored', async () => {
    const snapshot = await book.snapshot();
    expect(snapshot.discountPercent).toBe(0);
    expect(snapshot.compute('us-east-1', 'm5zn.metal')).toEqual([{ from: new Date(0), usdPerHour: 3.9641 }]);
    expect(snapshot.compute('us-east-1', 'x9.metal')).toEqual([]);
    expect(snapshot.storage('us-east-1', 'gp3')).toBe(0.08);
  });

  it('stores every change with its time and author, reads it back, and publishes the audit events to the log with the actor', async () => {
    const first = await repository.load();
    first.setInstancePrice('us-east-1', 'm5zn.metal', 3, ctx('2026-12-01T10:00:00Z'));
    first.setDiscount(25, ctx('2026-12-01T12:00:00Z'));
    first.setStoragePrice('us-east-1', 'gp3', 0.06, ctx('2026-12-01T12:00:00Z'));
    await repository.save(first);
    first.commit();
    const second = await repository.load();
    second.clearInstancePrice('us-east-1', 'm5zn.metal', ctx('2026-12-02T10:00:00Z'));
    await repository.save(second);
    second.commit();

    const stored = await model.collection.findOne({});
    expect(documentMisfits(priceSettingsSchema, stored!)).toEqual([]);
    const snapshot = await book.snapshot();
    expect(snapshot.compute('us-east-1', 'm5zn.metal')).toEqual([
      { from: new Date(0), usdPerHour: 3.9641 },
      { from: new Date('2026-12-01T10:00:00Z'), usdPerHour: 3 },
      { from: new Date('2026-12-01T12:00:00Z'), usdPerHour: 2.25 },
      { from: new Date('2026-12-02T10:00:00Z'), usdPerHour: (3.9641 * 75) / 100 },
    ]);
    expect(snapshot.storage('us-east-1', 'gp3')).toBe(0.06);
    expect(snapshot.storage('us-west-2', 'gp3')).toBe(0.08);
    expect(snapshot.discountPercent).toBe(25);

    await relay.drain();
    const logged = (await log.after(undefined, 100)).filter((e) => e.aggregateType === 'price-settings');
    expect(logged.map((e) => [e.type, e.actor.name, e.data])).toEqual([
      ['cost.price-changed', 'ada', { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', to: 3 }],
      ['cost.discount-changed', 'ada', { from: 0, to: 25 }],
      ['cost.price-changed', 'ada', { kind: 'storage', region: 'us-east-1', volumeType: 'gp3', to: 0.06 }],
      ['cost.price-changed', 'ada', { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', from: 3 }],
    ]);
  });

  it('refuses a write made on a stale read (the handler retries it)', async () => {
    const a = await repository.load();
    const b = await repository.load();
    a.setDiscount(10, ctx('2026-12-03T10:00:00Z'));
    b.setDiscount(20, ctx('2026-12-03T10:00:00Z'));
    await repository.save(a);
    await expect(repository.save(b)).rejects.toBeInstanceOf(ConcurrencyError);
  });
});
