import { Injectable } from '@nestjs/common';
import { type DesiredPowerRecord, WorkersFacade } from '../../../workers/workers.public.js';
import type { DesiredPower, PowerDecision } from '../../domain/desired-state.rule.js';
import type { PlannedStop } from '../../domain/stop-warning.rule.js';
import { type FleetWorker, type PowerTrigger, WorkerFleet } from '../../application/ports/worker-fleet.port.js';

const decision = (d: PowerDecision) => ({ state: d.state, rule: { ...d.rule }, reason: d.reason });

/** The desired power as the workers module stores it (times ISO 8601). */
export function toDesiredPowerRecord(desired: DesiredPower): DesiredPowerRecord {
  return {
    ...decision(desired),
    ...(desired.until ? { until: desired.until.toISOString() } : {}),
    next: desired.next.map((n) => ({ at: n.at.toISOString(), ...decision(n) })),
  };
}

/** The scheduling module's view of the fleet, over the workers module's facade (its public contract). */
@Injectable()
export class WorkersFacadeFleet extends WorkerFleet {
  constructor(private readonly workers: WorkersFacade) {
    super();
  }

  all(): Promise<FleetWorker[]> {
    return this.workers.fleetForPower();
  }

  get(id: string): Promise<FleetWorker> {
    return this.workers.fleetWorkerForPower(id);
  }

  recordDesired(id: string, desired: DesiredPower): Promise<void> {
    return this.workers.recordDesiredPower(id, toDesiredPowerRecord(desired));
  }

  power(id: string, action: 'start' | 'stop', trigger: PowerTrigger, reason: string): Promise<{ changed: boolean; message: string }> {
    return this.workers.changePowerFor(id, action, trigger, reason);
  }

  warnStop(id: string, stop: PlannedStop, reason: string): Promise<void> {
    const { cause, ruleId, ruleName, limitHours } = stop;
    return this.workers.recordStopWarning(id, { plannedStopAt: stop.at.toISOString(), cause, ruleId, ruleName, limitHours, reason });
  }

  recordHeld(id: string, reason: string): Promise<void> {
    return this.workers.recordPowerHeld(id, reason);
  }

  expireOverride(id: string): Promise<boolean> {
    return this.workers.expireOverride(id);
  }
}
