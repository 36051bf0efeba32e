import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Items, OpeningHours, ServicePoint } from '../../api/types.ts';

export const servicePointsKey = ['service-points'] as const;

/** Halls of one agency, or of the whole subtree when no agency is chosen. */
export function useServicePoints(agencyId: number | null) {
  return useQuery({
    queryKey: [...servicePointsKey, { agencyId }],
    queryFn: () => http.get<Items<ServicePoint>>('/api/service-points', { agencyId }),
    select: (answer) => answer.items,
  });
}

export interface ServicePointFields {
  name: string;
  address: string;
  phone?: string;
  openingHours: OpeningHours[];
}

function useServicePointMutation<V>(fn: (v: V) => Promise<ServicePoint>) {
  const client = useQueryClient();
  // Settled, not only success: after a version conflict the list (and the next try) is current.
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: servicePointsKey }) });
}

export const useCreateServicePoint = () =>
  useServicePointMutation((v: ServicePointFields & { agencyId: number }) =>
    http.post<ServicePoint>('/api/service-points', v),
  );

export const useEditServicePoint = (point: ServicePoint | null) =>
  useServicePointMutation((v: ServicePointFields) =>
    http.patch<ServicePoint>(`/api/service-points/${point?.id}`, { version: point?.version, ...v }),
  );

export const useCloseServicePoint = () =>
  useServicePointMutation((point: ServicePoint) =>
    http.post<ServicePoint>(`/api/service-points/${point.id}/close`, { version: point.version }),
  );

export const useAddWindow = (point: ServicePoint | null) =>
  useServicePointMutation((v: { number: string; name: string }) =>
    http.post<ServicePoint>(`/api/service-points/${point?.id}/windows`, v),
  );

export const useCloseWindow = () =>
  useServicePointMutation((windowId: number) => http.post<ServicePoint>(`/api/service-windows/${windowId}/close`));
