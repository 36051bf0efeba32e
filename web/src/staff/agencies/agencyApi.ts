import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Agency, AgencyHistoryEntry, AgencyLevel, Items } from '../../api/types.ts';

export const agenciesKey = ['agencies'] as const;

/** The caller's agency subtree, flat. */
export function useAgencies(includeClosed = false, enabled = true) {
  return useQuery({
    queryKey: [...agenciesKey, { includeClosed }],
    queryFn: () => http.get<Items<Agency>>('/api/agencies', { includeClosed: includeClosed || undefined }),
    select: (answer) => answer.items,
    enabled,
  });
}

export function useAgencyHistory(id: number | null) {
  return useQuery({
    queryKey: [...agenciesKey, 'history', id],
    queryFn: () => http.get<Items<AgencyHistoryEntry>>(`/api/agencies/${id}/history`),
    select: (answer) => answer.items,
    enabled: id !== null,
  });
}

export interface AgencyCreate {
  parentId: number;
  code: string;
  name: string;
  level: AgencyLevel;
  divisionCode: string;
  openedOn: string;
}
export interface AgencyEdit {
  reason: string;
  name?: string;
  code?: string;
  divisionCode?: string;
}

/**
 * An agency change refreshes every list that shows agency names; a refusal refreshes them too, so
 * that after a version conflict the next try carries the current version.
 */
function useAgencyMutation<V>(fn: (v: V) => Promise<Agency>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: agenciesKey });
      await client.invalidateQueries({ queryKey: ['staff'] });
      await client.invalidateQueries({ queryKey: ['service-points'] });
    },
  });
}

export const useCreateAgency = () => useAgencyMutation((v: AgencyCreate) => http.post<Agency>('/api/agencies', v));

export const useEditAgency = (agency: Agency | null) =>
  useAgencyMutation((v: AgencyEdit) =>
    http.patch<Agency>(`/api/agencies/${agency?.id}`, { version: agency?.version, ...v }),
  );

export const useMoveAgency = (agency: Agency | null) =>
  useAgencyMutation((v: { parentId: number; reason: string }) =>
    http.post<Agency>(`/api/agencies/${agency?.id}/move`, { version: agency?.version, ...v }),
  );

export const useCloseAgency = (agency: Agency | null) =>
  useAgencyMutation((v: { closedOn: string; reason: string }) =>
    http.post<Agency>(`/api/agencies/${agency?.id}/close`, { version: agency?.version, ...v }),
  );
