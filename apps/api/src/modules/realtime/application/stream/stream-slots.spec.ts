import { DomainError } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { StreamSlots } from './stream-slots.js';

function slotsWith(env: Record<string, string>) {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', SSE_HEARTBEAT_SECONDS: '20', ...env });
  const metrics = new RealtimeMetrics();
  return { slots: new StreamSlots(config, metrics), metrics };
}

function refusal(take: () => unknown): DomainError {
  try {
    take();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('StreamSlots: how many live streams are open', () => {
  it('refuses a caller one stream over SSE_MAX_STREAMS_PER_IDENTITY with 429, naming the limit, while others still get theirs', () => {
    const { slots, metrics } = slotsWith({ SSE_MAX_STREAMS_PER_IDENTITY: '2' });
    slots.take('user:alice');
    slots.take('user:alice');
    const err = refusal(() => slots.take('user:alice'));
    expect(err).toMatchObject({ code: 'EVENTS.TOO_MANY_STREAMS', kind: 'rate-limited', details: { limit: 'per-identity', max: 2, retryAfterSeconds: 20 } });
    expect(err.message).toContain('SSE_MAX_STREAMS_PER_IDENTITY = 2');
    expect(() => slots.take('user:bob')).not.toThrow();
    expect(metrics.snapshot().streamsRefused).toBe(1);
  });

  it('refuses anyone one stream over SSE_MAX_STREAMS_PER_INSTANCE, naming that limit', () => {
    const { slots } = slotsWith({ SSE_MAX_STREAMS_PER_INSTANCE: '3' });
    for (const who of ['a', 'b', 'c']) slots.take(`user:${who}`);
    const err = refusal(() => slots.take('service:d'));
    expect(err).toMatchObject({ code: 'EVENTS.TOO_MANY_STREAMS', details: { limit: 'per-instance', max: 3 } });
    expect(err.message).toContain('SSE_MAX_STREAMS_PER_INSTANCE = 3');
  });

  it('frees a slot when its stream is released, once however often it is released', () => {
    const { slots } = slotsWith({ SSE_MAX_STREAMS_PER_IDENTITY: '1', SSE_MAX_STREAMS_PER_INSTANCE: '2' });
    const first = slots.take('user:alice');
    const other = slots.take('user:bob');
    first.release();
    first.release();
    expect(slots.count()).toBe(1);
    expect(slots.count('user:alice')).toBe(0);
    slots.take('user:alice');
    expect(() => slots.take('user:carol')).toThrow(expect.objectContaining({ details: expect.objectContaining({ limit: 'per-instance' }) }));
    other.release();
    expect(() => slots.take('user:carol')).not.toThrow();
  });
});
