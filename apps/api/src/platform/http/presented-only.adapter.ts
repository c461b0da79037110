import { StreamableFile } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { isPresented } from './presenter.js';

/** A route answered an object no presenter made: a programming error, never sent. */
export class UnpresentedResponse extends Error {
  constructor(route: string) {
    super(`${route} answered a body that no presenter made; map it with a presenter of its module (interface/http/*.presenter.ts) so only declared fields leave the server`);
    this.name = 'UnpresentedResponse';
  }
}

/**
 * The Express adapter, letting only presented JSON bodies out (see presenter.ts). Text (a topology
 * download), files, empty answers and handlers that write the response themselves (redirects, the
 * event stream) pass. A body without the mark fails as a 500 rather than leaking fields the API
 * does not declare. The check sits where Nest writes a route's answer rather than in a global
 * interceptor: an interceptor puts every request through an RxJS pipeline, which cost the worker
 * GET about 5 % of its CPU (docs/performance.md).
 */
export class PresentedOnlyExpressAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (typeof body === 'object' && body !== null && !isPresented(body) && !(body instanceof StreamableFile) && !Buffer.isBuffer(body)) {
      const req = response.req as Request;
      throw new UnpresentedResponse(`${req.method} ${req.route?.path ?? req.path}`);
    }
    return super.reply(response, body, statusCode);
  }
}
