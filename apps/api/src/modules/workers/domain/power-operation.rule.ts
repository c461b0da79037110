import type { WorkerStatus } from '#kernel';

/**
 * A choreographed stop or terminate (docs/stop-and-start.md): the steps a careful operator takes by
 * hand, in order, each one safe to run again (an operation resumed after a restart repeats the step
 * it was in).
 */
export type PowerOperationAction = 'stop' | 'terminate';

export const POWER_OPERATION_KIND: Record<PowerOperationAction, string> = { stop: 'worker-stop', terminate: 'worker-terminate' };
export const POWER_OPERATION_KINDS = Object.values(POWER_OPERATION_KIND);

export function actionOfKind(kind: string): PowerOperationAction | undefined {
  return (Object.keys(POWER_OPERATION_KIND) as PowerOperationAction[]).find((a) => POWER_OPERATION_KIND[a] === kind);
}

export type PowerStepName = 'stop-labs' | 'wipe-labs' | 'export-topologies' | 'release-license' | 'ec2-stop' | 'ec2-terminate' | 'wait-stopped' | 'wait-terminated';

export const STEP_TITLES: Record<PowerStepName, string> = {
  'stop-labs': 'Stop the running labs',
  'wipe-labs': 'Wipe the labs',
  'export-topologies': 'Export every lab topology to S3',
  'release-license': 'Release the licence',
  'ec2-stop': 'Ask EC2 to stop the instance',
  'ec2-terminate': 'Ask EC2 to terminate the instance',
  'wait-stopped': 'Wait until EC2 reports it stopped',
  'wait-terminated': 'Wait until EC2 reports it terminated',
};

/** Steps that need the controller to answer (the rest talk to EC2). */
export const CONTROLLER_STEPS: readonly PowerStepName[] = ['stop-labs', 'wipe-labs', 'export-topologies', 'release-license'];

export interface PlannedStep {
  name: PowerStepName;
  title: string;
  status: 'pending' | 'skipped';
  detail?: string;
}

export interface PowerPlanInput {
  action: PowerOperationAction;
  status: WorkerStatus;
  /** The controller answered at the last check (service status `available`). */
  controllerAnswered: boolean;
  /** Labs are wiped after they stop (always on terminate). */
  wipeLabs: boolean;
  /** Where topologies go before a terminate; undefined: not exported. */
  exportBucket?: string;
}

/** Why the controller's steps cannot run, or undefined when they can. */
function noController({ action, status, controllerAnswered }: PowerPlanInput): string | undefined {
  if (status !== 'running') return `The worker is ${status}: its controller is not running`;
  // A stop does not wait for a controller that did not answer; a terminate does (or is forced).
  if (action === 'stop' && !controllerAnswered) return 'The controller did not answer at the last check';
  return undefined;
}

/** The steps of a stop or terminate, with those that cannot or need not run already skipped and why. */
export function planPowerSteps(input: PowerPlanInput): PlannedStep[] {
  const names: PowerStepName[] =
    input.action === 'stop'
      ? ['stop-labs', ...(input.wipeLabs ? (['wipe-labs'] as const) : []), 'ec2-stop', 'wait-stopped']
      : ['stop-labs', 'wipe-labs', 'export-topologies', 'release-license', 'ec2-terminate', 'wait-terminated'];
  const missing = noController(input);
  return names.map((name) => {
    const step: PlannedStep = { name, title: STEP_TITLES[name], status: 'pending' };
    if (name === 'export-topologies' && !input.exportBucket) return { ...step, status: 'skipped', detail: 'No export bucket is configured (WORKER_TOPOLOGY_EXPORT_BUCKET)' };
    if (missing && CONTROLLER_STEPS.includes(name)) {
      const consequence = name === 'release-license' ? '; if it was registered, the licence may still be held' : '';
      return { ...step, status: 'skipped', detail: `${missing}${consequence}.` };
    }
    return step;
  });
}

/** Lab states in which a lab runs (or is about to) and must be stopped first. */
export function labNeedsStop(state: string): boolean {
  return state === 'STARTED' || state === 'QUEUED' || state === 'BOOTED';
}

/** Lab states that hold runtime state a wipe removes. */
export function labNeedsWipe(state: string): boolean {
  return state === 'STOPPED';
}

/** What a lab that did not stop in time means for a stop, by the fleet policy. */
export function afterLabsNotStopped(policy: 'continue' | 'abort', notStopped: string[]): { proceed: boolean; detail: string } {
  const names = notStopped.join(', ');
  return policy === 'continue'
    ? { proceed: true, detail: `These labs did not stop in time and stop with the instance: ${names}` }
    : { proceed: false, detail: `These labs did not stop in time: ${names}; the stop was abandoned (WORKER_STOP_LAB_FAILURE=abort)` };
}

/** The licence is released when the controller reports it not registered. */
export function licenseReleased(registrationStatus: string | undefined): boolean {
  return registrationStatus === 'NOT_REGISTERED' || registrationStatus === 'UNREGISTERED';
}

/** The S3 key of one exported lab: per worker, per operation (a resumed export writes the same keys). */
export function topologyKey(prefix: string, worker: { id: string; name: string }, operationId: string, lab: { id: string; title: string }): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'untitled';
  const base = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
  return `${base}${safe(worker.name)}-${worker.id}/${operationId}/${safe(lab.title)}-${lab.id}.yaml`;
}
