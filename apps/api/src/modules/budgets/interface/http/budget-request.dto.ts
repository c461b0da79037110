import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsNumber, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SCOPE_KINDS } from '../../domain/budget-scope.value-object.js';

export class BudgetScopeDto {
  @ApiProperty({ enum: SCOPE_KINDS, example: 'tag', description: 'fleet: every worker; owner: the workers of `owner`; tag: the workers whose tag `tagKey` is `tagValue`' })
  @IsIn(SCOPE_KINDS, { message: `scope.kind must be one of ${SCOPE_KINDS.join(', ')}` })
  kind!: 'fleet' | 'owner' | 'tag';

  @ApiPropertyOptional({ example: 'alice', description: 'The owner (a username or group:<name>), for kind owner' })
  @IsOptional()
  @IsString({ message: 'scope.owner must be a username or group:<name>' })
  @MaxLength(256)
  owner?: string;

  @ApiPropertyOptional({ example: 'team', description: 'The tag key, for kind tag' })
  @IsOptional()
  @IsString({ message: 'scope.tagKey must be a tag key such as team' })
  @MaxLength(128)
  tagKey?: string;

  @ApiPropertyOptional({ example: 'ccna', description: 'The tag value, for kind tag' })
  @IsOptional()
  @IsString({ message: 'scope.tagValue must be a tag value such as ccna' })
  @MaxLength(256)
  tagValue?: string;
}

/** Every field of a budget; optional for a change (PATCH). */
class BudgetFields {
  @ApiProperty({ example: 'CCNA team' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @ApiProperty({ type: BudgetScopeDto })
  @IsDefined({ message: 'scope: e.g. {"kind": "fleet"}, {"kind": "owner", "owner": "alice"} or {"kind": "tag", "tagKey": "team", "tagValue": "ccna"}' })
  @IsObject({ message: 'scope must be an object with kind (fleet, owner or tag)' })
  @ValidateNested()
  @Type(() => BudgetScopeDto)
  scope!: BudgetScopeDto;

  @ApiProperty({ example: 2000, description: 'US dollars per calendar month (UTC), above 0' })
  @IsNumber({}, { message: 'monthlyUsd must be an amount in US dollars, e.g. 2000' })
  monthlyUsd!: number;

  @ApiProperty({ type: [Number], example: [80, 100], description: 'Percentages of monthlyUsd that notify (%), 1 to 200, ascending, each once' })
  @IsArray({ message: 'thresholdsPercent must be a list of percentages, e.g. [80, 100]' })
  @IsNumber({}, { each: true, message: 'thresholdsPercent must hold numbers, e.g. [80, 100]' })
  thresholdsPercent!: number[];

  @ApiProperty({ example: true, description: "At 100 %, stop the running workers it covers (trigger budget) and keep them stopped to the month's end" })
  @IsBoolean({ message: 'stopAtLimit must be true or false' })
  stopAtLimit!: boolean;

  @ApiProperty({ example: false, description: 'That stop applies inside reservations too' })
  @IsBoolean({ message: 'hard must be true or false' })
  hard!: boolean;
}

export class CreateBudgetBodyDto extends BudgetFields {}

export class UpdateBudgetBodyDto {
  @ApiPropertyOptional({ example: 'CCNA team' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;

  @ApiPropertyOptional({ type: BudgetScopeDto })
  @IsOptional()
  @IsObject({ message: 'scope must be an object with kind (fleet, owner or tag)' })
  @ValidateNested()
  @Type(() => BudgetScopeDto)
  scope?: BudgetScopeDto;

  @ApiPropertyOptional({ example: 2000, description: 'US dollars per calendar month (UTC), above 0' })
  @IsOptional()
  @IsNumber({}, { message: 'monthlyUsd must be an amount in US dollars, e.g. 2000' })
  monthlyUsd?: number;

  @ApiPropertyOptional({ type: [Number], example: [80, 100], description: 'Percentages of monthlyUsd that notify (%), 1 to 200, ascending, each once' })
  @IsOptional()
  @IsArray({ message: 'thresholdsPercent must be a list of percentages, e.g. [80, 100]' })
  @IsNumber({}, { each: true, message: 'thresholdsPercent must hold numbers, e.g. [80, 100]' })
  thresholdsPercent?: number[];

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean({ message: 'stopAtLimit must be true or false' })
  stopAtLimit?: boolean;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean({ message: 'hard must be true or false' })
  hard?: boolean;
}

export class BudgetListQueryDto {
  @ApiPropertyOptional({ example: '2026-12', description: 'The month (YYYY-MM, UTC) the statuses are for; the current one when absent' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM, e.g. 2026-12' })
  month?: string;
}
