import { type CmlSimulator, type CmlSimulatorOptions, type ControllerSeed, startCmlSimulator } from '../../apps/cml-simulator/src/simulator.js';

export type { CmlSimulator, ControllerSeed } from '../../apps/cml-simulator/src/simulator.js';

/**
 * Starts fake CML controllers in-process on a random loopback port, for suites that need a CML.
 * Without seeds there is one healthy controller `cml-1` (admin/admin, no labs). Close it in `afterAll`.
 */
export function startTestSimulator(seeds: ControllerSeed[] = [{ id: 'cml-1' }], options: Omit<CmlSimulatorOptions, 'controllers' | 'host' | 'port'> = {}): Promise<CmlSimulator> {
  return startCmlSimulator({ licenseRegistrationDelayMs: 100, ...options, host: '127.0.0.1', port: 0, controllers: seeds });
}
