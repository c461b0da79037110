import { createServer, type AddressInfo } from 'node:net';
import { CpuMeter, cpuTimeMs, pidListeningOn } from './process-cpu.js';

const linux = process.platform === 'linux';

(linux ? describe : describe.skip)('process CPU readings from /proc', () => {
  it('reads the CPU time of a process, growing while it works', () => {
    const before = cpuTimeMs(process.pid)!;
    const until = Date.now() + 60;
    while (Date.now() < until) Math.sqrt(Math.random());
    expect(cpuTimeMs(process.pid)!).toBeGreaterThan(before);
  });

  it('finds the process listening on a port, and nobody on a closed one', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(pidListeningOn(port)).toBe(process.pid);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(pidListeningOn(port)).toBeUndefined();
  });

  it('reports the CPU each readable process used between start and stop, leaving out the unreadable', () => {
    const meter = new CpuMeter(
      new Map([
        ['self', process.pid],
        ['gone', 2 ** 30],
        ['unknown', undefined],
      ]),
    );
    meter.start();
    const until = Date.now() + 30;
    while (Date.now() < until) Math.sqrt(Math.random());
    const used = meter.stop();
    expect(Object.keys(used)).toEqual(['self']);
    expect(used.self).toBeGreaterThanOrEqual(0);
  });
});
