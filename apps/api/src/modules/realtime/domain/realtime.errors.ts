import { errorCatalogue } from '#kernel';

/** Which limit a new event stream would pass, with the figures that say so. */
export type StreamLimit =
  | { limit: 'per-identity'; held: number; max: number; retryAfterSeconds: number }
  | { limit: 'per-instance'; total: number; max: number; retryAfterSeconds: number };

/** Codes of the realtime module: the live event stream. */
export const RealtimeErrors = errorCatalogue({
  tooManyStreams: {
    code: 'EVENTS.TOO_MANY_STREAMS',
    kind: 'rate-limited',
    meaning: 'One more live event stream would pass SSE_MAX_STREAMS_PER_IDENTITY or SSE_MAX_STREAMS_PER_INSTANCE (`details.limit` says which); close one or retry after `Retry-After`.',
    build: (l: StreamLimit) => ({
      message:
        l.limit === 'per-identity'
          ? `You already have ${l.held} live event streams open here, the most one caller may hold (SSE_MAX_STREAMS_PER_IDENTITY = ${l.max}); close one (another console tab, say) and try again.`
          : `This app instance already serves ${l.total} live event streams, the most it takes (SSE_MAX_STREAMS_PER_INSTANCE = ${l.max}); try again in a moment.`,
      details: { limit: l.limit, max: l.max, retryAfterSeconds: l.retryAfterSeconds },
    }),
  },
});
