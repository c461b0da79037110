import type { WorkerView } from '../application/worker.view.js';
import { awsCallSamples, figureSamples, statusSamples, WORKER_FIGURES } from './workers.metrics-source.js';

const worker = (id: string, status: WorkerView['status'], telemetry: WorkerView['telemetry']) => ({ id, name: `lab-${id}`, status, telemetry }) as WorkerView;

describe('per-worker samples', () => {
  const workers = [worker('w1', 'running', { cpuPercent: 42, memoryPercent: 80, labs: 3, runningNodes: 7 }), worker('w2', 'stopped', {})];

  it('gives each worker one status series, labelled by id and name', () => {
    expect(statusSamples(workers)).toEqual([
      { labels: { worker_id: 'w1', worker_name: 'lab-w1', status: 'running' }, value: 1 },
      { labels: { worker_id: 'w2', worker_name: 'lab-w2', status: 'stopped' }, value: 1 },
    ]);
  });

  it.each([
    ['ccm_worker_cpu_ratio', 0.42],
    ['ccm_worker_memory_ratio', 0.8],
    ['ccm_worker_labs', 3],
    ['ccm_worker_nodes_running', 7],
  ])('%s is %s for a worker with figures, and absent for one without', (name, value) => {
    const figure = WORKER_FIGURES.find((f) => f.name === name)!;
    expect(figureSamples(workers, figure.read)).toEqual([{ labels: { worker_id: 'w1', worker_name: 'lab-w1' }, value }]);
  });
});

describe('awsCallSamples', () => {
  const snapshot = { 'ec2:DescribeInstances': { count: 4, errors: 1, retries: 2, totalMs: 1500 } };
  it.each([
    ['count', 4],
    ['errors', 1],
    ['retries', 2],
    ['seconds', 1.5],
  ] as const)('%s', (field, value) => {
    expect(awsCallSamples(snapshot, field)).toEqual([{ labels: { service: 'ec2', operation: 'DescribeInstances' }, value }]);
  });
});
