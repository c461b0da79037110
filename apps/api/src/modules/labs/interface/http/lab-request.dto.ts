import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LAB_SORT_FIELDS } from '../../application/lab.view.js';
import { PageParam, PageSizeParam } from '../../../../platform/http/paging.js';

const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);
const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

/** CML state names are upper-case words (DEFINED_ON_CORE, STOPPED, STARTED, QUEUED, and what newer controllers add). */
const STATE_PATTERN = /^[A-Z][A-Z_]{1,31}$/;

/** Filters of the lab lists (one worker's, or the fleet's). */
export class ListWorkerLabsQueryDto {
  @ApiPropertyOptional({ description: 'One or more CML lab states, comma-separated', example: 'STARTED,STOPPED', type: String })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @Matches(STATE_PATTERN, { each: true, message: 'state must be CML lab states such as DEFINED_ON_CORE, STOPPED, STARTED, QUEUED' })
  state?: string[];

  @ApiPropertyOptional({ description: 'Owner username (exact)', example: 'admin' })
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'owner must be 1 to 64 characters' })
  owner?: string;

  @ApiPropertyOptional({ description: 'Search in titles (case-insensitive)', example: 'ospf' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'Also list labs that were removed from, or deleted on, their controller (their records and history stay)', default: false })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'includeGone must be true or false' })
  includeGone?: boolean;

  @PageParam(25)
  page?: number;

  @PageSizeParam(25, 500)
  pageSize?: number;

  @ApiPropertyOptional({ description: `Field to sort by, prefixed with - for descending: ${LAB_SORT_FIELDS.join(', ')}`, example: '-modified', default: 'title' })
  @IsOptional()
  @IsIn([...LAB_SORT_FIELDS, ...LAB_SORT_FIELDS.map((s) => `-${s}`)], { message: `sort must be one of ${LAB_SORT_FIELDS.join(', ')} (prefix - for descending)` })
  sort?: string;
}

export class ListLabsQueryDto extends ListWorkerLabsQueryDto {
  @ApiPropertyOptional({ description: 'Only the labs of this worker', example: '0193b2c4-0000-7000-8000-000000000000' })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a worker id (a UUID)' })
  workerId?: string;
}

export class ImportLabQueryDto {
  @ApiPropertyOptional({ description: 'Title of the new lab, instead of the one in the topology', maxLength: 64, example: 'OSPF (copy)' })
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'title must be 1 to 64 characters' })
  title?: string;
}
