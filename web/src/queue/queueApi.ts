import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HallDisplay } from '../api/deskTypes.ts';
import { api, data } from '../api/typed.ts';

/** Open halls with a queue (public). */
export function useQueueHalls() {
  return useQuery({
    queryKey: ['queue-halls'],
    queryFn: async () => data(await api.GET('/api/public/queue')),
    select: (answer) => answer.items,
  });
}

export const kioskKey = (servicePointId: number) => ['kiosk', servicePointId] as const;

/** The kiosk's view of a hall: categories, waiting counts, whether tickets are issued now. */
export function useKiosk(servicePointId: number) {
  return useQuery({
    queryKey: kioskKey(servicePointId),
    queryFn: async () =>
      data(await api.GET('/api/public/queue/{servicePointId}', { params: { path: { servicePointId } } })),
    refetchInterval: 10_000,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

export function useTakeTicket(servicePointId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (categoryId: number) =>
      data(
        await api.POST('/api/public/queue/{servicePointId}/tickets', {
          params: { path: { servicePointId } },
          body: { categoryId },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: kioskKey(servicePointId) }),
  });
}

/** The hall display snapshot, for the polling fallback. */
export async function fetchDisplay(servicePointId: number): Promise<HallDisplay> {
  return data(await api.GET('/api/public/queue/{servicePointId}/display', { params: { path: { servicePointId } } }));
}
