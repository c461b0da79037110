import type { PowerTrigger } from '#kernel';
import { ManualClock } from '../../../../../../../../test/support/unit/fakes.js';
import type { WorkerCost } from '../../../../cost/cost.public.js';
import { Budget, type BudgetDefinition } from '../../../domain/budget.aggregate.js';
import { BudgetErrors } from '../../../domain/budget.errors.js';
import { BudgetRepository } from '../../../domain/budget.repository.port.js';
import { BudgetFleet, type BudgetFleetWorker } from '../../ports/budget-fleet.port.js';
import { BudgetSpend } from '../../ports/budget-spend.port.js';
import { WatchBudgetsHandler } from './watch-budgets.handler.js';

const ada = { kind: 'user' as const, id: 'u-ada', name: 'ada' };

class MemoryBudgets extends BudgetRepository {
  readonly stored = new Map<string, Budget>();
  readonly events: { type: string; data: Record<string, unknown> }[] = [];
  private n = 0;
  newId(): string {
    return `b${++this.n}`;
  }
  async get(id: string): Promise<Budget> {
    const b = this.stored.get(id);
    if (!b || b.deleted) throw BudgetErrors.notFound(id);
    return new Budget(b.id, structuredClone(b.snapshot()) as never, b.version);
  }
  async save(budget: Budget): Promise<void> {
    this.events.push(...budget.getUncommittedEvents().map((e) => ({ type: (e as { type: string }).type, data: (e as { data: Record<string, unknown> }).data })));
    this.stored.set(budget.id, new Budget(budget.id, structuredClone(budget.snapshot()) as never, budget.version + 1));
  }
  async active(): Promise<Budget[]> {
    return [...this.stored.values()].filter((b) => !b.deleted);
  }
}

class FakeSpend extends BudgetSpend {
  costs: Partial<WorkerCost>[] = [];
  async workerCosts(month: string): Promise<WorkerCost[]> {
    return this.costs.map((c) => ({ tags: {}, totalUsd: 0, projectedUsd: null, month, ...c }) as WorkerCost);
  }
}

class FakeFleet extends BudgetFleet {
  list: BudgetFleetWorker[] = [];
  reserved = new Map<string, string>();
  stops: { id: string; trigger: PowerTrigger; reason: string }[] = [];
  holds: { id: string; until: string; by: string }[] = [];
  async workers(): Promise<BudgetFleetWorker[]> {
    return this.list;
  }
  async reservationHolding(id: string): Promise<string | undefined> {
    return this.reserved.get(id);
  }
  async stop(id: string, trigger: PowerTrigger, reason: string) {
    this.stops.push({ id, trigger, reason });
    return { changed: true, message: 'Stopping' };
  }
  async keepStopped(id: string, until: Date, by: string): Promise<void> {
    this.holds.push({ id, until: until.toISOString(), by });
  }
}

describe('WatchBudgetsHandler', () => {
  const clock = new ManualClock('2026-12-20T10:00:00Z');
  let budgets: MemoryBudgets;
  let spend: FakeSpend;
  let fleet: FakeFleet;
  let handler: WatchBudgetsHandler;

  async function given(def: Partial<BudgetDefinition>): Promise<string> {
    const b = Budget.create(budgets.newId(), { name: 'CCNA team', scope: { kind: 'tag', tagKey: 'team', tagValue: 'ccna' }, monthlyUsd: 100, thresholdsPercent: [80, 100], stopAtLimit: true, hard: false, ...def }, { actor: ada, now: clock.now() });
    await budgets.save(b);
    budgets.events.length = 0;
    return b.id;
  }

  beforeEach(() => {
    budgets = new MemoryBudgets();
    spend = new FakeSpend();
    fleet = new FakeFleet();
    handler = new WatchBudgetsHandler(budgets, spend, fleet, clock);
    fleet.list = [
      { id: 'w1', name: 'lab-1', status: 'running', tags: { team: 'ccna' } },
      { id: 'w2', name: 'lab-2', status: 'running', tags: { team: 'ccnp' } },
    ];
  });

  it('raises each threshold reached once per month, counting only the workers the scope covers', async () => {
    await given({ stopAtLimit: false });
    spend.costs = [{ workerId: 'w1', tags: { team: 'ccna' }, totalUsd: 85 }, { workerId: 'w2', tags: { team: 'ccnp' }, totalUsd: 500 }];
    expect((await handler.execute()).crossed).toEqual(['CCNA team: 80 %']);
    expect(budgets.events).toEqual([{ type: 'budget.threshold-crossed', data: expect.objectContaining({ month: '2026-12', thresholdPercent: 80, spentUsd: 85, monthlyUsd: 100, scope: 'tag', tagKey: 'team', tagValue: 'ccna' }) }]);
    expect((await handler.execute()).crossed).toEqual([]);
    // A new month starts over.
    clock.set('2027-01-02T10:00:00Z');
    expect((await handler.execute()).crossed).toEqual(['CCNA team: 80 %']);
    expect(fleet.stops).toEqual([]);
    clock.set('2026-12-20T10:00:00Z');
  });

  it('at 100 % stops the covered running workers with trigger budget and holds them to the month end', async () => {
    await given({});
    spend.costs = [{ workerId: 'w1', tags: { team: 'ccna' }, totalUsd: 130 }];
    const summary = await handler.execute();
    expect(summary.crossed).toEqual(['CCNA team: 80 %', 'CCNA team: 100 %']);
    expect(summary.stopped).toEqual(['lab-1 (CCNA team)']);
    expect(fleet.stops).toEqual([{ id: 'w1', trigger: 'budget', reason: 'Budget "CCNA team" reached 130 % of 100 USD for 2026-12.' }]);
    expect(fleet.holds).toEqual([{ id: 'w1', until: '2027-01-01T00:00:00.000Z', by: 'budget:CCNA team' }]);
    expect(budgets.events.map((e) => e.type)).toEqual(['budget.threshold-crossed', 'budget.threshold-crossed', 'budget.limit-enforced']);
    const [budget] = await budgets.active();
    expect(budget.monthRecord('2026-12')).toEqual({ month: '2026-12', crossedPercent: [80, 100], stoppedWorkerIds: ['w1'] });
  });

  it('a soft budget leaves a reserved worker running and says why; a hard one stops it and holds it through reservations', async () => {
    fleet.reserved.set('w1', 'CCNA class');
    spend.costs = [{ workerId: 'w1', tags: { team: 'ccna' }, totalUsd: 100 }];
    const soft = await given({});
    const held = await handler.execute();
    expect(held.stopped).toEqual([]);
    expect(held.held).toEqual([{ worker: 'lab-1', budget: 'CCNA team', reason: expect.stringContaining('Inside reservation "CCNA class"') }]);

    const b = await budgets.get(soft);
    b.update({ hard: true }, { actor: ada, now: clock.now() });
    await budgets.save(b);
    const stopped = await handler.execute();
    expect(stopped.stopped).toEqual(['lab-1 (CCNA team)']);
    expect(fleet.holds).toEqual([{ id: 'w1', until: '2027-01-01T00:00:00.000Z', by: 'hard-budget:CCNA team' }]);
  });

  it("renews a hold of its own that would end before the month does", async () => {
    clock.set('2026-12-02T10:00:00Z');
    await given({});
    spend.costs = [{ workerId: 'w1', tags: { team: 'ccna' }, totalUsd: 100 }];
    fleet.list = [{ id: 'w1', name: 'lab-1', status: 'stopped', tags: { team: 'ccna' }, override: { kind: 'keep-stopped', until: '2026-12-08T10:00:00Z', by: 'budget:CCNA team' } }];
    const summary = await handler.execute();
    expect(summary.renewed).toEqual(['lab-1']);
    expect(fleet.holds).toEqual([{ id: 'w1', until: '2026-12-16T10:00:00.000Z', by: 'budget:CCNA team' }]);
    clock.set('2026-12-20T10:00:00Z');
  });
});
