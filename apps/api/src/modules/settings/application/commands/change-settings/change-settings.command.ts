import { Command } from '@nestjs/cqrs';
import type { Actor } from '#kernel';

/** An admin's partial change of the runtime settings, made on `version` (null values: back to the environment's). */
export class ChangeSettingsCommand extends Command<{ version: number; changed: number }> {
  constructor(
    readonly version: number,
    readonly values: Record<string, unknown>,
    readonly actor: Actor,
  ) {
    super();
  }
}
