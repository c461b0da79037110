import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { ClearInstancePriceCommand, ClearStoragePriceCommand, SetDiscountCommand, SetInstancePriceCommand, SetStoragePriceCommand } from '../../application/commands/price.commands.js';
import { GetPriceQuery, type InstancePriceView, ListPricesQuery, type PriceListView, type StoragePriceView } from '../../application/queries/prices.queries.js';
import { DiscountBodyDto, InstancePriceBodyDto, StoragePriceBodyDto } from './cost-prices-request.dto.js';
import { DiscountResponse, InstancePriceResponse, PriceListResponse, StoragePriceResponse } from './cost-prices-response.dto.js';
import { toDiscountResponse, toInstancePriceResponse, toPriceListResponse, toStoragePriceResponse } from './cost-prices.presenter.js';

const FROM_NOW = 'It applies from now on: runs before the change keep the price they had (docs/cost.md, "Prices"). Audited as `cost.price-changed` with the admin.';
const PRICE_INVALID = 'COST.PRICE_INVALID names every problem (a region not shaped like us-east-1, a type that is not one, a price not more than 0), or REQUEST.INVALID when the price is not a number';
const NOT_OVERRIDDEN = 'COST.OVERRIDE_NOT_FOUND: no admin price is set there; the list price is in force already';

/** Prices: the shipped list prices, admins' prices over them and the fleet discount. Anyone signed in reads; admins change. */
@ApiTags('cost')
@Controller('cost')
export class CostPricesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('prices')
  @RequireRole('user')
  @ApiOperation({ summary: 'Prices in force', description: 'Every instance price (on-demand Linux, USD/h) and EBS storage price (USD per GiB-month) known, list or admin, and the fleet discount. Figures are list-price estimates.' })
  @ApiOkResponse({ type: PriceListResponse })
  async list(): Promise<Presented<PriceListResponse>> {
    return toPriceListResponse(await this.queries.execute<ListPricesQuery, PriceListView>(new ListPricesQuery()));
  }

  @Put('prices/instances/:region/:instanceType')
  @RequireRole('admin')
  @ApiOperation({ summary: "Set an instance type's hourly price in a region", description: FROM_NOW })
  @ApiParam({ name: 'region', example: 'us-east-1' })
  @ApiParam({ name: 'instanceType', example: 'm5zn.metal' })
  @ApiOkResponse({ type: InstancePriceResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: PRICE_INVALID })
  async setInstance(@Param('region') region: string, @Param('instanceType') instanceType: string, @Body() body: InstancePriceBodyDto, @CurrentActor() actor: Actor): Promise<Presented<InstancePriceResponse>> {
    await this.commands.execute(new SetInstancePriceCommand(region, instanceType, body.usdPerHour, actor));
    return toInstancePriceResponse((await this.queries.execute<GetPriceQuery, InstancePriceView>(new GetPriceQuery('instance', region, instanceType)))!);
  }

  @Delete('prices/instances/:region/:instanceType')
  @RequireRole('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Clear an admin's instance price: back to the list price", description: FROM_NOW })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: NOT_OVERRIDDEN })
  async clearInstance(@Param('region') region: string, @Param('instanceType') instanceType: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new ClearInstancePriceCommand(region, instanceType, actor));
  }

  @Put('prices/storage/:region/:volumeType')
  @RequireRole('admin')
  @ApiOperation({ summary: "Set an EBS volume type's storage price in a region", description: FROM_NOW })
  @ApiParam({ name: 'region', example: 'us-east-1' })
  @ApiParam({ name: 'volumeType', example: 'gp3', description: 'gp3, gp2, io1, io2, st1, sc1 or standard' })
  @ApiOkResponse({ type: StoragePriceResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: PRICE_INVALID })
  async setStorage(@Param('region') region: string, @Param('volumeType') volumeType: string, @Body() body: StoragePriceBodyDto, @CurrentActor() actor: Actor): Promise<Presented<StoragePriceResponse>> {
    await this.commands.execute(new SetStoragePriceCommand(region, volumeType, body.usdPerGibMonth, actor));
    return toStoragePriceResponse((await this.queries.execute<GetPriceQuery, StoragePriceView>(new GetPriceQuery('storage', region, volumeType)))!);
  }

  @Delete('prices/storage/:region/:volumeType')
  @RequireRole('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Clear an admin's storage price: back to the list price", description: FROM_NOW })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: NOT_OVERRIDDEN })
  async clearStorage(@Param('region') region: string, @Param('volumeType') volumeType: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new ClearStoragePriceCommand(region, volumeType, actor));
  }

  @Put('discount')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Set the fleet discount (savings plans, reserved capacity)',
    description: 'Percent taken off every compute price from now on (not storage: savings plans and reserved instances do not cover EBS). Audited as `cost.discount-changed`.',
  })
  @ApiOkResponse({ type: DiscountResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'COST.DISCOUNT_INVALID: outside 0 to (not including) 100; REQUEST.INVALID when not a number' })
  async setDiscount(@Body() body: DiscountBodyDto, @CurrentActor() actor: Actor): Promise<Presented<DiscountResponse>> {
    await this.commands.execute(new SetDiscountCommand(body.percent, actor));
    return toDiscountResponse((await this.queries.execute<ListPricesQuery, PriceListView>(new ListPricesQuery())).discountPercent);
  }
}
