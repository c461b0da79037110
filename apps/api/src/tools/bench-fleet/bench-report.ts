/** The figures of one benchmark run and how they compare with the targets. */
export interface BenchFigures {
  workers: number;
  running: number;
  regions: string[];
  cmlLatencyMs: number;
  cmlConcurrency: number;
  /** The AWS stand-in: one moto per region behind a routing proxy (like AWS's regional endpoints), or one moto for all. */
  moto: 'per region' | 'shared';
  /** `load` is the 1-minute load average just before the cycle: other work on the machine slows every figure. */
  machine: { cpus: number; memoryGb: number; node: string; nodeFlags: string; load: number };
  setupMs: { seed: number; import: number; settle: number };
  cycle: {
    wallMs: number;
    /**
     * CPU time (user + system) during the cycle of the app (this process) and of the local services
     * it waits on (moto, the simulator, MongoDB, Redis), when /proc can tell. Unlike wall time, a busy
     * machine does not inflate it; moto is single-threaded, so its CPU time is a floor for the cycle.
     */
    cpuMsByProcess: Record<string, number>;
    awsCalls: number;
    awsCallsByOperation: Record<string, number>;
    /** Summed duration of the calls of each operation (calls of one operation may overlap). */
    awsMsByOperation: Record<string, number>;
    cmlCalls: number;
    cmlCallsPerRunningWorker: number;
    cmlCallsByOperation: Record<string, number>;
    eventsEmitted: number;
    samples: number;
    errors: string[];
    /** The handler's own phase split. */
    phasesMs: Record<string, number>;
  };
  memory: { peakRssCycleMb: number; peakRssOverallMb: number; peakHeapUsedCycleMb: number; rssBeforeCycleMb: number };
}

export interface TargetResult {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

/** The issue's targets, stated for 1000 workers; other fleet sizes are measured against them too. */
export const TARGETS = {
  awsCallsPerCycle: 15,
  cmlCallsPerRunningWorker: 3,
  cycleMs: 10_000,
  peakRssMb: 400,
} as const;

export function evaluateTargets(f: BenchFigures): TargetResult[] {
  return [
    { name: 'AWS calls per cycle', limit: `<= ${TARGETS.awsCallsPerCycle}`, actual: String(f.cycle.awsCalls), pass: f.cycle.awsCalls <= TARGETS.awsCallsPerCycle },
    {
      name: 'CML calls per running worker',
      limit: `<= ${TARGETS.cmlCallsPerRunningWorker}`,
      actual: String(f.cycle.cmlCallsPerRunningWorker),
      pass: f.cycle.cmlCallsPerRunningWorker <= TARGETS.cmlCallsPerRunningWorker,
    },
    { name: 'cycle wall time', limit: `< ${TARGETS.cycleMs / 1000} s`, actual: `${(f.cycle.wallMs / 1000).toFixed(2)} s`, pass: f.cycle.wallMs < TARGETS.cycleMs },
    { name: 'peak RSS during the cycle', limit: `< ${TARGETS.peakRssMb} MB`, actual: `${f.memory.peakRssCycleMb} MB`, pass: f.memory.peakRssCycleMb < TARGETS.peakRssMb },
  ];
}

const pad = (s: string, n: number) => s.padEnd(n);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The human-readable report. */
export function renderReport(f: BenchFigures, targets: TargetResult[]): string {
  const lines: string[] = [];
  const c = f.cycle;
  lines.push(
    `Fleet collection cycle: ${f.workers} workers (${f.running} running) in ${f.regions.join(', ')}, CML latency ${f.cmlLatencyMs} ms, CML concurrency ${f.cmlConcurrency}`,
    `AWS stand-in: ${f.moto === 'per region' ? 'one moto per region' : 'one moto for every region'}`,
    `Machine: ${f.machine.cpus} CPUs, ${f.machine.memoryGb} GB, Node ${f.machine.node}${f.machine.nodeFlags ? ` (${f.machine.nodeFlags})` : ''}, load average ${f.machine.load} before the cycle`,
    `Setup: seeding ${seconds(f.setupMs.seed)}, import ${seconds(f.setupMs.import)}, post-import sync settled in ${seconds(f.setupMs.settle)}`,
    '',
    `AWS calls: ${c.awsCalls}`,
  );
  for (const [op, n] of Object.entries(c.awsCallsByOperation).sort()) lines.push(`  ${pad(op, 34)} ${String(n).padStart(5)}   ${seconds(c.awsMsByOperation[op] ?? 0)} in calls`);
  lines.push(`CML calls: ${c.cmlCalls} (${c.cmlCallsPerRunningWorker} per running worker)`);
  for (const [op, n] of Object.entries(c.cmlCallsByOperation).sort()) lines.push(`  ${pad(op, 34)} ${String(n).padStart(5)}`);
  lines.push(
    `Cycle wall time: ${seconds(c.wallMs)}`,
    `  CPU during the cycle: ${
      Object.entries(c.cpuMsByProcess)
        .map(([k, v]) => `${k} ${seconds(v)}`)
        .join(', ') || 'not readable here'
    }`,
    `  phases: ${Object.entries(c.phasesMs)
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join(', ')}`,
    `Events emitted: ${c.eventsEmitted}; metric samples written: ${c.samples}; errors: ${c.errors.length}`,
    `Memory: peak RSS ${f.memory.peakRssCycleMb} MB during the cycle (${f.memory.rssBeforeCycleMb} MB before it), ${f.memory.peakRssOverallMb} MB overall; peak heap used during the cycle ${f.memory.peakHeapUsedCycleMb} MB`,
  );
  for (const e of c.errors.slice(0, 5)) lines.push(`  error: ${e}`);
  lines.push('', `Targets (set for 1000 workers):`);
  for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${pad(t.name, 30)} ${pad(t.actual, 10)} (target ${t.limit})`);
  return lines.join('\n');
}
