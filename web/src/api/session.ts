import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { setCsrfToken } from './client.ts';
import { api, data } from './typed.ts';
import type { SessionInfo } from './types.ts';

export const sessionKey = ['session'] as const;

/** Reads the session and keeps its CSRF token for the writes that follow. */
export async function fetchSession(): Promise<SessionInfo> {
  const info = data(await api.GET('/api/auth/session'));
  setCsrfToken(info.session?.csrfToken ?? null);
  return info;
}

/** Starts loading the session at once, in parallel with the first page's code. */
export function prefetchSession(client: QueryClient): void {
  void client.prefetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });
}

/** The current session and whether the server runs in demo mode. */
export function useSessionInfo() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });
}

/** Whether the logged-in user holds a permission. */
export function useCan(): (permission: string) => boolean {
  const { data } = useSessionInfo();
  const permissions = data?.session?.permissions;
  return useCallback((permission: string) => permissions?.includes(permission) ?? false, [permissions]);
}

/** Re-reads the session after a login step answered `ok`. */
export function useRefreshSession(): () => Promise<SessionInfo> {
  const client = useQueryClient();
  return useCallback(() => client.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 }), [client]);
}

/** Ends the session on the server and forgets every cached answer. */
export function useLogout(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    const demo = client.getQueryData<SessionInfo>(sessionKey)?.demo ?? false;
    try {
      data(await api.POST('/api/auth/logout'));
    } finally {
      setCsrfToken(null);
      client.clear();
      client.setQueryData<SessionInfo>(sessionKey, { demo, session: null });
    }
  }, [client]);
}
