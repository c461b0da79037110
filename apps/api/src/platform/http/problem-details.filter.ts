import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '#kernel';
import { currentRequestId } from '../logging/request-context.js';
import { type FieldError, PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType, STATUS_BY_KIND, TITLES } from './problem-details.js';

/** Raised by the validation pipe; carries field-level messages. */
export class ValidationFailed extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(
      'REQUEST.INVALID',
      'invalid',
      `The request is invalid: ${errors.map((e) => e.messages.join('; ')).join('; ')}.`,
    );
  }
}

/** MongoDB is away: server selection, network errors, or Mongoose giving up buffering. */
function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /^Mongo(oseServerSelection|ServerSelection|Network|NotConnected|Topology)/.test(err.name) || /buffering timed out|Client must be connected|connection .* closed/i.test(err.message);
}

/** Redis is away (ioredis gives up a command after its retries). */
function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /MaxRetriesPerRequestError|Connection is closed|Stream isn't writeable|ECONNREFUSED/.test(`${err.name} ${err.message}`);
}

const HTTP_CODES: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.RATE_LIMITED',
};

/**
 * The one place errors become HTTP responses: RFC 9457 problem details with a stable code.
 * Clients never see a stack trace; unexpected errors are logged with the request id.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception, req);
    if (res.headersSent) {
      // A stream (SSE, download) already started: all we can do is end it.
      res.end();
      return;
    }
    const headers = (exception as { headers?: Record<string, string> })?.headers;
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const retryAfter = exception instanceof DomainError ? exception.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown, req: Request): ProblemDetails {
    const traceId = currentRequestId() ?? (req as Request & { id?: string }).id ?? 'unknown';
    const instance = req.originalUrl?.split('?')[0];

    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      if (status >= 500) this.logger.warn({ code: exception.code, detail: exception.message }, 'Upstream or dependency failure');
      return {
        type: problemType(exception.code),
        title: TITLES[status] ?? 'Error',
        status,
        detail: exception.message,
        code: exception.code,
        traceId,
        instance,
        ...(exception instanceof ValidationFailed ? { errors: exception.errors } : {}),
        ...(exception.details ? { details: exception.details } : {}),
      };
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail = this.detailOf(body, exception.message, status, req);
      const code = (typeof body === 'object' && body && 'code' in body && typeof body.code === 'string' && body.code) || HTTP_CODES[status] || `HTTP.${status}`;
      if (status >= 500) this.logger.error(exception);
      return { type: problemType(code), title: TITLES[status] ?? 'Error', status, detail, code, traceId, instance };
    }

    // body-parser and friends throw plain errors carrying an HTTP status (bad JSON, too large).
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const detail =
        type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : type === 'entity.too.large'
            ? 'The request body is too large.'
            : (exception as Error).message;
      const code = HTTP_CODES[status] ?? `HTTP.${status}`;
      return { type: problemType(code), title: TITLES[status] ?? 'Error', status, detail, code, traceId, instance };
    }

    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return {
        type: problemType('DATABASE.UNAVAILABLE'),
        title: TITLES[503],
        status: 503,
        detail: 'The database cannot be reached right now; try again in a moment.',
        code: 'DATABASE.UNAVAILABLE',
        traceId,
        instance,
      };
    }
    if (isStoreUnavailable(exception)) {
      this.logger.warn(`Shared store unavailable: ${(exception as Error).message}`);
      return {
        type: problemType('STORE.UNAVAILABLE'),
        title: TITLES[503],
        status: 503,
        detail: 'The shared session and lease store (Redis) cannot be reached right now; try again in a moment.',
        code: 'STORE.UNAVAILABLE',
        traceId,
        instance,
      };
    }
    this.logger.error(exception instanceof Error ? exception : { exception }, 'Unhandled error');
    return {
      type: problemType('INTERNAL'),
      title: TITLES[500],
      status: 500,
      detail: `Something went wrong on our side. Quote request id ${traceId} when reporting it.`,
      code: 'INTERNAL',
      traceId,
      instance,
    };
  }

  private detailOf(body: unknown, fallback: string, status: number, req: Request): string {
    if (status === 404 && fallback.startsWith('Cannot ')) return `No route ${req.method} ${req.originalUrl.split("?")[0]}.`;
    if (typeof body === 'string') return body;
    if (body && typeof body === 'object' && 'message' in body) {
      const m = (body as { message: unknown }).message;
      if (Array.isArray(m)) return m.join('; ');
      if (typeof m === 'string') return m;
    }
    return fallback;
  }
}
