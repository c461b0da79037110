import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { WorkerErrors } from '../../../workers/workers.public.js';
import type { LabListFilter, LabSortField } from '../../application/lab.view.js';
import { LabErrors } from '../../domain/lab.errors.js';
import type { ListLabsQueryDto } from './lab-request.dto.js';

export const WORKER_ID = new ParseUUIDPipe({ exceptionFactory: () => WorkerErrors.notFound() });

/** CML lab ids are UUIDs (older controllers used short hex ids); anything else cannot name a lab. */
export const LAB_ID: PipeTransform<string, string> = {
  transform(value: string) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value)) throw LabErrors.notFound({ labId: value.slice(0, 70) });
    return value;
  },
};

/** Maps the list DTO to the read model's filter. */
export function labFilter(q: ListLabsQueryDto, workerId?: string): LabListFilter {
  const sort = q.sort ?? 'title';
  return {
    workerId: workerId ?? q.workerId,
    states: q.state,
    owner: q.owner,
    q: q.q,
    includeGone: Boolean(q.includeGone),
    page: q.page ?? 1,
    pageSize: q.pageSize ?? 25,
    sort: { field: sort.replace(/^-/, '') as LabSortField, direction: (sort.startsWith('-') ? -1 : 1) as 1 | -1 },
  };
}
