import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, KeyValueStore } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { ProblemDetails, STATUS_BY_KIND } from '../../../../platform/http/problem-details.js';
import { Public } from '../../../auth/auth.public.js';
import { ActionLinkService } from '../../application/action-links.service.js';
import { ActionLinkErrors } from '../../domain/action-link.errors.js';
import { renderConfirmation, renderOutcome, renderRefusal, wantsHtml } from './action-link.page.js';

const TOKEN = { name: 'token', description: 'The signed link token, as sent in the notification' };

/**
 * The one-click links of notifications, used without signing in (the signed token is the
 * permission). GET only shows what the link would do; POST does it.
 */
@ApiTags('action-links')
@Controller('action-links')
export class ActionLinksController {
  constructor(
    private readonly links: ActionLinkService,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: 'The confirmation page of a one-click link',
    description:
      'An HTML page naming the worker, the action and when the link expires, with a button that POSTs. Never acts: mail scanners open links. Refusals are an HTML page for a browser (`Accept: text/html`), problem details otherwise. Rate-limited per client IP (ACTION_LINK_RATE_LIMIT_PER_MINUTE).',
  })
  @ApiParam(TOKEN)
  @ApiOkResponse({ description: 'The confirmation page', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'ACTION_LINK.MALFORMED' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'ACTION_LINK.TAMPERED: the signature does not match' })
  @ApiGoneResponse({ type: ProblemDetails, description: 'ACTION_LINK.EXPIRED or ACTION_LINK.USED' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'ACTION_LINK.STATE_MOVED_ON: the worker is no longer running, or its power plan changed since the warning' })
  @ApiTooManyRequestsResponse({ type: ProblemDetails })
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.limit(req);
      renderConfirmation(res, await this.links.preview(token));
    } catch (err) {
      this.refuse(err, req, res);
    }
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Do what a one-click link says',
    description:
      'Keeps the worker running for 1 or 4 hours (its keep-running override) or stops it, as the link\'s recipient "through an e-mail link" in the timeline. Works once; refused when expired, changed, or when the state moved on. Answers an HTML page; refusals as for GET.',
  })
  @ApiParam(TOKEN)
  @ApiOkResponse({ description: 'What was done', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'ACTION_LINK.MALFORMED' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'ACTION_LINK.TAMPERED: the signature does not match' })
  @ApiGoneResponse({ type: ProblemDetails, description: 'ACTION_LINK.EXPIRED or ACTION_LINK.USED' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'ACTION_LINK.STATE_MOVED_ON, or ACTION_LINK.ACTION_FAILED (the worker refused; the link still works)' })
  @ApiTooManyRequestsResponse({ type: ProblemDetails })
  async act(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.limit(req);
      renderOutcome(res, await this.links.use(token));
    } catch (err) {
      this.refuse(err, req, res);
    }
  }

  /** Tokens cannot be guessed, but the pages still cost reads: a per-IP budget per minute. */
  private async limit(req: Request): Promise<void> {
    const window = Math.floor(Date.now() / 60_000);
    const count = await this.store.increment(`ratelimit:action-links:${req.ip}:${window}`, 60);
    if (count > this.config.actionLinks.ratePerMinute) throw ActionLinkErrors.rateLimited(60 - Math.floor((Date.now() / 1000) % 60));
  }

  private refuse(err: unknown, req: Request, res: Response): void {
    // Not ours (the database away ...): the problem-details filter answers it.
    if (!(err instanceof DomainError) || !wantsHtml(req)) throw err;
    if (err.kind === 'rate-limited') res.setHeader('Retry-After', String(err.details?.retryAfterSeconds ?? 60));
    renderRefusal(res, STATUS_BY_KIND[err.kind], err);
  }
}
