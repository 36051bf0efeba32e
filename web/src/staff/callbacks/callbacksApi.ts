import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallbackResult, CallbackStatus, CallbackTask } from '../../api/deskTypes.ts';
import { type QueryOf, api, data } from '../../api/typed.ts';

export const callbacksKey = ['callbacks'] as const;

/** The list's filter as the page keeps it: the switches as booleans, always with a page. */
export interface CallbackFilter {
  status?: CallbackStatus | 'active';
  overdue?: boolean;
  mine?: boolean;
  page: number;
  pageSize: number;
}

export function useCallbacks(filter: CallbackFilter) {
  const query: QueryOf<'/api/callbacks'> = {
    ...filter,
    overdue: filter.overdue ? 'true' : undefined,
    mine: filter.mine ? 'true' : undefined,
  };
  return useQuery({
    queryKey: [...callbacksKey, 'list', filter],
    queryFn: async () => data(await api.GET('/api/callbacks', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

const detailKey = (id: number | null) => [...callbacksKey, 'detail', id] as const;

/** A task with its events. */
export function useCallbackTask(id: number | null) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn:
      id === null ? skipToken : async () => data(await api.GET('/api/callbacks/{id}', { params: { path: { id } } })),
    staleTime: 0,
  });
}

export type CallbackStep = 'callback' | 'rectify' | 'close';

/** What a step takes: a note, and for the call-back its result. */
export interface StepValues {
  note: string;
  result?: CallbackResult;
}

/** The call of one step; the call-back itself needs its result. */
async function postStep(task: CallbackTask, step: CallbackStep, { note, result }: StepValues) {
  const params = { path: { id: task.id } };
  if (step !== 'callback') {
    return data(await api.POST(`/api/callbacks/{id}/${step}`, { params, body: { version: task.version, note } }));
  }
  if (result === undefined) throw new Error('a call-back is recorded with its result');
  return data(
    await api.POST('/api/callbacks/{id}/callback', { params, body: { version: task.version, note, result } }),
  );
}

/** One step of the call-back task; the answer (with events) replaces the cached detail. */
export function useCallbackStep(task: CallbackTask | null, step: CallbackStep) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: StepValues) => {
      if (!task) throw new Error('no call-back task chosen');
      return postStep(task, step, v);
    },
    onSuccess: (answer) => client.setQueryData(detailKey(answer.id), answer),
    onSettled: () => client.invalidateQueries({ queryKey: callbacksKey }),
  });
}
