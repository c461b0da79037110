import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { AppConfig } from '../../config/app-config.js';
import { MongoConnectionSupervisor } from './database.module.js';

/** A connection with two registered models; `orders` cannot create its indexes. */
function fakeConnection(readyState: number) {
  const created: string[] = [];
  const model = (name: string, fails = false) => ({
    collection: { collectionName: name },
    createIndexes: async () => {
      if (fails) throw new Error('Index with name: at_ttl already exists with different options');
      created.push(name);
    },
  });
  const connection = Object.assign(new EventEmitter(), {
    readyState,
    models: { Worker: model('workers'), Order: model('orders', true), Lab: model('labs') },
    asPromise: async () => connection,
  });
  return { connection: connection as unknown as Connection & EventEmitter, created };
}

const config = { mongo: { uri: 'mongodb://127.0.0.1:1/x' } } as AppConfig;
const settle = () => new Promise((r) => setImmediate(r));

describe('the MongoDB connection supervisor', () => {
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: unknown) => void warnings.push(String(m)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('creates the indexes every model’s schema declares once the database is reachable, one failing model not stopping the others', async () => {
    const { connection, created } = fakeConnection(1);
    const supervisor = new MongoConnectionSupervisor(connection, config);
    supervisor.onApplicationBootstrap();
    await settle();
    expect(created.sort()).toEqual(['labs', 'workers']);
    expect(warnings).toEqual(['Indexes of orders failed: Index with name: at_ttl already exists with different options']);
    supervisor.onApplicationShutdown();
  });

  it('waits for a database that is away, and creates them again after a reconnection', async () => {
    const { connection, created } = fakeConnection(0);
    const supervisor = new MongoConnectionSupervisor(connection, config);
    supervisor.onApplicationBootstrap();
    await settle();
    expect(created).toEqual([]);
    connection.emit('open');
    await settle();
    expect(created.sort()).toEqual(['labs', 'workers']);
    connection.emit('reconnected');
    await settle();
    expect(created.sort()).toEqual(['labs', 'labs', 'workers', 'workers']);
    supervisor.onApplicationShutdown();
  });
});
