import { type BenchFigures, evaluateTargets, renderReport } from './bench-report.js';

function figures(cycle: Partial<BenchFigures['cycle']> = {}, peakRssCycleMb = 300): BenchFigures {
  return {
    workers: 1000,
    running: 800,
    regions: ['us-east-1', 'us-west-2'],
    cmlLatencyMs: 50,
    cmlConcurrency: 25,
    moto: 'per region',
    machine: { cpus: 2, memoryGb: 24, node: 'v24.21.0', nodeFlags: '--max-semi-space-size=8', load: 1 },
    setupMs: { seed: 1, import: 1, settle: 1 },
    cycle: {
      wallMs: 5000,
      cpuMsByProcess: { app: 2000, moto: 4000 },
      awsCalls: 8,
      awsCallsByOperation: { 'ec2:DescribeInstances': 2 },
      awsMsByOperation: { 'ec2:DescribeInstances': 1200 },
      cmlCalls: 2400,
      cmlCallsPerRunningWorker: 3,
      cmlCallsByOperation: { systemStats: 800 },
      eventsEmitted: 10,
      samples: 800,
      errors: [],
      phasesMs: { aws: 1000 },
      ...cycle,
    },
    memory: { peakRssCycleMb, peakRssOverallMb: peakRssCycleMb, peakHeapUsedCycleMb: 100, rssBeforeCycleMb: 250 },
  };
}

const verdicts = (f: BenchFigures) => Object.fromEntries(evaluateTargets(f).map((t) => [t.name, t.pass]));

describe('fleet benchmark targets', () => {
  it('passes a run inside every target', () => {
    expect(Object.values(verdicts(figures()))).toEqual([true, true, true, true]);
  });

  it.each([
    ['AWS calls per cycle', figures({ awsCalls: 16 }), figures({ awsCalls: 15 })],
    ['CML calls per running worker', figures({ cmlCallsPerRunningWorker: 3.01 }), figures({ cmlCallsPerRunningWorker: 3 })],
    ['cycle wall time', figures({ wallMs: 10_000 }), figures({ wallMs: 9_999 })],
    ['peak RSS during the cycle', figures({}, 400), figures({}, 399)],
  ])('fails "%s" just past its limit and passes at it', (name, over, at) => {
    expect(verdicts(over)[name]).toBe(false);
    expect(verdicts(at)[name]).toBe(true);
  });

  it('prints every figure and a PASS or FAIL line per target', () => {
    const text = renderReport(figures({ wallMs: 12_345 }), evaluateTargets(figures({ wallMs: 12_345 })));
    expect(text).toMatch(/AWS calls: 8/);
    expect(text).toMatch(/ec2:DescribeInstances +2 +1\.20 s in calls/);
    expect(text).toMatch(/CML calls: 2400 \(3 per running worker\)/);
    expect(text).toMatch(/Cycle wall time: 12\.35 s/);
    expect(text).toMatch(/CPU during the cycle: app 2\.00 s, moto 4\.00 s/);
    expect(text).toMatch(/FAIL +cycle wall time/);
    expect(text).toMatch(/PASS +peak RSS during the cycle +300 MB/);
  });
});
