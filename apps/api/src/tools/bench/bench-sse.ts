import 'reflect-metadata';
import { request } from 'node:http';
import { MongoClient } from 'mongodb';
import { systemActor, uuidv7 } from '#kernel';
import { Worker } from '../../modules/workers/domain/worker.aggregate.js';
import { workerMapper } from '../../modules/workers/infrastructure/worker.mapper.js';
import { arg, clientToken, issuer, percentile, requireEnv, rssMb, startApi } from './bench-support.js';

/**
 * Fan-out of the live event stream: `npm run bench:sse -- --clients 500 --events 20`.
 * Opens N SSE clients, causes events through the API (worker renames), and measures the delay from
 * each event's `occurredAt` to its arrival at every client, and the API's memory.
 */
async function main(): Promise<void> {
  const clients = arg('clients', 500);
  const events = arg('events', 20);
  const url = new URL(requireEnv('MONGODB_URI'));
  url.pathname = `/ccm_bench_sse_${Date.now().toString(36)}`;
  const mongoUri = url.toString();

  const id = uuidv7();
  const w = Worker.import(
    id,
    { region: 'us-east-1', instance: { instanceId: 'i-0bench0000000000a', state: 'running', instanceType: 'm5zn.metal', imageId: 'ami-0123456789abcdef0', name: 'bench', tags: {} }, source: 'api' },
    { usePrivateIp: false },
    { actor: systemActor('bench'), now: new Date() },
  );
  const mongo = await new MongoClient(mongoUri).connect();
  await mongo.db().collection('workers').insertOne({ _id: id, ...workerMapper.toDocument(w), version: w.version, _outbox: [] } as never);
  await mongo.close();

  const idp = await issuer();
  const api = await startApi({ MONGODB_URI: mongoUri, REDIS_URL: process.env.REDIS_URL ?? '', OIDC_ISSUER_URL: idp.url, AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:1', SSE_HEARTBEAT_SECONDS: '20', SSE_MAX_STREAMS_PER_IDENTITY: String(clients), SSE_MAX_STREAMS_PER_INSTANCE: String(clients) });
  const viewer = await clientToken(idp.url, 'cml-automation-viewer', 'dev-automation-viewer-secret');
  const admin = await clientToken(idp.url, 'cml-automation-admin', 'dev-automation-admin-secret');
  const rssBefore = rssMb(api.pid);

  const delays: number[] = [];
  let received = 0;
  let ready = 0;
  const sockets: { destroy(): void }[] = [];
  await new Promise<void>((resolve, reject) => {
    for (let i = 0; i < clients; i++) {
      const req = request(`${api.url}/api/events/stream?types=worker.renamed`, { headers: { authorization: `Bearer ${viewer}`, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        res.setEncoding('utf8');
        let buffer = '';
        let counted = false;
        res.on('data', (chunk: string) => {
          const now = Date.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!counted && /^event: ready$/m.test(frame)) {
              counted = true;
              if (++ready === clients) resolve();
            }
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (/^event: worker\.renamed$/m.test(frame) && data) {
              delays.push(now - Date.parse((JSON.parse(data) as { at: string }).at));
              received++;
            }
          }
        });
      });
      req.on('error', reject);
      req.end();
      sockets.push(req);
    }
  });
  const rssConnected = rssMb(api.pid);

  for (let i = 0; i < events; i++) {
    const res = await fetch(`${api.url}/api/workers/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: `bench-${i}` }) });
    if (!res.ok) throw new Error(`rename answered ${res.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const deadline = Date.now() + 15_000;
  while (received < clients * events && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const rssAfter = rssMb(api.pid);

  console.log(`\nLive event fan-out: ${clients} SSE clients, ${events} events (one PATCH every 100 ms)\n`);
  console.log('| Figure | Value |');
  console.log('|---|---|');
  console.log(`| Deliveries | ${received} of ${clients * events} |`);
  console.log(`| Delivery latency p50 | ${percentile(delays, 50)} ms |`);
  console.log(`| Delivery latency p99 | ${percentile(delays, 99)} ms |`);
  console.log(`| Delivery latency max | ${Math.max(...delays)} ms |`);
  console.log(`| API RSS before clients / with clients / after the events | ${rssBefore} MB / ${rssConnected} MB / ${rssAfter} MB |`);
  for (const s of sockets) s.destroy();
  await api.stop();
  await idp.close();
  const cleanup = await new MongoClient(mongoUri).connect();
  await cleanup.db().dropDatabase();
  await cleanup.close();
}

await main();
process.exit(0);
