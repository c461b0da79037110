import { DemoEc2 } from './demo-ec2.js';
import { DEFAULT_DEMO_FLEET, DEMO_AMI_NAME, DEMO_FLEET, DEMO_REGIONS, type DemoMachine } from './demo-fleet.js';
import type { DemoPowerWorker, PowerHistoryWritten } from './demo-power-history.js';
import { ProductApiClient, type ServiceAccount } from './product-api.client.js';
import { type CmlCredentials, SimulatorAdminClient } from './simulator-admin.client.js';

export { DemoSeedError } from './http.js';

/** The realm's admin service account (keycloak/cml-cloud-manager-realm.json; development only). */
export const DEFAULT_SERVICE_ACCOUNT: ServiceAccount = { clientId: 'cml-automation-admin', secret: 'dev-automation-admin-secret' };
/** What every simulated controller accepts unless CML_USERNAME / CML_PASSWORD say otherwise. */
export const DEFAULT_CML_CREDENTIALS: CmlCredentials = { username: 'admin', password: 'admin' };

export interface SeedDemoOptions {
  /** Where CML Cloud Manager answers, e.g. http://127.0.0.1:8030. */
  appUrl: string;
  /** OIDC issuer that hands out the service account's token. */
  issuer: string;
  /** moto's address; anything that is not on this machine is refused. */
  awsEndpoint: string;
  /** The CML simulator, e.g. http://127.0.0.1:8040. */
  simulatorUrl: string;
  /** The user the app signs in to controllers with; every demo controller gets it. Default admin/admin. */
  cml?: CmlCredentials;
  /** A client-credentials client with the admin role. Default cml-automation-admin. */
  serviceAccount?: ServiceAccount;
  /** Value of the `demo` tag that marks the fleet's instances. Default `cml-cloud-manager`. */
  fleet?: string;
  /** The machines to seed. Default DEMO_FLEET. */
  machines?: readonly DemoMachine[];
  /** How long to wait for the app's readiness before giving up. Default 0 (ask once). */
  waitForAppMs?: number;
  /** Receives one progress line at a time. */
  log?: (line: string) => void;
  /** Writes past metric samples for these workers (the charts' history); returns how many. */
  history?: (workerIds: string[]) => Promise<number>;
  /** Writes a month of status history for these workers (the cost page, the timelines); returns what it wrote. */
  powerHistory?: (workers: DemoPowerWorker[]) => Promise<PowerHistoryWritten>;
}

export interface SeededMachine {
  key: string;
  name: string;
  region: string;
  instanceId: string;
  /** The instance's state when the seeder last saw or set it. */
  state: string;
  managed: boolean;
  /** This run launched the instance (false: it was there already). */
  launched: boolean;
  workerId?: string;
  /** This run imported it (false: already a worker, or left unmanaged). */
  imported: boolean;
}

export interface SeedDemoResult {
  fleet: string;
  machines: SeededMachine[];
  controllersCreated: number;
  instancesLaunched: number;
  workersImported: number;
}

/**
 * Seeds a living demo fleet: simulated CML controllers (through the simulator's admin API), EC2
 * instances in moto pointing at them (`cml-endpoint` tag), some stopped, some left unmanaged, and
 * imports the managed ones through the product's REST API followed by a refresh and a lab sync of
 * each; the ones planned as stopped are then stopped through the API, so their labs stay known.
 *
 * Idempotent: instances are found again by their `demo` and `demo-machine` tags, controllers by id
 * (409), workers by the import API's 409 IMPORT.ALREADY_REGISTERED. A second run creates nothing;
 * it does not stop or start anything either (people may have done that since).
 */
export async function seedDemo(options: SeedDemoOptions): Promise<SeedDemoResult> {
  const log = options.log ?? (() => undefined);
  const fleet = options.fleet ?? DEFAULT_DEMO_FLEET;
  const machines = options.machines ?? DEMO_FLEET;
  const cml = options.cml ?? DEFAULT_CML_CREDENTIALS;
  const simulator = new SimulatorAdminClient(options.simulatorUrl.replace(/\/$/, ''));
  const api = new ProductApiClient(options.appUrl.replace(/\/$/, ''), options.issuer, options.serviceAccount ?? DEFAULT_SERVICE_ACCOUNT);
  const ec2 = new DemoEc2(options.awsEndpoint);

  try {
    // Check every party before writing anything, so a failure leaves nothing half-done.
    await simulator.ensureReachable();
    await api.waitUntilReady(options.waitForAppMs ?? 0);
    await api.verifyAccess();

    const controllerUrls = new Map<string, string>();
    let controllersCreated = 0;
    for (const machine of machines) {
      const { baseUrl, created } = await simulator.ensureController(machine.key, machine.controller, cml);
      controllerUrls.set(machine.key, baseUrl);
      if (created) controllersCreated++;
    }
    log(`[demo] simulator: ${machines.length} CML controllers (${controllersCreated} new) at ${options.simulatorUrl}`);

    const seeded: SeededMachine[] = [];
    for (const region of DEMO_REGIONS) {
      const planned = machines.filter((m) => m.region === region);
      if (planned.length === 0) continue;
      const ami = await ec2.ensureAmi(region);
      const existing = await ec2.demoInstances(region, fleet);
      const stopNow: SeededMachine[] = [];
      for (const machine of planned) {
        const controllerUrl = controllerUrls.get(machine.key)!;
        const found = existing.get(machine.key);
        if (found) {
          if (found.endpointTag !== controllerUrl) await ec2.setEndpointTag(region, found.instanceId, controllerUrl);
          seeded.push({ key: machine.key, name: machine.name, region, instanceId: found.instanceId, state: found.state, managed: machine.managed, launched: false, imported: false });
          continue;
        }
        const instanceId = await ec2.launch(machine, ami.imageId, controllerUrl, fleet);
        const entry: SeededMachine = { key: machine.key, name: machine.name, region, instanceId, state: 'running', managed: machine.managed, launched: true, imported: false };
        seeded.push(entry);
        // Managed ones are stopped through the product once it has seen their labs (below).
        if (machine.state === 'stopped' && !machine.managed) stopNow.push(entry);
      }
      await ec2.stop(region, stopNow.map((m) => m.instanceId));
      for (const m of stopNow) m.state = 'stopped';
      const launched = seeded.filter((m) => m.region === region && m.launched).length;
      log(`[demo] ${region}: AMI ${DEMO_AMI_NAME} (${ami.imageId}${ami.created ? ', new' : ''}), ${planned.length} instances (${launched} launched, ${planned.length - launched} already there)`);
    }

    const managed = seeded.filter((m) => m.managed);
    let done = 0;
    for (const machine of managed) {
      const outcome = await api.importInstance(machine.region, machine.instanceId);
      machine.workerId = outcome.workerId;
      machine.imported = outcome.created;
      done++;
      log(`[demo] ${done}/${managed.length} workers imported (${machine.name}, ${machine.region}, ${machine.state}${outcome.created ? '' : ', already managed'})`);
    }

    let throttled = 0;
    for (const machine of managed) {
      if ((await api.refresh(machine.workerId!)) === 'throttled') throttled++;
    }
    log(`[demo] ${managed.length - throttled}/${managed.length} workers refreshed${throttled ? ` (${throttled} refreshed moments ago)` : ''}`);

    // A worker planned as stopped ran first, so the product knows its labs and shows them as last
    // seen once it is stopped; it is stopped through the product, as a person would.
    const plan = new Map(machines.map((m) => [m.key, m]));
    for (const machine of managed.filter((m) => m.state === 'running')) await api.syncLabs(machine.workerId!);
    for (const machine of managed) {
      const minutes = plan.get(machine.key)?.idleTimeoutMinutes;
      if (machine.imported && minutes !== undefined) {
        await api.setIdleTimeout(machine.workerId!, minutes);
        log(`[demo] ${machine.name} gets an idle timeout of ${minutes} min: watch it be warned, then stopped, within minutes`);
      }
    }
    const toStop = managed.filter((m) => m.launched && plan.get(m.key)?.state === 'stopped');
    for (const machine of toStop) {
      await api.stop(machine.workerId!);
      machine.state = 'stopped';
    }
    if (toStop.length) log(`[demo] ${toStop.map((m) => m.name).join(', ')} stopped after their labs were read`);
    if (options.history) {
      const samples = await options.history(managed.map((m) => m.workerId!));
      log(`[demo] a day of metric history: ${samples} samples`);
    }
    if (options.powerHistory) {
      const withPattern = managed.flatMap((m) => {
        const power = plan.get(m.key)?.power;
        return power ? [{ workerId: m.workerId!, power }] : [];
      });
      const written = await options.powerHistory(withPattern);
      log(`[demo] a month of power history: ${written.changes} status changes for ${written.workers} workers (the cost page and the timelines)`);
    }

    const running = managed.filter((m) => m.state === 'running').length;
    const unmanaged = seeded.filter((m) => !m.managed);
    log(
      `[demo] done: ${managed.length} workers in ${DEMO_REGIONS.join(' and ')} (${running} running, ${managed.length - running} stopped); ` +
        `${unmanaged.length} unmanaged instances left to import (${unmanaged.map((m) => `${m.name} in ${m.region}`).join(', ')})`,
    );
    return {
      fleet,
      machines: seeded,
      controllersCreated,
      instancesLaunched: seeded.filter((m) => m.launched).length,
      workersImported: managed.filter((m) => m.imported).length,
    };
  } finally {
    ec2.close();
  }
}
