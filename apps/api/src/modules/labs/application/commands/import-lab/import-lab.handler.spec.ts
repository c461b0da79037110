import { Logger } from '@nestjs/common';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ImportLabCommand } from './import-lab.command.js';
import { ImportLabHandler } from './import-lab.handler.js';

const TOPOLOGY = 'lab: {version: 0.3.0, title: Two nodes}\nnodes:\n  - {id: n0, node_definition: iosv}\n  - {id: n1, node_definition: alpine}\nlinks:\n  - {id: l0, n1: n0, n2: n1}\n';
const bytes = (text: string) => new TextEncoder().encode(text);

function setup() {
  const t = newTestHandler(ImportLabHandler);
  const upload = (text = TOPOLOGY, title?: string) => t.handler.execute(new ImportLabCommand('w-1', bytes(text), ADA, 'two-nodes.yaml', title));
  return { ...t, upload };
}

describe('ImportLabHandler', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('imports the topology and records the new lab at once, with the upload', async () => {
    const t = setup();
    const labId = await t.upload(TOPOLOGY, 'My lab');
    expect(labId).toBe('imported-1');
    expect(t.labController.calls).toEqual(['import', 'lab imported-1']);
    expect(t.labRecords.state(labId)).toMatchObject({ title: 'My lab', presence: 'present', importedBy: ADA });
    expect(t.labRecords.publishedTypes()).toEqual(['lab.imported']);
    expect(t.labRecords.published[0].data).toMatchObject({ filename: 'two-nodes.yaml', bytes: TOPOLOGY.length });
  });

  it('keeps the import when the new lab cannot be read back: the topology stands in until the next sync', async () => {
    const t = setup();
    t.labController.failures.set('lab', new Error('timeout'));
    const labId = await t.upload();
    expect(t.labRecords.state(labId)).toMatchObject({ title: 'Two nodes', nodeCount: 2, linkCount: 1, state: 'DEFINED_ON_CORE' });
  });

  it('checks the file before the worker: a bad topology is a 400 even while the worker is stopped', async () => {
    const t = setup();
    t.labWorkers.worker = { ...t.labWorkers.worker, status: 'stopped' };
    await expect(t.upload('nodes: []\n')).rejects.toMatchObject({ code: 'LAB.TOPOLOGY_INVALID', kind: 'invalid' });
    await expect(t.upload()).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING' });
    expect(t.labController.calls).toEqual([]);
  });
});
