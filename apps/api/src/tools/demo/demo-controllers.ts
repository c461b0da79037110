import type { ProductApiClient } from './product-api.client.js';
import type { CmlCredentials, SimulatorAdminClient } from './simulator-admin.client.js';

/** The simulated controller id of a worker the console launched in the demo. */
export function demoControllerId(workerId: string): string {
  return `new-${workerId.replace(/-/g, '').slice(-12)}`;
}

/**
 * In the demo, nothing real boots inside a new EC2 instance. So that "New worker" shows what it
 * would with a real AMI, each worker launched from the console (not imported) gets a fresh
 * simulated controller and points at it (an endpoint override, recorded in its timeline).
 * Returns the names of the workers it equipped in this pass.
 */
export async function equipNewWorkers(api: ProductApiClient, simulator: SimulatorAdminClient, cml: CmlCredentials, done: Set<string>): Promise<string[]> {
  const equipped: string[] = [];
  for (const w of await api.workers()) {
    if (done.has(w.id) || w.lifecycle.importedAt || w.endpointSource === 'override' || w.endpointSource === 'tag') continue;
    if (!['pending', 'running'].includes(w.status)) continue;
    const { baseUrl } = await simulator.ensureController(demoControllerId(w.id), { hostname: `${w.name}.cml.demo.example`, people: [], labs: [], activity: [] }, cml);
    await api.setEndpoint(w.id, baseUrl);
    done.add(w.id);
    equipped.push(w.name);
  }
  return equipped;
}
