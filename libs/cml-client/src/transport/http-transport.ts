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

/** One HTTP request with a hard deadline; the body is read as text. */
export function sendHttp(request: HttpRequest, pool: ConnectionPool): Promise<HttpResponse> {
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
    }, request.timeoutMs);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(timedOut ? new TransportError('timeout', 'ETIMEDOUT') : classify(error));
    };
    req.on('error', fail);
    req.on('response', (res) => {
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
