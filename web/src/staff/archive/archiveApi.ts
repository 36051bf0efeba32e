import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { withQuery } from '../../api/client.ts';
import { type QueryOf, api, data } from '../../api/typed.ts';

export function useArchiveMeta() {
  return useQuery({
    queryKey: ['archive', 'meta'],
    queryFn: async () => data(await api.GET('/api/archive/meta')),
    staleTime: 60 * 60_000,
  });
}

/** The search's filter as the page keeps it: "include superseded" as a switch, always with a page. */
export type DocumentFilter = Omit<QueryOf<'/api/archive/documents'>, 'includeSuperseded'> & {
  includeSuperseded?: boolean;
  page: number;
  pageSize: number;
};

export function useDocuments(filter: DocumentFilter, enabled = true) {
  const query = { ...filter, includeSuperseded: filter.includeSuperseded ? ('true' as const) : undefined };
  return useQuery({
    queryKey: ['archive', 'documents', filter],
    queryFn: async () => data(await api.GET('/api/archive/documents', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

/** A document with its chain of replacements. */
export function useDocument(id: number | null) {
  return useQuery({
    queryKey: ['archive', 'document', id],
    queryFn:
      id === null
        ? skipToken
        : async () => data(await api.GET('/api/archive/documents/{id}', { params: { path: { id } } })),
  });
}

/** The uses' filter as the page keeps it: always with a page. */
export type UseFilter = QueryOf<'/api/archive/uses'> & { page: number; pageSize: number };

export function useArchiveUses(filter: UseFilter) {
  return useQuery({
    queryKey: ['archive', 'uses', filter],
    queryFn: async () => data(await api.GET('/api/archive/uses', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useArchiveStats(range: QueryOf<'/api/archive/stats'>) {
  return useQuery({
    queryKey: ['archive', 'stats', range],
    queryFn: async () => data(await api.GET('/api/archive/stats', { params: { query: range } })),
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
