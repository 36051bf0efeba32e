import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type {
  ChangeProposal,
  ParameterHistory,
  ParametersInForce,
  PolicyChange,
  PolicyChangeStatus,
  PolicyKey,
} from './policyTypes.ts';

const base = '/api/policy';
export const policyKey = ['policy'] as const;

/** A change decision alters what is in force and every list: refresh the whole module. */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: policyKey }) });
}

export function usePolicyKeys() {
  return useQuery({
    queryKey: [...policyKey, 'keys'],
    queryFn: () => http.get<PolicyKey[]>(`${base}/keys`),
    staleTime: 60 * 60_000,
  });
}

export function useParametersInForce(region: string, on: string, enabled: boolean) {
  return useQuery({
    queryKey: [...policyKey, 'parameters', region, on],
    queryFn: () => http.get<ParametersInForce>(`${base}/parameters`, { region, on }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useParameterHistory(key: string | null, region: string) {
  return useQuery({
    queryKey: [...policyKey, 'history', key, region],
    queryFn: () =>
      http.get<ParameterHistory>(`${base}/parameters/${encodeURIComponent(key ?? '')}/history`, { region }),
    enabled: key !== null,
  });
}

export function usePolicyChanges(status: PolicyChangeStatus | 'all') {
  return useQuery({
    queryKey: [...policyKey, 'changes', status],
    queryFn: () => http.get<PolicyChange[]>(`${base}/changes`, status === 'all' ? {} : { status }),
    placeholderData: keepPreviousData,
  });
}

export function useProposeChange() {
  return useWrite((proposal: ChangeProposal) => http.post<PolicyChange>(`${base}/changes`, proposal));
}

export function useDecideChange() {
  return useWrite((v: { id: number; step: 'approve' | 'reject'; note?: string }) =>
    http.post<PolicyChange>(`${base}/changes/${v.id}/${v.step}`, v.note ? { note: v.note } : {}),
  );
}

export function useWithdrawChange() {
  return useWrite((id: number) => http.post<PolicyChange>(`${base}/changes/${id}/withdraw`));
}
