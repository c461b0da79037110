import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type PowerTrigger, systemActor } from '#kernel';
import { GetWorkerPowerQuery, type WorkerPowerView } from '../../../scheduling/scheduling.public.js';
import { ChangeWorkerOverrideCommand, WorkersFacade } from '../../../workers/workers.public.js';
import { BudgetFleet, type BudgetFleetWorker } from '../../application/ports/budget-fleet.port.js';

/** The budgets' view of the fleet: the workers facade, the scheduling module's desired-power decision, the override command. */
@Injectable()
export class WorkersFacadeBudgetFleet extends BudgetFleet {
  constructor(
    private readonly workersFacade: WorkersFacade,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  async workers(): Promise<BudgetFleetWorker[]> {
    return (await this.workersFacade.fleetForPower()).map((w) => ({ id: w.id, name: w.name, status: w.status, owner: w.owner, tags: w.tags, override: w.override }));
  }

  async reservationHolding(workerId: string): Promise<string | undefined> {
    const power = await this.queries.execute<GetWorkerPowerQuery, WorkerPowerView>(new GetWorkerPowerQuery(workerId));
    return power.rule.kind === 'reservation' ? (power.rule.name ?? power.rule.id ?? 'a reservation') : undefined;
  }

  stop(workerId: string, trigger: PowerTrigger, reason: string): Promise<{ changed: boolean; message: string }> {
    return this.workersFacade.changePowerFor(workerId, 'stop', trigger, reason);
  }

  async keepStopped(workerId: string, until: Date, by: string): Promise<void> {
    await this.commands.execute(new ChangeWorkerOverrideCommand(workerId, { set: { kind: 'keep-stopped', until } }, systemActor(by)));
  }
}
