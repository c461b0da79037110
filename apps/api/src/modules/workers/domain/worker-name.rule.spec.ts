import { WORKER_NAME_RULE, workerNameProblem } from './worker-name.rule.js';

describe('workerNameProblem', () => {
  it.each([
    ['lab-east-1', undefined],
    ['CCNP (week 3)', undefined],
    ['ops@team/a+b_c:d.e', undefined],
    ['  padded  ', undefined],
    ['x'.repeat(WORKER_NAME_RULE.maxLength), undefined],
    ['', 'name must be 1 to 64 characters'],
    ['   ', 'name must be 1 to 64 characters'],
    ['x'.repeat(WORKER_NAME_RULE.maxLength + 1), 'name must be 1 to 64 characters'],
    ['lab#1', 'name may contain letters, digits, spaces and . : @ ( ) / + - _'],
    ['läb', 'name may contain letters, digits, spaces and . : @ ( ) / + - _'],
    ['tab\there', 'name may contain letters, digits, spaces and . : @ ( ) / + - _'],
  ])('%j -> %s', (name, problem) => {
    expect(workerNameProblem(name)).toBe(problem);
  });
});
