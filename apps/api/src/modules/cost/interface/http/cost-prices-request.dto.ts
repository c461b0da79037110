import { ApiProperty } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';

// The type is checked here (400 REQUEST.INVALID); the range by the domain (400 COST.PRICE_INVALID / COST.DISCOUNT_INVALID), which says what to fix.
const NUMBER = { allowNaN: false, allowInfinity: false };

export class InstancePriceBodyDto {
  @ApiProperty({ example: 3.2, description: 'US dollars per instance hour (USD/h), more than 0; in force from now on, before the fleet discount' })
  @IsNumber(NUMBER, { message: 'usdPerHour must be a number of US dollars per hour, e.g. 3.2' })
  usdPerHour!: number;
}

export class StoragePriceBodyDto {
  @ApiProperty({ example: 0.07, description: 'US dollars per GiB of provisioned volume per month (USD/GiB-month), more than 0; in force from now on' })
  @IsNumber(NUMBER, { message: 'usdPerGibMonth must be a number of US dollars per GiB-month, e.g. 0.08' })
  usdPerGibMonth!: number;
}

export class DiscountBodyDto {
  @ApiProperty({ example: 28, minimum: 0, exclusiveMaximum: true, maximum: 100, description: 'Fleet discount on compute (savings plans, reserved capacity), percent: 0 (none) up to, not including, 100; in force from now on' })
  @IsNumber(NUMBER, { message: 'percent must be a number from 0 up to (not including) 100, e.g. 28' })
  percent!: number;
}
