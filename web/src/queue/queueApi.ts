import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../api/client.ts';
import type { HallDisplay, Kiosk, QueueHall, TakenTicket } from '../api/deskTypes.ts';
import type { Items } from '../api/types.ts';

/** Open halls with a queue (public). */
export function useQueueHalls() {
  return useQuery({
    queryKey: ['queue-halls'],
    queryFn: () => http.get<Items<QueueHall>>('/api/public/queue'),
    select: (answer) => answer.items,
  });
}

export const kioskKey = (servicePointId: number) => ['kiosk', servicePointId] as const;

/** The kiosk's view of a hall: categories, waiting counts, whether tickets are issued now. */
export function useKiosk(servicePointId: number) {
  return useQuery({
    queryKey: kioskKey(servicePointId),
    queryFn: () => http.get<Kiosk>(`/api/public/queue/${servicePointId}`),
    refetchInterval: 10_000,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

export function useTakeTicket(servicePointId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (categoryId: number) =>
      http.post<TakenTicket>(`/api/public/queue/${servicePointId}/tickets`, { categoryId }),
    onSettled: () => client.invalidateQueries({ queryKey: kioskKey(servicePointId) }),
  });
}

/** The hall display snapshot, for the polling fallback. */
export function fetchDisplay(servicePointId: number): Promise<HallDisplay> {
  return http.get<HallDisplay>(`/api/public/queue/${servicePointId}/display`);
}
