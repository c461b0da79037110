import type { LoggerService } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { type DestinationStream, pino, type Logger } from 'pino';
import { currentRequestId } from './request-context.js';

/** Names of fields whose values must never reach the logs, wherever they are in a log line. */
export const SECRET_FIELDS = [
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'clientSecret',
  'licenseToken',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'authorization',
  'cookie',
];

/**
 * Redaction paths: each secret field at the top of a log line (`logger.warn({ token })`, and Nest
 * logs whose details are spread there) and nested one or two levels (`{ err: { details: { password } } }`).
 */
export const REDACTED_PATHS = [
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

// Query parameters that carry credentials: the authorization code and state of a sign-in callback, tokens, secrets.
const SECRET_QUERY_PARAM = /^(code|state|.*token.*|.*secret.*|.*password.*)$/i;

// Paths that are credentials themselves: a one-click action link works without signing in.
const SECRET_PATH = /^(\/api\/action-links\/)[^/?#]+/;

/** A request URL as it may be logged: the values of credential-like query parameters and path segments are `[redacted]`. */
export function loggableUrl(raw: string): string {
  const url = raw.replace(SECRET_PATH, '$1[redacted]');
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // keep the raw name
      }
      return SECRET_QUERY_PARAM.test(decoded) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, at)}?${query.join('&')}`;
}

/** The process's logger: JSON lines with redaction; on stdout unless a destination is given (tests). */
export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'cml-cloud-manager' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin() {
        const requestId = currentRequestId();
        const traceId = trace.getActiveSpan()?.spanContext().traceId;
        return { ...(requestId ? { requestId } : {}), ...(traceId ? { traceId } : {}) };
      },
    },
    destination,
  );
}

/** Nest's logger interface over pino, so framework and application logs are one JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    // Nest passes the context (class name) last, and for errors a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    for (const extra of rest) {
      if (extra instanceof Error) fields.err = extra;
      else if (typeof extra === 'string' && level === 'error') fields.stack = extra;
      else if (extra && typeof extra === 'object') Object.assign(fields, extra);
    }
    if (message instanceof Error) this.root[level]({ ...fields, err: message }, message.message);
    else if (message && typeof message === 'object') this.root[level]({ ...fields, ...message });
    else this.root[level](fields, String(message));
  }
}
