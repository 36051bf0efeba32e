import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** A refusal will not change on retry; only network trouble and 5xx are tried again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // Focus refetches would keep an idle session alive; the server's idle timeout must mean idle.
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
    mutations: { retry: false },
  },
});
