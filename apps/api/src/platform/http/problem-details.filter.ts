import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '#kernel';
import { currentRequestId } from '../logging/request-context.js';
import { PlatformErrors } from '../platform.errors.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType, STATUS_BY_KIND, TITLES } from './problem-details.js';

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

/**
 * The one place errors become HTTP responses: RFC 9457 problem details with a stable code. Every
 * answer is a code of an error catalogue: domain errors come built by their catalogue, and what
 * the framework, body-parser or a driver throws is turned into a platform code here. Clients never
 * see a stack trace; unexpected errors are logged with the request id.
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
    const headers = exception instanceof DomainError ? exception.headers : undefined;
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const retryAfter = exception instanceof DomainError ? exception.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown, req: Request): ProblemDetails {
    const traceId = currentRequestId() ?? (req as Request & { id?: string }).id ?? 'unknown';
    const error = this.toDomainError(exception, req, traceId);
    const status = STATUS_BY_KIND[error.kind];
    return {
      type: problemType(error.code),
      title: TITLES[status] ?? 'Error',
      status,
      detail: error.message,
      code: error.code,
      traceId,
      instance: req.originalUrl?.split('?')[0],
      ...(error.fieldErrors ? { errors: [...error.fieldErrors] } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
  }

  private toDomainError(exception: unknown, req: Request, traceId: string): DomainError {
    if (exception instanceof DomainError) {
      if (STATUS_BY_KIND[exception.kind] >= 500) this.logger.warn({ code: exception.code, detail: exception.message }, 'Upstream or dependency failure');
      return exception;
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail = detailOf(exception.getResponse(), exception.message);
      const path = req.originalUrl.split('?')[0];
      if (status === 400) return PlatformErrors.requestInvalid(detail);
      if (status === 404) return PlatformErrors.routeNotFound(req.method, path);
      if (status === 413) return PlatformErrors.requestTooLarge();
      if (status === 415) return PlatformErrors.unsupportedMediaType(detail);
      // Our code throws catalogue errors, never HttpExceptions: another status is a fault of ours.
      this.logger.error(exception, `Framework error ${status} without a catalogue code`);
      return PlatformErrors.internal(traceId);
    }

    // body-parser and friends throw plain errors carrying an HTTP status (bad JSON, too large).
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      if (status === 413) return PlatformErrors.requestTooLarge();
      if (status === 415) return PlatformErrors.unsupportedMediaType((exception as Error).message);
      return PlatformErrors.requestInvalid(type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : (exception as Error).message);
    }

    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return PlatformErrors.databaseUnavailable();
    }
    if (isStoreUnavailable(exception)) {
      this.logger.warn(`Shared store unavailable: ${(exception as Error).message}`);
      return PlatformErrors.storeUnavailable();
    }
    this.logger.error(exception instanceof Error ? exception : { exception }, 'Unhandled error');
    return PlatformErrors.internal(traceId);
  }
}

function detailOf(body: unknown, fallback: string): string {
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object' && 'message' in body) {
    const m = (body as { message: unknown }).message;
    if (Array.isArray(m)) return m.join('; ');
    if (typeof m === 'string') return m;
  }
  return fallback;
}
