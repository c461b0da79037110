import { describe, expect, it } from 'vitest';
import type { InstanceTypeOption } from '../api/types';
import { instanceTypeProblem, workerNameProblem, type WorkerNameRule } from './provision-checks';

// As GET /api/system/defaults hands it out (apps/api/src/modules/workers/domain/worker-name.rule.ts).
const RULE: WorkerNameRule = { minLength: 1, maxLength: 64, pattern: '^[\\w .:@()/+-]+$', allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _' };

describe('workerNameProblem', () => {
  // The same table as the server's worker-name.rule.spec.ts: accepted here exactly when accepted there.
  it.each([
    ['lab-east-1', undefined],
    ['CCNP (week 3)', undefined],
    ['ops@team/a+b_c:d.e', undefined],
    ['  padded  ', undefined],
    ['x'.repeat(64), undefined],
    [`  ${'x'.repeat(64)}  `, undefined],
    ['', 'Give the worker a name.'],
    ['   ', 'Give the worker a name.'],
    ['x'.repeat(65), 'At most 64 characters (this one has 65).'],
    ['lab#1', 'Only letters, digits, spaces and . : @ ( ) / + - _.'],
    ['läb', 'Only letters, digits, spaces and . : @ ( ) / + - _.'],
    ['tab\there', 'Only letters, digits, spaces and . : @ ( ) / + - _.'],
  ])('%j -> %s', (name, problem) => {
    expect(workerNameProblem(name, RULE)).toBe(problem);
  });
});

const type = (instanceType: string, suitable: boolean): InstanceTypeOption => ({
  instanceType,
  bareMetal: suitable,
  nestedVirtualization: false,
  architectures: ['x86_64'],
  suitability: suitable ? 'bare-metal' : 'unsuitable',
  suitable,
  unsuitableReason: suitable ? undefined : 'it is neither bare metal nor supports nested virtualisation',
  price: null,
});

describe('instanceTypeProblem', () => {
  const offered = [type('m5zn.metal', true), type('c5.2xlarge', false)];

  it.each([
    ['m5zn.metal', offered, false, undefined],
    ['c5.2xlarge', offered, true, undefined],
    ['c5.2xlarge', offered, false, 'c5.2xlarge cannot run CML: it is neither bare metal nor supports nested virtualisation. Choose another type, or confirm that you want it anyway.'],
    ['banana.huge', offered, false, 'banana.huge is not offered in this region; choose one from the list.'],
    ['', offered, false, 'Choose an instance type.'],
    ['m5zn.metal', undefined, false, 'The instance types of the region are not loaded.'],
  ] as const)('%j (case %#)', (chosen, list, anyway, problem) => {
    expect(instanceTypeProblem(chosen, list, anyway)).toBe(problem);
  });
});
