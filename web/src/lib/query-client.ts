import { QueryClient } from '@tanstack/react-query';
import { statusOf } from './api-client';

/** Answers that another try will not change: bad input, no access, nothing there, a conflict. */
const FINAL = new Set([400, 401, 403, 404, 409, 422]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, err) => failures < 2 && !FINAL.has(statusOf(err) ?? 0),
        // The live stream keeps data fresh; focus refetches cover a stream that was down.
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
