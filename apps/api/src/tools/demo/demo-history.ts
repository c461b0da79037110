import { MongoClient } from 'mongodb';

const STEP_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** A small deterministic generator: the same worker gets the same history on every run. */
export function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/**
 * A plausible day of metrics for one worker, every 5 minutes up to `now`: busy in working hours
 * (UTC), quiet at night, nodes started and stopped in steps. Percentages 0-100.
 */
export function dayOfSamples(workerId: string, now: Date): Record<string, unknown>[] {
  const next = random(workerId);
  const scale = 0.6 + next() * 0.8;
  const samples: Record<string, unknown>[] = [];
  let nodes = Math.round(2 + next() * 6);
  const start = Math.floor((now.getTime() - DAY_MS) / STEP_MS) * STEP_MS;
  for (let t = start; t < now.getTime() - STEP_MS; t += STEP_MS) {
    const hour = new Date(t).getUTCHours() + new Date(t).getUTCMinutes() / 60;
    const daytime = Math.max(0, Math.sin(((hour - 6) / 14) * Math.PI));
    if (next() < 0.05) nodes = Math.max(0, Math.min(20, nodes + (next() < 0.5 ? -2 : 2)));
    const cpu = clamp((8 + 55 * daytime * scale + nodes * 1.5 + (next() - 0.5) * 10) * 1);
    samples.push({
      workerId,
      at: new Date(t),
      cpuPercent: round(cpu),
      ec2CpuPercent: round(clamp(cpu * 0.9 + (next() - 0.5) * 4)),
      memoryPercent: round(clamp(35 + nodes * 2.2 + (next() - 0.5) * 3)),
      ec2MemoryPercent: round(clamp(38 + nodes * 2 + (next() - 0.5) * 3)),
      diskPercent: round(clamp(30 + ((t - start) / DAY_MS) * 2)),
      runningNodes: nodes,
    });
  }
  return samples;
}

/**
 * Writes a day of metric samples for each worker straight into the product's database (a demo
 * tool; the app itself writes samples at every collection cycle). A worker that already has
 * samples older than an hour keeps its history: a second run adds nothing.
 */
export async function writeMetricHistory(mongoUri: string, workerIds: string[], now = new Date()): Promise<number> {
  const client = await new MongoClient(mongoUri).connect();
  try {
    const samples = client.db().collection('metric_samples');
    let written = 0;
    for (const workerId of workerIds) {
      if (await samples.findOne({ workerId, at: { $lt: new Date(now.getTime() - 60 * 60_000) } })) continue;
      const docs = dayOfSamples(workerId, now);
      await samples.insertMany(docs, { ordered: false });
      written += docs.length;
    }
    return written;
  } finally {
    await client.close();
  }
}
