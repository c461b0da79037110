import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '#kernel';
import { PlatformErrors } from '../platform.errors.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

const req = { originalUrl: '/api/workers/w1?x=1', method: 'GET', path: '/api/workers/w1', id: 'req-1' } as unknown as Request;
const filter = new ProblemDetailsFilter();

describe('ProblemDetailsFilter', () => {
  it.each([
    ['not-found', 404],
    ['conflict', 409],
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['too-large', 413],
    ['unsupported-media-type', 415],
    ['unprocessable', 422],
    ['rate-limited', 429],
    ['internal', 500],
    ['upstream', 502],
    ['unavailable', 503],
  ] as const)('maps a %s domain error to %i with its code and detail', (kind, status) => {
    const p = filter.toProblem(new DomainError('WORKER.SOMETHING', kind, 'Because.', { status: 'stopped' }), req);
    expect(p).toMatchObject({ status, code: 'WORKER.SOMETHING', detail: 'Because.', type: '/problems/worker.something', instance: '/api/workers/w1', traceId: 'req-1', details: { status: 'stopped' } });
  });

  it('lists field errors for validation failures', () => {
    const p = filter.toProblem(PlatformErrors.requestInvalid([{ field: 'region', messages: ['region must be an AWS region'] }]), req);
    expect(p.status).toBe(400);
    expect(p.code).toBe('REQUEST.INVALID');
    expect(p.errors).toEqual([{ field: 'region', messages: ['region must be an AWS region'] }]);
    expect(p.detail).toContain('region must be an AWS region');
  });

  it('turns framework HTTP exceptions into platform codes, keeping the message of a 400', () => {
    expect(filter.toProblem(new BadRequestException('Bad thing'), req)).toMatchObject({ status: 400, detail: 'Bad thing', code: 'REQUEST.INVALID' });
    expect(filter.toProblem(new NotFoundException('Cannot GET /api/workers/w1'), req)).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', detail: 'No route GET /api/workers/w1.' });
  });

  it('answers a framework exception of a status no catalogue code covers as a fault of ours (500), never with an uncatalogued code', () => {
    const p = filter.toProblem(new HttpException({ message: 'x', code: 'AUTH.CSRF' }, 403), req);
    expect(p).toMatchObject({ status: 500, code: 'INTERNAL' });
  });

  it('turns body-parser refusals into REQUEST codes with their statuses', () => {
    expect(filter.toProblem(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }), req)).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
    expect(filter.toProblem(Object.assign(new Error('unsupported charset "LATIN-9"'), { status: 415, type: 'charset.unsupported' }), req)).toMatchObject({
      status: 415,
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      detail: 'unsupported charset "LATIN-9"',
    });
  });

  it('turns a body-parser JSON error into a 400 that says the body is not JSON', () => {
    const err = Object.assign(new Error('Unexpected token'), { status: 400, type: 'entity.parse.failed' });
    expect(filter.toProblem(err, req)).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
  });

  it('hides unexpected errors behind a 500 that quotes the request id, never the message or stack', () => {
    const p = filter.toProblem(new Error('connection string mongodb://secret@host'), req);
    expect(p.status).toBe(500);
    expect(p.detail).toContain('req-1');
    expect(JSON.stringify(p)).not.toContain('secret');
  });
});
