import { type BenchFigures, evaluateTargets, peakRssLimitMb, renderReport } from './bench-report.js';

function figures(cycle: Partial<BenchFigures['cycle']> = {}, peakRssCycleMb = 240, workers = 1000): BenchFigures {
  return {
    workers,
    running: 800,
    regions: ['us-east-1', 'us-west-2'],
    cmlLatencyMs: 50,
    cmlConcurrency: 25,
    moto: 'per region',
    machine: { cpus: 2, memoryGb: 24, node: 'v24.21.0', nodeFlags: '--max-semi-space-size=8', load: 1 },
    setupMs: { seed: 1, import: 1, settle: 1 },
    cycle: {
      wallMs: 2500,
      cpuMsByProcess: { app: 900, moto: 4000 },
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
    expect(Object.values(verdicts(figures()))).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['AWS calls per cycle', figures({ awsCalls: 16 }), figures({ awsCalls: 15 })],
    ['CML calls per running worker', figures({ cmlCallsPerRunningWorker: 3.01 }), figures({ cmlCallsPerRunningWorker: 3 })],
    ['app CPU per worker per cycle', figures({ cpuMsByProcess: { app: 1001 } }), figures({ cpuMsByProcess: { app: 1000 } })],
    ['cycle wall time', figures({ wallMs: 3_000 }), figures({ wallMs: 2_999 })],
    ['peak RSS during the cycle', figures({}, 251), figures({}, 250)],
    ['peak RSS during the cycle', figures({ cpuMsByProcess: { app: 4000 } }, 401, 5000), figures({ cpuMsByProcess: { app: 4000 } }, 400, 5000)],
  ])('fails "%s" just past its limit and passes at it', (name, over, at) => {
    expect(verdicts(over)[name]).toBe(false);
    expect(verdicts(at)[name]).toBe(true);
  });

  it('judges the wall time at 1000 workers only, and the RSS on the line from 250 MB at 1000 to 400 MB at 5000', () => {
    expect(Object.keys(verdicts(figures({ cpuMsByProcess: { app: 3000 } }, 300, 3000)))).not.toContain('cycle wall time');
    expect(peakRssLimitMb(100)).toBe(250);
    expect(peakRssLimitMb(3000)).toBe(325);
    expect(peakRssLimitMb(5000)).toBe(400);
  });

  it('fails the CPU target when the app\'s CPU could not be read', () => {
    expect(verdicts(figures({ cpuMsByProcess: {} }))['app CPU per worker per cycle']).toBe(false);
  });

  it('prints every figure and a PASS or FAIL line per target', () => {
    const text = renderReport(figures({ wallMs: 12_345 }), evaluateTargets(figures({ wallMs: 12_345 })));
    expect(text).toMatch(/AWS calls: 8/);
    expect(text).toMatch(/ec2:DescribeInstances +2 +1\.20 s in calls/);
    expect(text).toMatch(/CML calls: 2400 \(3 per running worker\)/);
    expect(text).toMatch(/Cycle wall time: 12\.35 s/);
    expect(text).toMatch(/CPU during the cycle: app 0\.90 s, moto 4\.00 s/);
    expect(text).toMatch(/App CPU per worker per cycle: 0\.90 ms/);
    expect(text).toMatch(/FAIL +cycle wall time/);
    expect(text).toMatch(/PASS +peak RSS during the cycle +240 MB/);
  });
});
