import { telemetryMoved } from './telemetry-threshold.rule.js';
import { figuresOf, mergeTelemetry, type Telemetry } from './telemetry.value-object.js';

describe('telemetryMoved (threshold 5 points)', () => {
  it.each<[string, Telemetry, Telemetry, boolean]>([
    ['nothing known, nothing read', {}, {}, false],
    ['a first percentage', {}, { cpuPercent: 3 }, true],
    ['a percentage up by less than the threshold', { cpuPercent: 40 }, { cpuPercent: 44.9 }, false],
    ['a percentage up by exactly the threshold', { cpuPercent: 40 }, { cpuPercent: 45 }, true],
    ['a percentage down by more than the threshold', { memoryPercent: 80 }, { memoryPercent: 70 }, true],
    ['an EC2 figure that moved', { ec2CpuPercent: 10 }, { ec2CpuPercent: 20 }, true],
    ['a percentage that was not read this time', { diskPercent: 50 }, { diskPercent: undefined }, false],
    ['a count that changed by one', { runningNodes: 4 }, { runningNodes: 5 }, true],
    ['a first count of zero', {}, { labs: 0 }, true],
    ['counts that did not change', { runningNodes: 4, totalNodes: 9, labs: 2 }, { runningNodes: 4, totalNodes: 9, labs: 2 }, false],
    ['only the collection time', { collectedAt: '2026-11-25T10:00:00.000Z' }, { collectedAt: '2026-11-25T10:05:00.000Z' }, false],
  ])('%s: %s', (_case, before, after, moved) => {
    expect(telemetryMoved(before, after, 5)).toBe(moved);
  });

  it('with a threshold of 0, reports any percentage that was read again', () => {
    expect(telemetryMoved({ cpuPercent: 40 }, { cpuPercent: 40 }, 0)).toBe(true);
  });
});

describe('mergeTelemetry', () => {
  it('keeps the last value of a figure that was not read, and stamps the collection', () => {
    const merged = mergeTelemetry({ cpuPercent: 40, labs: 2, collectedAt: 'then' }, { cpuPercent: undefined, memoryPercent: 30 }, 'now');
    expect(merged).toEqual({ cpuPercent: 40, memoryPercent: 30, labs: 2, collectedAt: 'now' });
    expect(figuresOf(merged)).toEqual({ cpuPercent: 40, memoryPercent: 30, labs: 2 });
  });
});
