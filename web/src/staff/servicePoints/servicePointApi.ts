import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../api/typed.ts';
import type { ServicePoint } from '../../api/types.ts';

export const servicePointsKey = ['service-points'] as const;

/** Halls of one agency, or of the whole subtree when no agency is chosen. */
export function useServicePoints(agencyId: number | null) {
  return useQuery({
    queryKey: [...servicePointsKey, { agencyId }],
    queryFn: async () =>
      data(await api.GET('/api/service-points', { params: { query: { agencyId: agencyId ?? undefined } } })),
    select: (answer) => answer.items,
  });
}

/** The fields a hall is opened with and edited by; opening it names its agency too. */
export type ServicePointFields = Omit<BodyOf<'/api/service-points'>, 'agencyId'>;
type WindowFields = BodyOf<'/api/service-points/{id}/windows'>;

function useServicePointMutation<V>(fn: (v: V) => Promise<ServicePoint>) {
  const client = useQueryClient();
  // Settled, not only success: after a version conflict the list (and the next try) is current.
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: servicePointsKey }) });
}

/** The path and version of the hall a change is made on; the forms open only with one. */
function target(point: ServicePoint | null) {
  if (point === null) throw new Error('No service point chosen');
  return { params: { path: { id: point.id } }, version: point.version };
}

export const useCreateServicePoint = () =>
  useServicePointMutation(async (body: BodyOf<'/api/service-points'>) =>
    data(await api.POST('/api/service-points', { body })),
  );

export const useEditServicePoint = (point: ServicePoint | null) =>
  useServicePointMutation(async (v: ServicePointFields) => {
    const { params, version } = target(point);
    return data(await api.PATCH('/api/service-points/{id}', { params, body: { version, ...v } }));
  });

export const useCloseServicePoint = () =>
  useServicePointMutation(async (point: ServicePoint) =>
    data(
      await api.POST('/api/service-points/{id}/close', {
        params: { path: { id: point.id } },
        body: { version: point.version },
      }),
    ),
  );

export const useAddWindow = (point: ServicePoint | null) =>
  useServicePointMutation(async (body: WindowFields) =>
    data(await api.POST('/api/service-points/{id}/windows', { params: target(point).params, body })),
  );

export const useCloseWindow = () =>
  useServicePointMutation(async (windowId: number) =>
    data(await api.POST('/api/service-windows/{id}/close', { params: { path: { id: windowId } } })),
  );
