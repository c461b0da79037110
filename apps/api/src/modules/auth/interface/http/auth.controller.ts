import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, KeyValueStore } from '#kernel';
import { AuthErrors } from '../../domain/auth.errors.js';
import { AppConfig } from '../../../../config/app-config.js';
import { ProblemDetails, STATUS_BY_KIND } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { SessionService } from '../../application/sessions/session.service.js';
import { SignInService } from '../../application/sessions/sign-in.service.js';
import type { Identity } from '../../domain/identity.js';
import { DoesNotExtendSession, Public, SignedIn } from './access.decorator.js';
import { renderAuthError, wantsHtml } from './auth-page.js';
import { LogoutResponse, MeResponse, SessionStatusResponse } from './auth.dto.js';
import { toLogoutResponse, toMeResponse, toSessionStatusResponse } from './auth.presenter.js';
import { clearLoginCookie, clearSessionCookies, cookieNames, requestCookie, setLoginCookie, setSessionCookies } from './cookies.js';
import { CurrentIdentity } from './current-actor.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  @ApiOperation({ summary: 'Start signing in to the web console', description: 'Redirects to the identity provider (authorization code + PKCE S256, state and nonce).' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'Same-origin path to come back to, e.g. /workers/123' })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  @ApiTooManyRequestsResponse({ type: ProblemDetails })
  async login(@Query('returnTo') returnTo: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.limitSignIn(req);
      const { url, binding } = await this.signIn.start(returnTo);
      setLoginCookie(res, this.config, binding);
      res.redirect(302, url.toString());
    } catch (err) {
      this.fail(err, req, res);
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: 'Where the identity provider sends the browser back', description: 'Verifies state, nonce and PKCE, creates the session and redirects to `returnTo`.' })
  @ApiFoundResponse({ description: 'Signed in; redirect to the page the sign-in started from' })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Missing, expired, replayed or foreign state, or the provider refused (an HTML page for browsers)' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.limitSignIn(req);
      const callbackUrl = new URL(req.originalUrl, this.config.http.publicUrl);
      const names = cookieNames(this.config);
      const binding = requestCookie(req, names.login);
      const previous = requestCookie(req, names.session);
      const session = await this.signIn.complete(callbackUrl, binding);
      // A new id at every sign-in (no session fixation); the previous one, if any, is ended.
      if (previous) await this.sessions.destroy(previous);
      clearLoginCookie(res, this.config);
      setSessionCookies(res, this.config, session.cookie, session.record.csrfToken);
      res.redirect(303, session.returnTo);
    } catch (err) {
      clearLoginCookie(res, this.config);
      this.fail(err, req, res);
    }
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Who is calling', description: 'For console sessions and bearer tokens alike.' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentIdentity() identity: Identity): Presented<MeResponse> {
    return toMeResponse(identity);
  }

  @Get('session')
  @SignedIn()
  @DoesNotExtendSession()
  @ApiOperation({ summary: 'When the console session ends', description: 'Polling this does not count as activity.' })
  @ApiOkResponse({ type: SessionStatusResponse })
  session(@CurrentIdentity() identity: Identity): Presented<SessionStatusResponse> {
    return toSessionStatusResponse(identity, this.config.auth.idleTimeoutMinutes, new Date());
  }

  @Post('session/extend')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: '"Stay signed in": counts as activity and renews the session', description: 'Cannot go past the absolute session lifetime.' })
  @ApiOkResponse({ type: SessionStatusResponse })
  extend(@CurrentIdentity() identity: Identity): Presented<SessionStatusResponse> {
    return this.session(identity);
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign out', description: 'Ends the session here and returns the identity provider end-session URL to finish there.' })
  @ApiOkResponse({ type: LogoutResponse })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<Presented<LogoutResponse>> {
    const cookie = requestCookie(req, cookieNames(this.config).session);
    const logoutUrl = await this.signIn.signOut(cookie);
    clearSessionCookies(res, this.config);
    return toLogoutResponse(logoutUrl);
  }

  private async limitSignIn(req: Request): Promise<void> {
    const window = Math.floor(Date.now() / 60_000);
    const count = await this.store.increment(`ratelimit:signin:${req.ip}:${window}`, 60);
    if (count > this.config.auth.loginRatePerMinute) {
      throw AuthErrors.rateLimited(60 - Math.floor((Date.now() / 1000) % 60));
    }
  }

  private fail(err: unknown, req: Request, res: Response): void {
    if (!(err instanceof DomainError)) throw err;
    const status = STATUS_BY_KIND[err.kind];
    if (err.kind === 'rate-limited') res.setHeader('Retry-After', String(err.details?.retryAfterSeconds ?? 60));
    if (wantsHtml(req)) return renderAuthError(res, status, err);
    throw err;
  }
}
