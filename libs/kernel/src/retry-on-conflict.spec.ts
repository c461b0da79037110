import { DomainError } from './domain-error.js';
import { ConcurrencyError } from './kernel.errors.js';
import { retryOnConflict } from './retry-on-conflict.js';

/** A unit that loses the version race `losses` times, then returns how often it ran. */
function losing(losses: number) {
  let runs = 0;
  const unit = async () => {
    runs++;
    if (runs <= losses) throw new ConcurrencyError('worker', 'w1');
    return runs;
  };
  return { unit, runs: () => runs };
}

describe('retryOnConflict', () => {
  it('runs the unit again after a lost version race, until it lands', async () => {
    const { unit } = losing(3);
    await expect(retryOnConflict(unit)).resolves.toBe(4);
  });

  it('lets the ConcurrencyError through after `attempts` tries', async () => {
    const { unit, runs } = losing(5);
    await expect(retryOnConflict(unit, 2)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(runs()).toBe(2);
  });

  it('never retries any other error: a refusal is final', async () => {
    let runs = 0;
    const refused = new DomainError('WORKER.INVALID_TRANSITION', 'conflict', 'no');
    await expect(
      retryOnConflict(async () => {
        runs++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(runs).toBe(1);
  });
});
