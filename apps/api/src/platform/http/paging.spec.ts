import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { MAX_LIST_DEPTH, maxPageFor, PageParam, PageSizeParam, lastPageOf } from './paging.js';

class Listing {
  @PageParam(25)
  page?: number;

  @PageSizeParam(25, 500)
  pageSize?: number;
}

async function problems(query: Record<string, string>): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(Listing, query));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('paging parameters', () => {
  it.each<[Record<string, string>, string]>([
    [{}, 'no paging at all'],
    [{ page: '400' }, 'the last page with the default pageSize (400 × 25 = 10000)'],
    [{ page: '20', pageSize: '500' }, 'the last page of the largest pageSize (20 × 500)'],
    [{ page: '10000', pageSize: '1' }, 'one item per page, 10000 deep'],
  ])('accepts %j: %s', async (query, _why) => {
    expect(await problems(query)).toEqual({});
  });

  it.each<[Record<string, string>, string]>([
    [{ page: '401' }, 'with pageSize 25 the last page is 400'],
    [{ page: '21', pageSize: '500' }, 'with pageSize 500 the last page is 20'],
    [{ page: '100000', pageSize: '200' }, 'with pageSize 200 the last page is 50'],
  ])('refuses %j beyond the depth, naming the bound and the last page (%s)', async (query, lastPage) => {
    const { page } = await problems(query);
    expect(page).toHaveLength(1);
    expect(page[0]).toContain(`page × pageSize must be at most ${MAX_LIST_DEPTH} items`);
    expect(page[0]).toContain(lastPage);
  });

  it('leaves a malformed page or pageSize to its own message', async () => {
    expect(await problems({ page: '5', pageSize: '0' })).toEqual({ pageSize: ['pageSize must be between 1 and 500'] });
    expect(await problems({ page: '0' })).toEqual({ page: ['page must be 1 or more'] });
    const { page } = await problems({ page: 'last' });
    expect(page).toContain('page must be a whole number');
    expect(page.join(' ')).not.toContain('page × pageSize');
  });

  it('gives the last page of each page size', () => {
    expect([1, 25, 50, 200, 500, 3].map(maxPageFor)).toEqual([10_000, 400, 200, 50, 20, 3333]);
  });

  it('tells a client the last page it may ask for: the last of the items, within the depth', () => {
    expect(lastPageOf({ total: 0, pageSize: 25 })).toBe(1);
    expect(lastPageOf({ total: 51, pageSize: 25 })).toBe(3);
    expect(lastPageOf({ total: 10_000, pageSize: 25 })).toBe(400);
    expect(lastPageOf({ total: 250_000, pageSize: 25 })).toBe(400);
    expect(lastPageOf({ total: 250_000, pageSize: 3 })).toBe(3333);
  });
});
