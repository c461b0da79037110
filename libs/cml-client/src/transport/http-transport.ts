import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { CmlTlsOptions } from '../cml-client.options.js';

export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /**
   * Whether the request may be sent again when a kept-alive connection turns out to be closed before
   * any answer. Defaults to the idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS); a POST with
   * no side effect (sign-in) may say so.
   */
  replayable?: boolean;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: string;
}

/** Why a request got no HTTP answer. */
export type TransportFailure = 'timeout' | 'unreachable' | 'tls';

export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    /** The system or TLS error code, e.g. ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT. */
    readonly code: string,
  ) {
    super(`${failure}: ${code}`);
    this.name = 'TransportError';
  }
}

const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_REJECTED', 'INVALID_CA',
]);

function classify(error: NodeJS.ErrnoException): TransportError {
  if (error instanceof TransportError) return error;
  const code = error.code ?? 'UNKNOWN';
  if (TLS_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return new TransportError('tls', code);
  return new TransportError('unreachable', code);
}

/** Keep-alive agents for one TLS configuration (trusted CAs added to the system ones, or no verification). */
export class ConnectionPool {
  readonly http = new HttpAgent({ keepAlive: true });
  readonly https: HttpsAgent;

  constructor(tls: CmlTlsOptions = {}) {
    const extraCa = tls.caBundle ? loadPem(tls.caBundle) : undefined;
    this.https = new HttpsAgent({
      keepAlive: true,
      rejectUnauthorized: !tls.insecure,
      // A CA bundle adds to the public roots, so controllers with public certificates keep working.
      ca: extraCa ? [...rootCertificates, extraCa] : undefined,
    });
  }

  destroy(): void {
    this.http.destroy();
    this.https.destroy();
  }
}

function loadPem(bundle: string): string {
  if (bundle.includes('-----BEGIN')) return bundle;
  try {
    return readFileSync(bundle, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the CML CA bundle ${bundle}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Errors of a pooled connection the controller closed while it sat idle (the keep-alive race). */
const STALE_CODES = new Set(['ECONNRESET', 'EPIPE']);
/** A pool holds a few idle connections per controller; each stale one is dropped when it fails. */
const MAX_STALE_REPLAYS = 3;

/** A request that failed on a reused connection before any byte of an answer. */
class StaleConnection extends Error {
  constructor(readonly reset: TransportError) {
    super(`stale keep-alive connection: ${reset.code}`);
  }
}

/**
 * One HTTP request with a hard deadline for the whole exchange; the body is read as text.
 *
 * A controller (or the proxy in front of it) closes a kept-alive connection after its idle timeout.
 * A request written at that moment is reset before the server read it. That is no fault of the
 * controller, so a replayable request is sent again on another connection within the same deadline
 * (Node's documented remedy: `request.reusedSocket`). Other requests report the reset.
 */
export async function sendHttp(request: HttpRequest, pool: ConnectionPool): Promise<HttpResponse> {
  const deadline = Date.now() + request.timeoutMs;
  const replayable = request.replayable ?? IDEMPOTENT.has(request.method.toUpperCase());
  for (let replays = 0; ; replays++) {
    try {
      return await sendOnce(request, pool, Math.max(1, deadline - Date.now()));
    } catch (error) {
      if (!(error instanceof StaleConnection)) throw error;
      if (!replayable || replays >= MAX_STALE_REPLAYS || Date.now() >= deadline) throw error.reset;
    }
  }
}

function sendOnce(request: HttpRequest, pool: ConnectionPool, timeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const secure = request.url.protocol === 'https:';
    const headers = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const req = (secure ? httpsRequest : httpRequest)(request.url, { method: request.method, headers, agent: secure ? pool.https : pool.http });
    // A deadline for the whole exchange: a socket timeout alone would not catch a controller that trickles bytes.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy(new TransportError('timeout', 'ETIMEDOUT'));
    }, timeoutMs);
    let answered = false;
    const fail = (error: Error): void => {
      clearTimeout(timer);
      if (timedOut) return reject(new TransportError('timeout', 'ETIMEDOUT'));
      const classified = classify(error);
      reject(!answered && req.reusedSocket && STALE_CODES.has(classified.code) ? new StaleConnection(classified) : classified);
    };
    req.on('error', fail);
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          req.destroy(new TransportError('unreachable', 'ERESPONSETOOLARGE'));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('aborted', () => fail(new TransportError('unreachable', 'ECONNRESET')));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.end(request.body);
  });
}
