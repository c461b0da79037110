import { sameVolumes, totalGiB, type WorkerVolume } from './worker-volume.value-object.js';
import { volumesObserved } from './worker-volumes.rule.js';

const root: WorkerVolume = { volumeId: 'vol-a', sizeGiB: 64, volumeType: 'gp3' };
const data: WorkerVolume = { volumeId: 'vol-b', sizeGiB: 500, volumeType: 'st1' };
const now = new Date('2026-12-03T10:00:00.000Z');

describe('sameVolumes', () => {
  it.each<[string, WorkerVolume[], WorkerVolume[], boolean]>([
    ['the same volumes in the same order', [root, data], [root, data], true],
    ['the same volumes in another order', [root, data], [data, root], true],
    ['none and none', [], [], true],
    ['a volume attached', [root], [root, data], false],
    ['a volume detached', [root, data], [data], false],
    ['a volume resized', [root], [{ ...root, sizeGiB: 128 }], false],
    ['a volume changed to another type', [root], [{ ...root, volumeType: 'gp2' }], false],
    ['a volume replaced by another of the same size and type', [root], [{ ...root, volumeId: 'vol-c' }], false],
  ])('%s: %s', (_case, before, after, same) => {
    expect(sameVolumes(before, after)).toBe(same);
  });
});

describe('volumesObserved', () => {
  it.each<[string, WorkerVolume[] | undefined, WorkerVolume[], boolean]>([
    ['never read, volumes found', undefined, [root], true],
    ['never read, none found (the first read counts)', undefined, [], true],
    ['the same set, in another order', [root, data], [data, root], false],
    ['the same, none', [], [], false],
    ['a volume attached', [root], [data, root], true],
    ['a volume detached', [root, data], [root], true],
    ['a volume resized', [root], [{ ...root, sizeGiB: 80 }], true],
  ])('%s: a change %s', (_case, before, after, changes) => {
    expect(Boolean(volumesObserved({ volumes: before }, after, now))).toBe(changes);
  });

  it('records the volumes sorted by id, with when they were read, and an event with their total in GiB', () => {
    const change = volumesObserved({ volumes: [root] }, [data, { ...root, deleteOnTermination: true } as WorkerVolume], now);
    expect(change).toEqual({
      set: { volumes: [root, data], volumesReadAt: '2026-12-03T10:00:00.000Z' },
      event: { type: 'worker.volumes-changed', data: { volumes: [root, data], totalGiB: 564 } },
    });
  });
});

describe('totalGiB', () => {
  it.each<[WorkerVolume[], number]>([
    [[], 0],
    [[root], 64],
    [[root, data], 564],
  ])('%j -> %d GiB', (volumes, total) => expect(totalGiB(volumes)).toBe(total));
});
