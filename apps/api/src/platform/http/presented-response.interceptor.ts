import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { isPresented } from './presenter.js';

/** A route answered an object no presenter made: a programming error, never sent. */
export class UnpresentedResponse extends Error {
  constructor(route: string) {
    super(`${route} answered a body that no presenter made; map it with a presenter of its module (interface/http/*.presenter.ts) so only declared fields leave the server`);
    this.name = 'UnpresentedResponse';
  }
}

/**
 * Lets only presented JSON bodies out (see presenter.ts). Text (a topology download), empty
 * answers and handlers that write the response themselves (redirects, the event stream) pass.
 * A body without the mark fails as a 500 rather than leaking fields the API does not declare.
 */
@Injectable()
export class PresentedResponseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (typeof body !== 'object' || body === null || isPresented(body)) return body;
        const req = context.switchToHttp().getRequest<Request>();
        throw new UnpresentedResponse(`${req.method} ${req.route?.path ?? req.path}`);
      }),
    );
  }
}
