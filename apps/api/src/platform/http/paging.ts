import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The `page` query parameter of a paged listing: 1 or more, default 1. */
export function PageParam(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 1, minimum: 1 }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'page must be a whole number' }),
    Min(1, { message: 'page must be 1 or more' }),
  );
}

/** The `pageSize` query parameter of a paged listing, with its default and maximum. */
export function PageSizeParam(defaultSize: number, max: number): PropertyDecorator {
  const range = `pageSize must be between 1 and ${max}`;
  return applyDecorators(
    ApiPropertyOptional({ default: defaultSize, minimum: 1, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'pageSize must be a whole number' }),
    Min(1, { message: range }),
    Max(max, { message: range }),
  );
}
