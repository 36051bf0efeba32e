import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { CallbackResult, CallbackStatus, CallbackTask } from '../../api/deskTypes.ts';
import type { Page } from '../../api/types.ts';

export const callbacksKey = ['callbacks'] as const;

export interface CallbackFilter {
  status?: CallbackStatus | 'active';
  overdue?: boolean;
  mine?: boolean;
  page: number;
  pageSize: number;
}

export function useCallbacks(filter: CallbackFilter) {
  return useQuery({
    queryKey: [...callbacksKey, 'list', filter],
    queryFn: () => http.get<Page<CallbackTask>>('/api/callbacks', { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCallbackTask(id: number | null) {
  return useQuery({
    queryKey: [...callbacksKey, 'detail', id],
    queryFn: () => http.get<CallbackTask>(`/api/callbacks/${id}`),
    enabled: id !== null,
    staleTime: 0,
  });
}

export type CallbackStep = 'callback' | 'rectify' | 'close';

/** One step of the call-back task; the answer (with events) replaces the cached detail. */
export function useCallbackStep(task: CallbackTask | null, step: CallbackStep) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { note: string; result?: CallbackResult }) =>
      http.post<CallbackTask>(`/api/callbacks/${task?.id}/${step}`, { version: task?.version, ...v }),
    onSuccess: (answer) => client.setQueryData([...callbacksKey, 'detail', answer.id], answer),
    onSettled: () => client.invalidateQueries({ queryKey: callbacksKey }),
  });
}
