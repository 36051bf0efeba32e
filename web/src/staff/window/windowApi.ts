import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api, data } from '../../api/typed.ts';

const storageKey = 'shebao.window';

export interface ChosenWindow {
  servicePointId: number;
  windowId: number;
}

function readChosen(): ChosenWindow | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'servicePointId' in value && 'windowId' in value) {
      const { servicePointId, windowId } = value as ChosenWindow;
      if (Number.isInteger(servicePointId) && Number.isInteger(windowId)) return { servicePointId, windowId };
    }
  } catch {
    // unreadable: choose again
  }
  return null;
}

/** The window this workstation serves, remembered on the device (one clerk per window and day). */
export function useChosenWindow(): [ChosenWindow | null, (w: ChosenWindow | null) => void] {
  const [chosen, setChosen] = useState<ChosenWindow | null>(readChosen);
  const choose = useCallback((w: ChosenWindow | null) => {
    try {
      if (w) localStorage.setItem(storageKey, JSON.stringify(w));
      else localStorage.removeItem(storageKey);
    } catch {
      // kept for this page only
    }
    setChosen(w);
  }, []);
  return [chosen, choose];
}

export const windowKey = (windowId: number) => ['queue-window', windowId] as const;

/** The window's queue; polled while the clerk is at the keyboard (see useRecentInput). */
export function useWindowState(windowId: number | null, poll: boolean) {
  return useQuery({
    queryKey: windowKey(windowId ?? 0),
    queryFn:
      windowId === null
        ? skipToken
        : async () => data(await api.GET('/api/queue/windows/{windowId}', { params: { path: { windowId } } })),
    refetchInterval: poll ? 5_000 : false,
    staleTime: 0,
  });
}

export function useHallTickets(servicePointId: number | null, poll: boolean) {
  return useQuery({
    queryKey: ['queue-tickets', servicePointId],
    queryFn:
      servicePointId === null
        ? skipToken
        : async () =>
            data(await api.GET('/api/queue/tickets', { params: { query: { servicePointId, pageSize: 200 } } })),
    refetchInterval: poll ? 10_000 : false,
    staleTime: 0,
  });
}

export type TicketCommand = 'recall' | 'no-show' | 'start' | 'finish';

/** Call-next on the window, or a command on its current ticket; both refresh the window and the list. */
export function useWindowCommands(windowId: number | null) {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: windowKey(windowId ?? 0) });
    void client.invalidateQueries({ queryKey: ['queue-tickets'] });
  };
  const callNext = useMutation({
    mutationFn: async () => {
      if (windowId === null) throw new Error('no window chosen');
      return data(await api.POST('/api/queue/windows/{windowId}/call-next', { params: { path: { windowId } } }));
    },
    onSettled: refresh,
  });
  const command = useMutation({
    mutationFn: async (v: { ticketId: number; command: TicketCommand }) =>
      data(
        await api.POST(`/api/queue/tickets/{ticketId}/${v.command}`, { params: { path: { ticketId: v.ticketId } } }),
      ),
    onSettled: refresh,
  });
  return { callNext, command };
}
