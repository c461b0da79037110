import { performance } from 'node:perf_hooks';
import { AwsErrors } from '../../application/ports/aws.errors.js';
import { withSpan } from '../../../../platform/telemetry/telemetry.js';
import { AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';
import { awsErrorCode, toDomainError, type AwsCallContext } from './aws-errors.js';

/**
 * Runs one SDK `send` and records it exactly once, when it settles: `durationMs` spans the SDK's
 * own retries and their back-off, and `error` is the code of the final failure. Retry attempts
 * are not recorded separately. Failures are rethrown as DomainErrors.
 */
export function recordedCall<T>(recorder: AwsCallRecorder, ctx: AwsCallContext, send: () => Promise<T>): Promise<T> {
  return withSpan(`aws.${ctx.service}.${ctx.operation}`, { 'aws.region': ctx.region, 'rpc.service': ctx.service, 'rpc.method': ctx.operation }, () => timedCall(recorder, ctx, send));
}

async function timedCall<T>(recorder: AwsCallRecorder, ctx: AwsCallContext, send: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let result: T;
  try {
    result = await send();
  } catch (err) {
    recorder.record({ service: ctx.service, operation: ctx.operation, region: ctx.region, durationMs: performance.now() - started, error: awsErrorCode(err), attempts: attemptsOf(err) });
    throw toDomainError(err, ctx);
  }
  recorder.record({ service: ctx.service, operation: ctx.operation, region: ctx.region, durationMs: performance.now() - started, attempts: attemptsOf(result) });
  return result;
}

/** The SDK reports its attempts in `$metadata` of results and errors. */
function attemptsOf(value: unknown): number | undefined {
  const attempts = (value as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata?.attempts;
  return typeof attempts === 'number' ? attempts : undefined;
}

/** Splits a list into consecutive batches of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** Fetches page after page, passing each NextToken back, until AWS returns none. */
export async function allPages<P extends { NextToken?: string | undefined }>(fetch: (nextToken: string | undefined) => Promise<P>): Promise<P[]> {
  const pages: P[] = [];
  await eachPage(fetch, (page) => void pages.push(page));
  return pages;
}

/**
 * Like `allPages`, but hands each page to `use` as it arrives and keeps none: a fleet-wide listing
 * then holds one page of SDK output at a time (a page of 1000 instances is tens of MB once parsed).
 */
export async function eachPage<P extends { NextToken?: string | undefined }>(fetch: (nextToken: string | undefined) => Promise<P>, use: (page: P) => void): Promise<void> {
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await fetch(token);
    token = page.NextToken || undefined;
    use(page);
    // A token handed back twice would loop forever; AWS never does it, a misbehaving stand-in might.
    if (token !== undefined) {
      if (seen.has(token)) throw AwsErrors.error('AWS returned the same pagination token twice; the listing was stopped.');
      seen.add(token);
    }
  } while (token !== undefined);
}
