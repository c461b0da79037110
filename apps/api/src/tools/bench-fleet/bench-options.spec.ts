import { BenchUsageError, parseBenchOptions, splitEvenly } from './bench-options.js';

describe('fleet benchmark options', () => {
  it('defaults to the issue\'s run: 1000 workers, 50 ms controllers, two regions, 80 % running', () => {
    expect(parseBenchOptions([])).toMatchObject({
      workers: 1000,
      cmlLatencyMs: 50,
      regions: ['us-east-1', 'us-west-2'],
      runningShare: 0.8,
      cmlConcurrency: undefined,
      cloudwatchData: true,
      json: false,
      pauseSeconds: 30,
    });
  });

  it('reads every option', () => {
    const o = parseBenchOptions(['--workers', '5000', '--cml-latency-ms', '0', '--regions', 'eu-west-1', '--running-share', '1', '--cml-concurrency', '50', '--no-cloudwatch-data', '--keep-db', '--json', '--log-level', 'warn', '--heap-profile', 'cycle.heapprofile', '--cpu-profile', 'cycle.cpuprofile', '--trace-memory', '--shared-moto', '--pause-seconds', '0']);
    expect(o).toEqual({
      workers: 5000,
      cmlLatencyMs: 0,
      regions: ['eu-west-1'],
      runningShare: 1,
      cmlConcurrency: 50,
      cloudwatchData: false,
      sharedMoto: true,
      keepDb: true,
      json: true,
      heapProfile: 'cycle.heapprofile',
      cpuProfile: 'cycle.cpuprofile',
      traceMemory: true,
      pauseSeconds: 0,
      logLevel: 'warn',
      help: false,
    });
  });

  it.each([
    [['--workers', '0'], /--workers must be a whole number from 1/],
    [['--workers', '1.5'], /--workers/],
    [['--cml-latency-ms', '-1'], /--cml-latency-ms/],
    [['--regions', 'mars-1'], /--regions must be AWS regions/],
    [['--regions', 'us-east-1,us-east-1'], /lists a region twice/],
    [['--running-share', '1.2'], /--running-share must be a number from 0 to 1/],
    [['--cml-concurrency', '0'], /--cml-concurrency/],
    [['--log-level', 'loud'], /--log-level/],
    [['--pause-seconds', '-5'], /--pause-seconds/],
    [['--wrokers', '10'], /wrokers/],
  ])('refuses %j with a message naming the option', (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });

  it.each([
    [1000, ['us-east-1', 'us-west-2'], [500, 500]],
    [5, ['us-east-1', 'us-west-2'], [3, 2]],
    [7, ['a', 'b', 'c'], [3, 2, 2]],
    [1, ['a', 'b'], [1, 0]],
  ])('splits %i workers over %j as %j', (total, regions, expected) => {
    expect([...splitEvenly(total, regions).values()]).toEqual(expected);
  });
});
