import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorKind, FieldError as KernelFieldError } from '#kernel';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'rate-limited': 429,
  internal: 500,
  upstream: 502,
  unavailable: 503,
};

export class FieldError implements KernelFieldError {
  @ApiProperty({ example: 'region' }) field!: string;
  @ApiProperty({ example: ['region must be an AWS region such as us-east-1'] }) messages!: string[];
}

/** RFC 9457 problem details, with our stable `code` and the request's `traceId`. */
export class ProblemDetails {
  @ApiProperty({ example: '/problems/worker.not-found', description: 'URI reference naming the problem type' })
  type!: string;
  @ApiProperty({ example: 'Not Found' }) title!: string;
  @ApiProperty({ example: 404 }) status!: number;
  @ApiProperty({ example: 'Worker 0193... does not exist.', description: 'What went wrong and what to do about it' })
  detail!: string;
  @ApiProperty({ example: 'WORKER.NOT_FOUND', description: 'Stable machine-readable error code' }) code!: string;
  @ApiProperty({ example: '2f1c...', description: 'Request id; also in the X-Request-Id header and the logs' })
  traceId!: string;
  @ApiPropertyOptional({ example: '/api/workers/0193...' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldError], description: 'Field-level validation messages' }) errors?: FieldError[];
  @ApiPropertyOptional({ description: 'Facts about the refusal, e.g. the current status' })
  details?: Record<string, unknown>;
}

export const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function problemType(code: string): string {
  return `/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
