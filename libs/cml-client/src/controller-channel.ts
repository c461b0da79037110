import type { DomainError } from '#kernel';
import type { Login, TokenProvider } from './auth/token-provider.js';
import type { CmlCredentials, ResolvedCmlOptions } from './cml-client.options.js';
import { AVAILABILITY_FAILURES, CML_ERROR, CmlErrors, isCmlError } from './cml.errors.js';
import { CircuitBreaker } from './resilience/circuit-breaker.js';
import { backoffDelayMs, sleep } from './resilience/backoff.js';
import { tokenSchema } from './schemas/cml-responses.schema.js';
import { type ConnectionPool, type HttpResponse, sendHttp, TransportError } from './transport/http-transport.js';
import { errorDescription, parseJsonBody, type ResponseContext } from './validation/parse-response.js';

/** One call of the CML API, as the client describes it. */
export interface CmlOperation<T> {
  /** Client operation name, used in errors and metrics. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under `/api/v0`, already encoded. */
  path: string;
  query?: Record<string, string>;
  auth: boolean;
  body?: { text: string; contentType: string };
  /** Turns a 2xx answer into the result. */
  decode(response: HttpResponse, ctx: ResponseContext): T;
  /** Statuses handed back to the caller instead of becoming errors (e.g. 404 of an optional endpoint). */
  pass?: number[];
  /** Secrets in the request (e.g. a licence token in the body): redacted from what an error answer says. */
  secrets?: string[];
  /** A POST without side effects, which may be sent again after a stale connection (see `sendHttp`). */
  replayable?: boolean;
}

export type CallOutcome<T> = { status: number; value: T } | { status: number; value?: undefined };

/** How a call signs in: the token cache key of (controller, user) and the sign-in itself. */
export interface AuthContext {
  key: string;
  login: Login;
}

/** Retryable for reads: no answer at all (but not a timeout), or a transient 5xx. */
function isRetryable(error: unknown): boolean {
  if (!isCmlError(error)) return false;
  if (error.code === CML_ERROR.UNREACHABLE) return true;
  return error.code === CML_ERROR.ERROR && [500, 503, 504].includes(Number(error.details?.status));
}

/**
 * Everything shared by the clients of one controller: its API base URL, circuit breaker and what is
 * known about its capabilities. Runs operations with the breaker, read retries, re-authentication
 * on 401 and error mapping.
 */
export class ControllerChannel {
  readonly breaker: CircuitBreaker;
  /** Until when `/populate_lab_tiles` is known to be missing (older controllers). */
  private tilesMissingUntil = 0;
  private lastFailure: string | undefined;
  private readonly apiBase: string;

  constructor(
    /** Base URL of the controller without `/api/v0`, as the product stores it. */
    readonly controller: string,
    private readonly options: ResolvedCmlOptions,
    readonly tokens: TokenProvider,
  ) {
    this.apiBase = `${controller}/api/v0`;
    this.breaker = new CircuitBreaker({ ...options.breaker, now: options.now });
  }

  /** True while the controller is known to lack `/populate_lab_tiles`; checked again after `tilesRecheckMs`. */
  get tilesKnownMissing(): boolean {
    return this.tilesMissingUntil > this.options.now();
  }

  markTilesMissing(): void {
    this.tilesMissingUntil = this.options.now() + this.options.tilesRecheckMs;
  }

  /** Runs `op` through the breaker, with retries for reads and one re-authentication on 401. */
  call<T>(op: CmlOperation<T>, pool: ConnectionPool, auth?: AuthContext): Promise<CallOutcome<T>> {
    return this.guarded(op.name, op.method, () => this.withRetries(op, pool, auth));
  }

  /** Runs `run` as one call of the breaker: fails fast while open, counts availability failures. */
  async guarded<T>(operation: string, method: string, run: () => Promise<T>): Promise<T> {
    const permit = this.breaker.tryAcquire();
    if (!permit) {
      this.report({ operation, method, durationMs: 0, error: CML_ERROR.CIRCUIT_OPEN, attempt: 1 });
      throw CmlErrors.circuitOpen({
        controller: this.controller,
        operation,
        retryInMs: this.breaker.retryInMs,
        failures: this.breaker.consecutiveFailures,
        lastFailure: this.lastFailure,
      });
    }
    const before = this.breaker.state;
    try {
      const result = await run();
      permit.success();
      if (before !== 'closed') this.options.logger?.warn({ controller: this.controller }, 'CML controller answers again; circuit closed');
      return result;
    } catch (error) {
      if (isCmlError(error) && AVAILABILITY_FAILURES.includes(error.code)) {
        this.lastFailure = error.code;
        permit.failure();
        if (this.breaker.state === 'open') this.options.logger?.warn({ controller: this.controller, lastFailure: error.code, failures: this.breaker.consecutiveFailures }, 'CML controller circuit open; calls fail fast');
      } else {
        permit.success();
      }
      throw error;
    }
  }

  /** Signs in with `POST /authenticate`; runs inside an already permitted call. */
  async login(credentials: CmlCredentials | undefined, pool: ConnectionPool): Promise<string> {
    const ctx = this.context('authenticate', 'POST', '/authenticate');
    if (!credentials?.username || !credentials.password) {
      throw CmlErrors.authFailed({ controller: this.controller, operation: 'authenticate', reason: 'missing-credentials' });
    }
    const started = this.options.now();
    const response = await this.send({ name: 'authenticate', method: 'POST', path: '/authenticate', auth: false, body: { text: JSON.stringify({ username: credentials.username, password: credentials.password }), contentType: 'application/json' }, replayable: true, decode: () => undefined }, pool, undefined, 1);
    // A refusal may echo the request: the password never reaches the error.
    const sent = [credentials.password];
    try {
      if (response.status === 401 || response.status === 403) {
        throw CmlErrors.authFailed({ controller: this.controller, operation: 'authenticate', reason: 'credentials-rejected', status: response.status, description: errorDescription(response.body, sent) });
      }
      if (response.status < 200 || response.status > 299) throw this.statusError(ctx, response, sent);
      const token = parseJsonBody(ctx, response.body, tokenSchema);
      this.report({ operation: 'authenticate', method: 'POST', status: response.status, durationMs: this.options.now() - started, attempt: 1 });
      return token;
    } catch (error) {
      this.report({ operation: 'authenticate', method: 'POST', status: response.status, durationMs: this.options.now() - started, error: (error as DomainError).code, attempt: 1 });
      throw error;
    }
  }

  private async withRetries<T>(op: CmlOperation<T>, pool: ConnectionPool, auth: AuthContext | undefined): Promise<CallOutcome<T>> {
    const retries = op.method === 'GET' ? this.options.readRetries : 0;
    const state = { renewed: false };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(op, pool, auth, attempt, state);
      } catch (error) {
        if (attempt > retries || !isRetryable(error)) throw error;
        const delay = backoffDelayMs(attempt, this.options.backoff, this.options.random);
        this.options.logger?.debug?.({ controller: this.controller, operation: op.name, attempt, delayMs: delay, error: (error as DomainError).code }, 'retrying CML read');
        await sleep(delay);
      }
    }
  }

  private async attempt<T>(op: CmlOperation<T>, pool: ConnectionPool, auth: AuthContext | undefined, attempt: number, state: { renewed: boolean }): Promise<CallOutcome<T>> {
    const ctx = this.context(op.name, op.method, op.path);
    let token: string | undefined;
    if (op.auth) {
      if (!auth) throw CmlErrors.authFailed({ controller: this.controller, operation: op.name, reason: 'missing-credentials' });
      token = await this.tokens.current(auth.key, auth.login);
    }
    // What this request carried that an error answer must not repeat: the tokens and the operation's secrets.
    const sent = [...(op.secrets ?? []), ...(token ? [token] : [])];
    let started = this.options.now();
    let response = await this.send(op, pool, token, attempt);
    if (response.status === 401 && op.auth && auth) {
      this.report({ operation: op.name, method: op.method, status: 401, durationMs: this.options.now() - started, attempt });
      if (state.renewed) throw this.rejectedToken(ctx);
      state.renewed = true;
      token = await this.tokens.replace(auth.key, token, auth.login);
      sent.push(token);
      started = this.options.now();
      response = await this.send(op, pool, token, attempt);
      if (response.status === 401) {
        this.report({ operation: op.name, method: op.method, status: 401, durationMs: this.options.now() - started, error: CML_ERROR.AUTH_FAILED, attempt });
        throw this.rejectedToken(ctx);
      }
    }
    try {
      const outcome = this.interpret(op, ctx, response, sent);
      this.report({ operation: op.name, method: op.method, status: response.status, durationMs: this.options.now() - started, attempt });
      return outcome;
    } catch (error) {
      this.report({ operation: op.name, method: op.method, status: response.status, durationMs: this.options.now() - started, error: (error as DomainError).code, attempt });
      throw error;
    }
  }

  private interpret<T>(op: CmlOperation<T>, ctx: ResponseContext, response: HttpResponse, sent: string[]): CallOutcome<T> {
    if (response.status >= 200 && response.status < 300) return { status: response.status, value: op.decode(response, ctx) };
    if (op.pass?.includes(response.status)) return { status: response.status };
    throw this.statusError(ctx, response, sent);
  }

  /** The error for a non-2xx answer; `sent` are the secrets of the request, redacted from the controller's description. */
  private statusError(ctx: ResponseContext, response: HttpResponse, sent: string[]): DomainError {
    const call = { controller: this.controller, operation: ctx.operation, call: `${ctx.method} ${ctx.path}`, status: response.status };
    if (response.status === 502) return CmlErrors.booting({ ...call, status: 502 });
    const answer = { ...call, description: errorDescription(response.body, sent) };
    if (response.status === 404) return CmlErrors.notFound(answer);
    if (response.status === 401) return this.rejectedToken(ctx);
    if (response.status >= 400 && response.status < 500) return CmlErrors.refused(answer);
    return CmlErrors.error(answer);
  }

  private rejectedToken(ctx: ResponseContext): DomainError {
    return CmlErrors.authFailed({ controller: this.controller, operation: ctx.operation, reason: 'token-rejected', method: ctx.method, path: ctx.path });
  }

  /** Sends one HTTP request; a request that gets no answer is reported and mapped to a CML error. */
  private async send<T>(op: CmlOperation<T>, pool: ConnectionPool, token: string | undefined, attempt: number): Promise<HttpResponse> {
    const url = new URL(`${this.apiBase}${op.path}`);
    for (const [k, v] of Object.entries(op.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'cml-cloud-manager' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (op.body) headers['content-type'] = op.body.contentType;
    const started = this.options.now();
    try {
      return await sendHttp({ url, method: op.method, headers, body: op.body?.text, timeoutMs: this.options.timeoutMs, replayable: op.replayable }, pool);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      const mapped = this.transportError(op, error);
      this.report({ operation: op.name, method: op.method, durationMs: this.options.now() - started, error: mapped.code, attempt });
      throw mapped;
    }
  }

  private transportError<T>(op: CmlOperation<T>, error: TransportError): DomainError {
    const call = { controller: this.controller, operation: op.name, cause: error.code, call: `${op.method} ${op.path}` };
    if (error.failure === 'timeout') return CmlErrors.timeout({ ...call, timeoutMs: this.options.timeoutMs });
    if (error.failure === 'tls') return CmlErrors.tlsUntrusted(call);
    return CmlErrors.unreachable(call);
  }

  private context(operation: string, method: string, path: string): ResponseContext {
    return { controller: this.controller, operation, method, path };
  }

  private report(event: { operation: string; method: string; status?: number; durationMs: number; error?: string; attempt: number }): void {
    if (!this.options.onCall) return;
    try {
      this.options.onCall({ controller: this.controller, ...event });
    } catch (error) {
      this.options.logger?.warn({ err: (error as Error).message }, 'CML onCall hook failed');
    }
  }
}
