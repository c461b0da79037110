import { DomainError } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { MemoryKeyValueStore } from '../../../../platform/kv/memory-key-value.store.js';
import type { LabWorker } from '../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../controller-read-throttle.js';
import { LabReadModel } from '../lab.view.js';
import { type ComputeHostView, type ImageDefinitionView, LabControllerPort, type NodeDefinitionView } from '../ports/lab-controller.port.js';
import { WorkerDirectory } from '../ports/worker-directory.port.js';
import { DownloadLabHandler } from './download-lab/download-lab.handler.js';
import { DownloadLabQuery } from './download-lab/download-lab.query.js';
import { GetComputeHostsHandler } from './get-compute-hosts/get-compute-hosts.handler.js';
import { GetComputeHostsQuery } from './get-compute-hosts/get-compute-hosts.query.js';
import { GetImageDefinitionsHandler } from './get-image-definitions/get-image-definitions.handler.js';
import { GetImageDefinitionsQuery } from './get-image-definitions/get-image-definitions.query.js';
import { GetNodeDefinitionsHandler } from './get-node-definitions/get-node-definitions.handler.js';
import { GetNodeDefinitionsQuery } from './get-node-definitions/get-node-definitions.query.js';

const LAB = '3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11';

class CountingController extends LabControllerPort {
  reads = 0;
  async download(): Promise<string> {
    this.reads += 1;
    return 'lab:\n  title: OSPF\nnodes: []\nlinks: []\n';
  }
  async nodeDefinitions(): Promise<NodeDefinitionView[]> {
    this.reads += 1;
    return [];
  }
  async imageDefinitions(): Promise<ImageDefinitionView[]> {
    this.reads += 1;
    return [];
  }
  async computeHosts(): Promise<ComputeHostView[]> {
    this.reads += 1;
    return [];
  }
  labs = unused;
  lab = unused;
  labState = unused;
  start = unused;
  stop = unused;
  wipe = unused;
  delete = unused;
  import = unused;
}
async function unused(): Promise<never> {
  throw new Error('not a controller read');
}

class Workers extends WorkerDirectory {
  readonly byId = new Map<string, LabWorker>(
    ['w1', 'w2'].map((id) => [id, { id, name: `lab-${id}`, status: 'running', managed: true, endpoint: 'https://10.0.0.5' }]),
  );
  async get(id: string): Promise<LabWorker> {
    const worker = this.byId.get(id);
    if (!worker) throw new DomainError('WORKER.NOT_FOUND', 'not-found', `Worker ${id} does not exist.`);
    return worker;
  }
  async briefs(): Promise<Map<string, { name: string; status: string }>> {
    return new Map();
  }
}

class NoRecords extends LabReadModel {
  list = unused;
  get = async () => undefined;
}

function setup(controllerReadsPerMinute: number) {
  let now = Date.UTC(2026, 10, 25, 10);
  const config = new AppConfig({ labs: { uploadMaxBytes: 1024, stateHistoryLimit: 50, syncConcurrency: 3, syncMinIntervalSeconds: 0, controllerReadsPerMinute } });
  const throttle = new ControllerReadThrottle(new MemoryKeyValueStore(() => now), config);
  const controller = new CountingController();
  const workers = new Workers();
  const download = new DownloadLabHandler(workers, controller, new NoRecords(), throttle);
  const nodes = new GetNodeDefinitionsHandler(workers, controller, throttle);
  const images = new GetImageDefinitionsHandler(workers, controller, throttle);
  const hosts = new GetComputeHostsHandler(workers, controller, throttle);
  const reads = {
    download: (w = 'w1') => download.execute(new DownloadLabQuery(w, LAB)),
    nodes: (w = 'w1') => nodes.execute(new GetNodeDefinitionsQuery(w)),
    images: (w = 'w1') => images.execute(new GetImageDefinitionsQuery(w)),
    hosts: (w = 'w1') => hosts.execute(new GetComputeHostsQuery(w)),
  };
  return { reads, controller, workers, later: (ms: number) => (now += ms) };
}

describe('controller-backed reads of a worker (topology download, node and image definitions, compute hosts)', () => {
  it('share LAB_CONTROLLER_READS_PER_MINUTE per worker: one more is refused with 429 and the seconds to wait, without asking the controller', async () => {
    const { reads, controller, later } = setup(3);
    await reads.download();
    await reads.nodes();
    later(15_000);
    await reads.images();
    for (const read of [reads.download, reads.nodes, reads.images, reads.hosts]) {
      await expect(read()).rejects.toMatchObject({
        code: 'LAB.CONTROLLER_READS_THROTTLED',
        kind: 'rate-limited',
        details: { workerId: 'w1', perMinute: 3, retryAfterSeconds: 45 },
        message: expect.stringContaining('(LAB_CONTROLLER_READS_PER_MINUTE)'),
      });
    }
    expect(controller.reads).toBe(3);
  });

  it('counts each worker on its own, and gives a worker its budget again after the minute', async () => {
    const { reads, controller, later } = setup(1);
    await reads.nodes('w1');
    await reads.nodes('w2');
    await expect(reads.nodes('w1')).rejects.toMatchObject({ code: 'LAB.CONTROLLER_READS_THROTTLED' });
    later(60_000);
    await reads.nodes('w1');
    expect(controller.reads).toBe(3);
  });

  it('does not count a read refused before the controller, for a worker that is not running', async () => {
    const { reads, controller, workers } = setup(1);
    workers.byId.set('w1', { ...workers.byId.get('w1')!, status: 'stopped' });
    await expect(reads.download()).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING' });
    workers.byId.set('w1', { ...workers.byId.get('w1')!, status: 'running' });
    await reads.download();
    expect(controller.reads).toBe(1);
  });

  it('reads the compute hosts within the same budget', async () => {
    const { reads, controller } = setup(1);
    await reads.hosts();
    await expect(reads.hosts()).rejects.toMatchObject({ code: 'LAB.CONTROLLER_READS_THROTTLED' });
    expect(controller.reads).toBe(1);
  });

  it('is not held back when LAB_CONTROLLER_READS_PER_MINUTE is 0', async () => {
    const { reads, controller } = setup(0);
    for (let i = 0; i < 50; i++) await reads.images();
    expect(controller.reads).toBe(50);
  });
});
