import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/typed.ts';
import type { ChangeProposal, PolicyChangeStatus } from './policyTypes.ts';

export const policyKey = ['policy'] as const;

/** A change decision alters what is in force and every list: refresh the whole module. */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: policyKey }) });
}

export function usePolicyKeys() {
  return useQuery({
    queryKey: [...policyKey, 'keys'],
    queryFn: async () => data(await api.GET('/api/policy/keys')),
    staleTime: 60 * 60_000,
  });
}

export function useParametersInForce(region: string, on: string, enabled: boolean) {
  return useQuery({
    queryKey: [...policyKey, 'parameters', region, on],
    queryFn: async () => data(await api.GET('/api/policy/parameters', { params: { query: { region, on } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useParameterHistory(key: string | null, region: string) {
  return useQuery({
    queryKey: [...policyKey, 'history', key, region],
    queryFn:
      key === null
        ? skipToken
        : async () =>
            data(
              await api.GET('/api/policy/parameters/{key}/history', {
                params: { path: { key }, query: { region } },
              }),
            ),
  });
}

export function usePolicyChanges(status: PolicyChangeStatus | 'all') {
  return useQuery({
    queryKey: [...policyKey, 'changes', status],
    queryFn: async () =>
      data(await api.GET('/api/policy/changes', { params: { query: status === 'all' ? {} : { status } } })),
    placeholderData: keepPreviousData,
  });
}

export function useProposeChange() {
  return useWrite(async (body: ChangeProposal) => data(await api.POST('/api/policy/changes', { body })));
}

export function useDecideChange() {
  return useWrite(async (v: { id: number; step: 'approve' | 'reject'; note?: string }) =>
    data(
      await api.POST(`/api/policy/changes/{id}/${v.step}`, {
        params: { path: { id: v.id } },
        body: v.note ? { note: v.note } : {},
      }),
    ),
  );
}

export function useWithdrawChange() {
  return useWrite(async (id: number) =>
    data(await api.POST('/api/policy/changes/{id}/withdraw', { params: { path: { id } } })),
  );
}
