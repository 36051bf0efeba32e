import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http, withQuery } from '../../api/client.ts';
import type { ArchiveMeta, ArchiveStats, ArchivedDocument, ArchiveUse } from '../../api/deskTypes.ts';
import type { Page } from '../../api/types.ts';

export function useArchiveMeta() {
  return useQuery({
    queryKey: ['archive', 'meta'],
    queryFn: () => http.get<ArchiveMeta>('/api/archive/meta'),
    staleTime: 60 * 60_000,
  });
}

export interface DocumentFilter {
  citizenId?: string;
  creditCode?: string;
  itemCode?: string;
  documentType?: string;
  caseNumber?: string;
  archiveNo?: string;
  agencyId?: number;
  from?: string;
  to?: string;
  includeSuperseded?: boolean;
  page: number;
  pageSize: number;
}

export function useDocuments(filter: DocumentFilter, enabled = true) {
  return useQuery({
    queryKey: ['archive', 'documents', filter],
    queryFn: () => http.get<Page<ArchivedDocument>>('/api/archive/documents', { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useDocument(id: number | null) {
  return useQuery({
    queryKey: ['archive', 'document', id],
    queryFn: () => http.get<ArchivedDocument & { chain: ArchivedDocument[] }>(`/api/archive/documents/${id}`),
    enabled: id !== null,
  });
}

export interface UseFilter {
  documentId?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useArchiveUses(filter: UseFilter) {
  return useQuery({
    queryKey: ['archive', 'uses', filter],
    queryFn: () => http.get<Page<ArchiveUse>>('/api/archive/uses', { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useArchiveStats(range: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ['archive', 'stats', range],
    queryFn: () => http.get<ArchiveStats>('/api/archive/stats', range),
    placeholderData: keepPreviousData,
  });
}

/** The content URL of a document: every download is recorded as an archive use with its purpose. */
export function documentContentUrl(id: number, purpose: string, note: string | undefined, inline = false): string {
  return withQuery(`/api/archive/documents/${id}/content`, {
    purpose,
    note: note?.trim() || undefined,
    disposition: inline ? 'inline' : 'attachment',
  });
}
