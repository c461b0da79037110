import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCOPE_KINDS } from '../../domain/budget-scope.value-object.js';

export class BudgetActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty({ example: 'f3c1...' }) id!: string;
  @ApiProperty({ example: 'ada' }) name!: string;
}

export class BudgetScopeResponse {
  @ApiProperty({ enum: SCOPE_KINDS, example: 'tag' }) kind!: string;
  @ApiPropertyOptional({ example: 'alice', description: 'kind owner' }) owner?: string;
  @ApiPropertyOptional({ example: 'team', description: 'kind tag' }) tagKey?: string;
  @ApiPropertyOptional({ example: 'ccna', description: 'kind tag' }) tagValue?: string;
}

export class BudgetStatusResponse {
  @ApiProperty({ example: '2026-12', description: 'YYYY-MM (UTC)' }) month!: string;
  @ApiProperty({ example: 1612.4, description: 'Spend of the covered workers so far this month (USD, estimate from list prices less the discount)' }) spentUsd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 2480.1, description: 'At the pace so far, the month\'s total (USD); null in a month\'s first hour' }) projectedUsd!: number | null;
  @ApiProperty({ example: 80.62, description: 'spentUsd of monthlyUsd (%)' }) percent!: number;
  @ApiProperty({ type: [Number], example: [80], description: 'Thresholds crossed this month (%)' }) crossedPercent!: number[];
  @ApiProperty({ example: 4, description: 'Covered workers with a cost this month (count)' }) workers!: number;
  @ApiProperty({ example: 0, description: 'Workers the budget stopped at its limit this month (count)' }) stoppedWorkers!: number;
  @ApiProperty({ enum: ['ok', 'warning', 'exceeded'], example: 'warning', description: 'ok below the first threshold, warning from it, exceeded from 100 %' }) state!: string;
}

export class BudgetResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CCNA team' }) name!: string;
  @ApiProperty({ type: BudgetScopeResponse }) scope!: BudgetScopeResponse;
  @ApiProperty({ example: 2000, description: 'USD per calendar month (UTC)' }) monthlyUsd!: number;
  @ApiProperty({ type: [Number], example: [80, 100], description: 'Percentages that notify (%)' }) thresholdsPercent!: number[];
  @ApiProperty({ example: true }) stopAtLimit!: boolean;
  @ApiProperty({ example: false }) hard!: boolean;
  @ApiProperty({ type: BudgetActorResponse }) createdBy!: BudgetActorResponse;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: BudgetStatusResponse }) status!: BudgetStatusResponse;
}

export class BudgetListResponse {
  @ApiProperty({ type: [BudgetResponse] }) items!: BudgetResponse[];
}
