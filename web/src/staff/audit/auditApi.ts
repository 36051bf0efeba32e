import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type QueryOf, api, data } from '../../api/typed.ts';

/** The search of the audit trail, with its page always set. */
export type AuditFilter = QueryOf<'/api/audit'> & { page: number; pageSize: number };

/** One page of the audit trail, newest first as the server orders it. */
export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: async () => data(await api.GET('/api/audit', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Recomputes the hash chain on the server; run on demand only. */
export function useAuditVerify() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: async () => data(await api.GET('/api/audit/verify')),
    enabled: false,
    staleTime: 0,
    gcTime: 0,
  });
}
