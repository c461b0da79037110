import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * How deep a paged listing reaches: `page × pageSize` may be at most this many items. The database
 * skips every item before the page, so an unbounded page would make one request walk an entire
 * collection; past this depth a caller narrows the filters or sorts the other way.
 */
export const MAX_LIST_DEPTH = 10_000;

/** The last page a listing answers for `pageSize` (every item of it within MAX_LIST_DEPTH). */
export function maxPageFor(pageSize: number): number {
  return Math.max(1, Math.floor(MAX_LIST_DEPTH / pageSize));
}

function pageSizeOf(args: ValidationArguments, defaultPageSize: number): number {
  const size = (args.object as { pageSize?: unknown }).pageSize;
  return size === undefined ? defaultPageSize : Number(size);
}

/**
 * The `page` query parameter of a paged listing: 1 or more, default 1, and no deeper than
 * MAX_LIST_DEPTH items with the request's `pageSize` (or `defaultPageSize` when it sends none).
 */
export function PageParam(defaultPageSize: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      default: 1,
      minimum: 1,
      maximum: MAX_LIST_DEPTH,
      description: `Page number, from 1. page × pageSize may be at most ${MAX_LIST_DEPTH} (with the default pageSize of ${defaultPageSize}: page ${maxPageFor(defaultPageSize)} at most); narrow the filters to reach items beyond that.`,
    }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'page must be a whole number' }),
    Min(1, { message: 'page must be 1 or more' }),
    ValidateBy({
      name: 'pageWithinDepth',
      validator: {
        validate: (page: unknown, args) => {
          const size = pageSizeOf(args!, defaultPageSize);
          // A malformed page or pageSize is reported by its own checks, once.
          if (typeof page !== 'number' || !Number.isInteger(page) || !Number.isInteger(size) || size < 1) return true;
          return page <= maxPageFor(size);
        },
        defaultMessage: (args) => {
          const size = pageSizeOf(args!, defaultPageSize);
          return `page × pageSize must be at most ${MAX_LIST_DEPTH} items: with pageSize ${size} the last page is ${maxPageFor(size)}; narrow the filters (or sort the other way) to reach items beyond the first ${MAX_LIST_DEPTH}`;
        },
      },
    }),
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

/** The last page of a listing that can be asked for: the last page of its items, but no deeper than MAX_LIST_DEPTH. */
export function lastPageOf(page: { total: number; pageSize: number }): number {
  return Math.max(1, Math.min(Math.ceil(page.total / page.pageSize), maxPageFor(page.pageSize)));
}


/** The description of `lastPage` in page responses. */
export const LAST_PAGE_DESCRIPTION = `The last page that can be asked for with this pageSize: the last page of the items, but no deeper than ${MAX_LIST_DEPTH} items (page × pageSize)`;
