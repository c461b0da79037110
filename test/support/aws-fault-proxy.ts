import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface AwsFaults {
  /** Share of requests answered with the service's throttling error (0..1). */
  throttleRate?: number;
  /** Share of requests answered 500 InternalError (0..1). */
  errorRate?: number;
  /** Added to every request, ms. */
  latencyMs?: number;
}

/** An EC2 error to answer instead of moto, e.g. `{ code: 'InsufficientInstanceCapacity', ... }`. */
export interface AwsRejection {
  code: string;
  message: string;
  /** HTTP status; 500 unless given (EC2 answers its capacity errors as server errors). */
  status?: number;
}

/** One EC2 call as the proxy sees it: `Action` and the other query parameters of its form body. */
export interface Ec2Call {
  action: string;
  params: URLSearchParams;
}

export interface AwsFaultProxy {
  url: string;
  faults: AwsFaults;
  /**
   * Asked about every EC2 (query protocol) call before the random faults: an error to answer with
   * instead of forwarding, or undefined to go on. Lets a suite refuse exactly the calls it means to.
   */
  rejectEc2?: (call: Ec2Call) => AwsRejection | undefined | Promise<AwsRejection | undefined>;
  counts: { forwarded: number; throttled: number; failed: number; rejected: number };
  close(): Promise<void>;
}

/** A deterministic pseudo-random sequence, so a failing run can be reproduced. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// EC2 speaks the EC2 query protocol (XML errors); CloudWatch speaks awsJson1_0 (JSON errors).
function isJsonProtocol(req: IncomingMessage): boolean {
  return String(req.headers['content-type'] ?? '').includes('json');
}

function throttle(req: IncomingMessage, res: ServerResponse): void {
  if (isJsonProtocol(req)) {
    res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault-proxy' }).end(JSON.stringify({ __type: 'Throttling', message: 'Rate exceeded' }));
  } else {
    res
      .writeHead(503, { 'content-type': 'text/xml' })
      .end('<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>');
  }
}

function fail(req: IncomingMessage, res: ServerResponse): void {
  if (isJsonProtocol(req)) {
    res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({ __type: 'InternalFailure', message: 'We encountered an internal error.' }));
  } else {
    res.writeHead(500, { 'content-type': 'text/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>InternalError</Code><Message>An internal error has occurred.</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>');
  }
}

function reject(res: ServerResponse, r: AwsRejection): void {
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  res
    .writeHead(r.status ?? 500, { 'content-type': 'text/xml' })
    .end(`<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${xml(r.code)}</Code><Message>${xml(r.message)}</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>`);
}

async function rejectionFor(proxy: AwsFaultProxy, req: IncomingMessage, body: Buffer): Promise<AwsRejection | undefined> {
  if (!proxy.rejectEc2 || isJsonProtocol(req)) return undefined;
  const params = new URLSearchParams(body.toString('utf8'));
  const action = params.get('Action');
  return action ? proxy.rejectEc2({ action, params }) : undefined;
}

/** A proxy in front of moto that throttles, fails and slows AWS calls on demand, or refuses chosen EC2 calls. */
export async function startAwsFaultProxy(target: string, faults: AwsFaults = {}, seed = 42): Promise<AwsFaultProxy> {
  const random = mulberry32(seed);
  const upstream = new URL(target);
  const proxy: AwsFaultProxy = { url: '', faults, counts: { forwarded: 0, throttled: 0, failed: 0, rejected: 0 }, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(async () => {
        const rejection = await rejectionFor(proxy, req, Buffer.concat(chunks)).catch(() => undefined);
        if (rejection) {
          proxy.counts.rejected++;
          return reject(res, rejection);
        }
        const roll = random();
        const { throttleRate = 0, errorRate = 0 } = proxy.faults;
        if (roll < throttleRate) {
          proxy.counts.throttled++;
          return throttle(req, res);
        }
        if (roll < throttleRate + errorRate) {
          proxy.counts.failed++;
          return fail(req, res);
        }
        proxy.counts.forwarded++;
        const out = httpRequest(
          { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        out.on('error', () => res.writeHead(502).end());
        out.end(Buffer.concat(chunks));
      }, proxy.faults.latencyMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()));
  return proxy;
}
