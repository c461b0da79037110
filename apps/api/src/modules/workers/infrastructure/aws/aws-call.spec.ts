import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { DomainError } from '#kernel';
import { RecordingAwsCallRecorder } from '../../../../../../../test/support/recording-aws-call-recorder.js';
import { allPages, chunk, eachPage, recordedCall } from './aws-call.js';

const ctx = { service: 'ec2', operation: 'StopInstances', region: 'us-east-1' } as const;

describe('recordedCall', () => {
  it('records a successful call once, with its duration and no error', async () => {
    const recorder = new RecordingAwsCallRecorder();
    const result = await recordedCall(recorder, ctx, async () => {
      await new Promise((r) => setTimeout(r, 15));
      return 'done';
    });
    expect(result).toBe('done');
    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]).toMatchObject({ service: 'ec2', operation: 'StopInstances', region: 'us-east-1' });
    expect(recorder.calls[0]?.durationMs).toBeGreaterThanOrEqual(10);
    expect(recorder.calls[0]).not.toHaveProperty('error');
  });

  it('records a failed call once with the AWS error code and throws the mapped DomainError', async () => {
    const recorder = new RecordingAwsCallRecorder();
    const failure = new EC2ServiceException({ name: 'IncorrectInstanceState', message: 'nope', $fault: 'client', $metadata: { attempts: 3 } });
    const call = recordedCall(recorder, ctx, () => Promise.reject(failure));
    await expect(call).rejects.toBeInstanceOf(DomainError);
    await expect(call).rejects.toMatchObject({ code: 'AWS.ERROR', details: { awsCode: 'IncorrectInstanceState' } });
    // One record per send, however many attempts the SDK made inside it.
    expect(recorder.calls).toEqual([expect.objectContaining({ operation: 'StopInstances', error: 'IncorrectInstanceState' })]);
  });
});

describe('chunk', () => {
  it.each([
    [0, 100, []],
    [1, 100, [1]],
    [100, 100, [100]],
    [101, 100, [100, 1]],
    [2500, 1000, [1000, 1000, 500]],
    [1001, 500, [500, 500, 1]],
  ])('splits %i items into batches of at most %i: %j', (count, size, sizes) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const batches = chunk(items, size);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(items);
  });

  it.each([0, -1, 1.5])('refuses the batch size %p', (size) => {
    expect(() => chunk([1], size)).toThrow(RangeError);
  });
});

describe('allPages', () => {
  it('follows NextToken until AWS returns none, passing each token back', async () => {
    const tokens: (string | undefined)[] = [];
    const pages = await allPages(async (token) => {
      tokens.push(token);
      const next = { undefined: 'a', a: 'b', b: '' }[String(token)];
      return { NextToken: next, items: [token] };
    });
    expect(tokens).toEqual([undefined, 'a', 'b']);
    expect(pages).toHaveLength(3);
  });

  it('stops with an error instead of looping when a token comes back twice', async () => {
    await expect(allPages(async () => ({ NextToken: 'same' }))).rejects.toMatchObject({ code: 'AWS.ERROR' });
  });
});

describe('eachPage', () => {
  it('hands each page over as it arrives, before fetching the next', async () => {
    const seen: string[] = [];
    await eachPage(
      async (token) => {
        seen.push(`fetch ${token ?? 'first'}`);
        return { NextToken: token === undefined ? 'a' : undefined, items: [token] };
      },
      (page) => void seen.push(`use ${page.items[0] ?? 'first'}`),
    );
    expect(seen).toEqual(['fetch first', 'use first', 'fetch a', 'use a']);
  });

  it('stops with an error instead of looping when a token comes back twice', async () => {
    await expect(eachPage(async () => ({ NextToken: 'same' }), () => undefined)).rejects.toMatchObject({ code: 'AWS.ERROR' });
  });
});
