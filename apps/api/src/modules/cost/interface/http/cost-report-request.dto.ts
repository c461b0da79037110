import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { COST_GROUP_BY } from '../../application/cost-report.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CostMonthQueryDto {
  @ApiPropertyOptional({ description: 'Calendar month in UTC, `YYYY-MM` (default: the current one)', example: '2026-12' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be a month as YYYY-MM, e.g. 2026-12' })
  month?: string;
}

export class CostReportQueryDto extends CostMonthQueryDto {
  @ApiPropertyOptional({ enum: COST_GROUP_BY, default: 'owner', description: 'What the groups and the stacked days are: owners, regions, the values of one tag (`tagKey`) or workers' })
  @IsOptional()
  @IsIn(COST_GROUP_BY, { message: `groupBy must be one of ${COST_GROUP_BY.join(', ')}` })
  groupBy?: (typeof COST_GROUP_BY)[number];

  @ApiPropertyOptional({ description: 'The tag whose values are the groups (with groupBy=tag)', example: 'team' })
  @ValidateIf((o: CostReportQueryDto) => o.groupBy === 'tag' || o.tagKey !== undefined)
  @IsString({ message: 'tagKey: name the tag to group by, e.g. tagKey=team (groupBy=tag needs it)' })
  @MinLength(1, { message: 'tagKey: name the tag to group by, e.g. tagKey=team (groupBy=tag needs it)' })
  @MaxLength(128, { message: 'tagKey must be at most 128 characters (an EC2 tag key)' })
  tagKey?: string;
}
