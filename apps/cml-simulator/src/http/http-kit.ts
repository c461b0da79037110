import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler answers; written by `send`. */
export interface Reply {
  status: number;
  /** Serialised as JSON (a bare string becomes a JSON string, as CML answers tokens and states). */
  json?: unknown;
  /** Sent as is, e.g. YAML or an nginx error page. */
  text?: string;
  contentType?: string;
}

/** A request body that is too large or cannot be read. */
export class BodyError extends Error {}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** CML's error shape (`#/components/schemas/Error`). */
export function cmlError(status: number, description: string): Reply {
  return { status, json: { code: status, description } };
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  if (reply.text !== undefined) {
    res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(reply.text) });
    res.end(reply.text);
    return;
  }
  if (reply.json === undefined) {
    res.writeHead(reply.status);
    res.end();
    return;
  }
  const body = JSON.stringify(reply.json);
  res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Matches `/labs/{lab_id}/start` against a concrete path; returns the path parameters. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const part = t[i] as string;
    const actual = p[i] as string;
    if (part.startsWith('{') && part.endsWith('}')) {
      if (!actual) return undefined;
      try {
        params[part.slice(1, -1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (part !== actual) {
      return undefined;
    }
  }
  return params;
}
