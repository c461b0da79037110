import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ChangeContext, Clock, retryOnConflict } from '#kernel';
import type { PriceSettings } from '../../domain/price-settings.aggregate.js';
import { PriceSettingsRepository } from '../ports/price-settings.repository.port.js';
import { ClearInstancePriceCommand, ClearStoragePriceCommand, SetDiscountCommand, SetInstancePriceCommand, SetStoragePriceCommand } from './price.commands.js';

/** Load the settings, change them, save, publish; again on a concurrent write. */
async function change(repository: PriceSettingsRepository, clock: Clock, actor: ChangeContext['actor'], act: (settings: PriceSettings, ctx: ChangeContext) => void): Promise<void> {
  await retryOnConflict(async () => {
    const settings = await repository.load();
    act(settings, { actor, now: clock.now() });
    await repository.save(settings);
    settings.commit();
  });
}

@CommandHandler(SetInstancePriceCommand)
export class SetInstancePriceHandler implements ICommandHandler<SetInstancePriceCommand, void> {
  constructor(
    private readonly repository: PriceSettingsRepository,
    private readonly clock: Clock,
  ) {}

  execute({ region, instanceType, usdPerHour, actor }: SetInstancePriceCommand): Promise<void> {
    return change(this.repository, this.clock, actor, (s, ctx) => s.setInstancePrice(region, instanceType, usdPerHour, ctx));
  }
}

@CommandHandler(ClearInstancePriceCommand)
export class ClearInstancePriceHandler implements ICommandHandler<ClearInstancePriceCommand, void> {
  constructor(
    private readonly repository: PriceSettingsRepository,
    private readonly clock: Clock,
  ) {}

  execute({ region, instanceType, actor }: ClearInstancePriceCommand): Promise<void> {
    return change(this.repository, this.clock, actor, (s, ctx) => s.clearInstancePrice(region, instanceType, ctx));
  }
}

@CommandHandler(SetStoragePriceCommand)
export class SetStoragePriceHandler implements ICommandHandler<SetStoragePriceCommand, void> {
  constructor(
    private readonly repository: PriceSettingsRepository,
    private readonly clock: Clock,
  ) {}

  execute({ region, volumeType, usdPerGibMonth, actor }: SetStoragePriceCommand): Promise<void> {
    return change(this.repository, this.clock, actor, (s, ctx) => s.setStoragePrice(region, volumeType, usdPerGibMonth, ctx));
  }
}

@CommandHandler(ClearStoragePriceCommand)
export class ClearStoragePriceHandler implements ICommandHandler<ClearStoragePriceCommand, void> {
  constructor(
    private readonly repository: PriceSettingsRepository,
    private readonly clock: Clock,
  ) {}

  execute({ region, volumeType, actor }: ClearStoragePriceCommand): Promise<void> {
    return change(this.repository, this.clock, actor, (s, ctx) => s.clearStoragePrice(region, volumeType, ctx));
  }
}

@CommandHandler(SetDiscountCommand)
export class SetDiscountHandler implements ICommandHandler<SetDiscountCommand, void> {
  constructor(
    private readonly repository: PriceSettingsRepository,
    private readonly clock: Clock,
  ) {}

  execute({ percent, actor }: SetDiscountCommand): Promise<void> {
    return change(this.repository, this.clock, actor, (s, ctx) => s.setDiscount(percent, ctx));
  }
}
