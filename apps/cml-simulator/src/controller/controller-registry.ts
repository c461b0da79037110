import type { ControllerSeed } from '../seed/controller-seed.js';
import { type ControllerDefaults, VirtualController } from './virtual-controller.js';

/** A controller id that is already taken. */
export class DuplicateControllerError extends Error {}

/** The virtual controllers one simulator process hosts, by id. */
export class ControllerRegistry {
  private readonly controllers = new Map<string, VirtualController>();
  private sequence = 0;

  constructor(private readonly defaults: ControllerDefaults) {}

  /** Creates a controller from a seed (already validated); its id defaults to `cml-<n>`. */
  add(seed: ControllerSeed = {}): VirtualController {
    let id = seed.id;
    if (!id) {
      do id = `cml-${++this.sequence}`;
      while (this.controllers.has(id));
    }
    if (this.controllers.has(id)) throw new DuplicateControllerError(`A controller with id '${id}' already exists`);
    const controller = new VirtualController(id, seed, this.defaults);
    this.controllers.set(id, controller);
    return controller;
  }

  get(id: string): VirtualController | undefined {
    return this.controllers.get(id);
  }

  /** Like `get`, but throws for an unknown id (handy in tests). */
  require(id: string): VirtualController {
    const controller = this.controllers.get(id);
    if (!controller) throw new Error(`No simulated controller '${id}'`);
    return controller;
  }

  list(): VirtualController[] {
    return [...this.controllers.values()];
  }

  remove(id: string): boolean {
    return this.controllers.delete(id);
  }
}
