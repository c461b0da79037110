import type { DemoController } from './demo-fleet.js';
import { DemoSeedError, describeFetchFailure, readJson } from './http.js';

/** The fleet-wide CML API user the app signs in with (CML_USERNAME / CML_PASSWORD). */
export interface CmlCredentials {
  username: string;
  password: string;
}

/**
 * The CML simulator's admin API (`/_sim`), over HTTP: the seeder never links the simulator's code,
 * so it can seed a simulator started by `scripts/start` or one a test started in-process.
 */
export class SimulatorAdminClient {
  constructor(private readonly url: string) {}

  /** Fails with a message saying how to start the simulator when it does not answer. */
  async ensureReachable(): Promise<void> {
    const res = await fetch(`${this.url}/_sim/health`).catch((err: unknown) => {
      throw new DemoSeedError(`The CML simulator does not answer at ${this.url} (${describeFetchFailure(err)}). Start it with: node dist/apps/cml-simulator/src/main.js --port 8040 (scripts/start does).`);
    });
    if (!res.ok) throw new DemoSeedError(`${this.url}/_sim/health answered HTTP ${res.status}: is that the CML simulator?`);
    await res.body?.cancel();
  }

  /**
   * Creates the controller `id` unless it exists (409 keeps the existing one as it is).
   * Returns its base URL, the value of the worker's `cml-endpoint` tag.
   */
  async ensureController(id: string, controller: DemoController, fleetUser: CmlCredentials): Promise<{ baseUrl: string; created: boolean }> {
    const res = await fetch(`${this.url}/_sim/controllers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(controllerSeed(id, controller, fleetUser)),
    });
    if (res.status === 201) return { baseUrl: (await readJson<{ baseUrl: string }>(res)).baseUrl, created: true };
    if (res.status === 409) {
      await res.body?.cancel();
      const existing = await fetch(`${this.url}/_sim/controllers/${id}`);
      if (!existing.ok) throw new DemoSeedError(`The simulator says controller ${id} exists but does not show it (HTTP ${existing.status}).`);
      return { baseUrl: (await readJson<{ baseUrl: string }>(existing)).baseUrl, created: false };
    }
    throw new DemoSeedError(`The simulator refused controller ${id}: HTTP ${res.status} ${(await res.text()).slice(0, 500)}`);
  }
}

/** The admin API's controller seed: the fleet user first (it owns labs without an owner), then the people. */
export function controllerSeed(id: string, controller: DemoController, fleetUser: CmlCredentials): Record<string, unknown> {
  const people = controller.people.filter((p) => p !== fleetUser.username);
  return {
    id,
    hostname: controller.hostname,
    computes: controller.computes ?? 1,
    licensed: controller.licensed ?? true,
    enterprise: controller.enterprise ?? true,
    users: [
      { username: fleetUser.username, password: fleetUser.password, fullname: 'Fleet API user' },
      ...people.map((p) => ({ username: p, password: `${p}-demo-password`, fullname: p[0].toUpperCase() + p.slice(1) })),
    ],
    labs: controller.labs,
    activity: controller.activity,
  };
}
