import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { AuditEntry, AuditOutcome, AuditVerifyResult, Page } from '../../api/types.ts';

export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  outcome?: AuditOutcome;
  page: number;
  pageSize: number;
}

/** One page of the audit trail, newest first as the server orders it. */
export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => http.get<Page<AuditEntry>>('/api/audit', { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Recomputes the hash chain on the server; run on demand only. */
export function useAuditVerify() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => http.get<AuditVerifyResult>('/api/audit/verify'),
    enabled: false,
    staleTime: 0,
    gcTime: 0,
  });
}
