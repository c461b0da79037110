import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COST_GROUP_BY } from '../../application/cost-report.js';
import { SAVING_RULES } from '../../domain/savings.rule.js';

const USD = (what: string) => `${what}, US dollars (an estimate from list prices less the discount)`;

export class SavedByRuleAmounts {
  @ApiProperty({ description: USD('Saved by idle detection') }) 'idle-detection'!: number;
  @ApiProperty({ description: USD('Saved by schedules') }) schedule!: number;
  @ApiProperty({ description: USD('Saved by runtime limits') }) 'runtime-limit'!: number;
  @ApiProperty({ description: USD('Saved at reservation ends') }) reservation!: number;
  @ApiProperty({ description: USD('Saved by budgets') }) budget!: number;
}

export class WorkerCostResponse {
  @ApiProperty({ example: '0193b2c4-1111-7000-8000-000000000001' }) workerId!: string;
  @ApiProperty({ example: 'lab-east-1' }) name!: string;
  @ApiPropertyOptional({ example: 'ada' }) owner?: string;
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ example: 'm5zn.metal' }) instanceType!: string;
  @ApiProperty({ example: 'running' }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { team: 'ccna' } }) tags!: Record<string, string>;
  @ApiProperty({ example: '2026-12', description: 'Calendar month, UTC' }) month!: string;
  @ApiProperty({ type: Number, nullable: true, example: 3.97, description: 'US dollars per hour now: compute while it starts or runs, storage until it ends; null when the compute price is unknown' }) usdPerHourNow!: number | null;
  @ApiProperty({ example: 412.2, description: USD('Instance hours this month') }) computeUsd!: number;
  @ApiProperty({ example: 5.1, description: USD('EBS storage this month (paid while stopped too)') }) storageUsd!: number;
  @ApiProperty({ example: 417.3, description: USD('computeUsd + storageUsd') }) totalUsd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 980.5, description: USD("The month's total at its end at the pace so far; null in the month's first hour and for months to come") }) projectedUsd!: number | null;
  @ApiProperty({ example: 120.4, description: USD('What automatic stops saved this month (docs/cost.md, "Saved")') }) savedUsd!: number;
  @ApiProperty({ type: SavedByRuleAmounts }) savedByRule!: SavedByRuleAmounts;
  @ApiProperty({ example: 103.8, description: 'Hours running this month' }) runningHours!: number;
  @ApiProperty({ example: 0, description: 'Billed hours whose price is unknown, in hours (not in the amounts)' }) unpricedHours!: number;
}

export class WorkerCostListResponse {
  @ApiProperty({ example: '2026-12' }) month!: string;
  @ApiProperty({ example: '2026-12-03T12:00:00.000Z', description: 'When the figures were computed' }) asOf!: string;
  @ApiProperty({ type: [WorkerCostResponse] }) items!: WorkerCostResponse[];
}

export class CostTotalsResponse {
  @ApiProperty({ example: 1210.4, description: USD('Compute') }) computeUsd!: number;
  @ApiProperty({ example: 40.2, description: USD('Storage') }) storageUsd!: number;
  @ApiProperty({ example: 1250.6, description: USD('Compute + storage') }) totalUsd!: number;
  @ApiProperty({ example: 380.1, description: USD('Saved') }) savedUsd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 3020.7, description: USD('Projected to the month end; null when not known for every worker') }) projectedUsd!: number | null;
  @ApiProperty({ example: 12, description: 'Workers counted' }) workers!: number;
  @ApiProperty({ example: 311.5, description: 'Hours running, in hours' }) runningHours!: number;
  @ApiProperty({ example: 0, description: 'Billed hours whose price is unknown, in hours' }) unpricedHours!: number;
}

export class SavedByRuleResponse {
  @ApiProperty({ enum: SAVING_RULES, example: 'idle-detection' }) rule!: string;
  @ApiProperty({ example: 1240, description: USD('Saved') }) usd!: number;
  @ApiProperty({ example: 310, description: 'Hours saved, in hours' }) hours!: number;
  @ApiProperty({ example: 0, description: 'Hours saved whose price is unknown, in hours (not in usd)' }) unpricedHours!: number;
}

export class CostGroupResponse {
  @ApiProperty({ example: 'ada', description: 'The owner, region, tag value or worker name; "(no owner)" / "(no <key> tag)" for those without' }) key!: string;
  @ApiProperty({ example: 800.2 }) computeUsd!: number;
  @ApiProperty({ example: 20.1 }) storageUsd!: number;
  @ApiProperty({ example: 820.3 }) totalUsd!: number;
  @ApiProperty({ example: 140 }) savedUsd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 1900.5 }) projectedUsd!: number | null;
  @ApiProperty({ example: 4 }) workers!: number;
}

export class CostDayResponse {
  @ApiProperty({ example: '2026-12-01', description: 'UTC day' }) day!: string;
  @ApiProperty({ example: 80.4, description: USD('Compute + storage that day') }) totalUsd!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { ada: 50.2, bob: 30.2 }, description: 'US dollars per group that day (groups with nothing are left out)' }) byGroup!: Record<string, number>;
}

export class CostReportResponse {
  @ApiProperty({ example: '2026-12' }) month!: string;
  @ApiProperty({ example: '2026-12-03T12:00:00.000Z' }) asOf!: string;
  @ApiProperty({ enum: ['USD'], example: 'USD' }) currency!: 'USD';
  @ApiProperty({ example: 0, description: 'The discount in force now, percent (savings plans, reserved capacity)' }) discountPercent!: number;
  @ApiProperty({ type: CostTotalsResponse }) totals!: CostTotalsResponse;
  @ApiProperty({ type: [SavedByRuleResponse], description: 'Every saving rule, always all five' }) savedByRule!: SavedByRuleResponse[];
  @ApiProperty({ enum: COST_GROUP_BY, example: 'owner' }) groupBy!: string;
  @ApiPropertyOptional({ example: 'team', description: 'With groupBy=tag' }) tagKey?: string;
  @ApiProperty({ type: [CostGroupResponse], description: 'Largest total first' }) groups!: CostGroupResponse[];
  @ApiProperty({ type: [CostDayResponse], description: 'Every day of the month up to today (all of it for a past month)' }) days!: CostDayResponse[];
}
