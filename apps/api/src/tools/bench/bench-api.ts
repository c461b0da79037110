import 'reflect-metadata';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { systemActor, uuidv7 } from '#kernel';
import { Worker } from '../../modules/workers/domain/worker.aggregate.js';
import { workerMapper } from '../../modules/workers/infrastructure/worker.mapper.js';
import { arg, clientToken, cpuMs, issuer, requireEnv, rssMb, startApi } from './bench-support.js';

/**
 * List and detail endpoints under concurrent load with N workers in the database:
 * `npm run bench:api -- --workers 5000 --connections 50 --seconds 10`.
 */
async function main(): Promise<void> {
  const workers = arg('workers', 5000);
  const connections = arg('connections', 50);
  const seconds = arg('seconds', 10);
  const base = requireEnv('MONGODB_URI');
  const url = new URL(base);
  url.pathname = `/ccm_bench_api_${Date.now().toString(36)}`;
  const mongoUri = url.toString();

  console.log(`Seeding ${workers} workers...`);
  const mongo = await new MongoClient(mongoUri).connect();
  const statuses = ['running', 'stopped', 'running', 'stopped', 'pending'];
  const ids: string[] = [];
  const docs = Array.from({ length: workers }, (_, i) => {
    const id = uuidv7();
    ids.push(id);
    const w = Worker.import(
      id,
      {
        region: i % 2 ? 'us-west-2' : 'us-east-1',
        instance: { instanceId: `i-${(0x10000000000000000n + BigInt(i)).toString(16).slice(-17)}`, state: statuses[i % statuses.length], instanceType: 'm5zn.metal', imageId: 'ami-0123456789abcdef0', name: `lab-${String(i).padStart(5, '0')}`, tags: { Name: `lab-${i}`, team: `team-${i % 20}` }, publicIp: `198.51.${(i >> 8) & 255}.${i & 255}` },
        source: 'api',
      },
      { usePrivateIp: false },
      { actor: systemActor('bench'), now: new Date() },
    );
    w.observeTelemetry({ cpuPercent: (i * 7) % 100, memoryPercent: (i * 13) % 100, diskPercent: (i * 3) % 100, runningNodes: i % 40, totalNodes: 40, labs: i % 5 }, 5, { actor: systemActor('bench'), now: new Date() });
    return { _id: id, ...workerMapper.toDocument(w), version: w.version, _outbox: [] };
  });
  for (let i = 0; i < docs.length; i += 1000) await mongo.db().collection('workers').insertMany(docs.slice(i, i + 1000) as never[]);
  await mongo.close();

  const idp = await issuer();
  const api = await startApi({ MONGODB_URI: mongoUri, REDIS_URL: process.env.REDIS_URL ?? '', OIDC_ISSUER_URL: idp.url, AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:1' });
  const token = await clientToken(idp.url, 'cml-automation-viewer', 'dev-automation-viewer-secret');
  const headers = { authorization: `Bearer ${token}` };
  // Warm up (indexes, JIT, JWKS cache).
  await autocannon({ url: `${api.url}/api/workers?pageSize=25`, connections: 5, duration: 2, headers });

  const scenarios: [string, autocannon.Options][] = [
    ['GET /api/workers (page of 25, sorted by name)', { url: `${api.url}/api/workers?pageSize=25` }],
    ['GET /api/workers (running, search, sort by CPU, 100)', { url: `${api.url}/api/workers?status=running&q=lab-0&sort=-cpu&pageSize=100` }],
    ['GET /api/workers/{id} (random worker)', { url: api.url, requests: [{ setupRequest: (req) => ({ ...req, path: `/api/workers/${ids[Math.floor(Math.random() * ids.length)]}` }) }] }],
  ];
  const rows: string[] = [];
  let peakRss = rssMb(api.pid);
  // BENCH_SCENARIO=<words> runs only the scenarios whose name holds them (with BENCH_API_NODE_OPTIONS=--cpu-prof, to profile one).
  for (const [name, options] of scenarios.filter(([n]) => n.includes(process.env.BENCH_SCENARIO ?? ''))) {
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.pid))), 200);
    const cpuBefore = cpuMs(api.pid);
    const r = await autocannon({ ...options, connections, duration: seconds, headers });
    const apiCpu = (cpuMs(api.pid) - cpuBefore) / Math.max(1, r.requests.total);
    clearInterval(sampler);
    const non2xx = r.non2xx + r.errors;
    rows.push(`| ${name} | ${r.requests.average.toFixed(0)} req/s | ${r.latency.p50} ms | ${r.latency.p99} ms | ${apiCpu.toFixed(2)} ms | ${non2xx} |`);
  }
  console.log(`\nAPI under load: ${workers} workers, ${connections} connections, ${seconds} s per scenario (viewer token)\n`);
  console.log('| Scenario | Throughput | p50 | p99 | API CPU per request | Errors / non-2xx |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\nPeak RSS of the API process: ${peakRss} MB`);
  await api.stop();
  await idp.close();
  const cleanup = await new MongoClient(mongoUri).connect();
  await cleanup.db().dropDatabase();
  await cleanup.close();
}

await main();
process.exit(0);
