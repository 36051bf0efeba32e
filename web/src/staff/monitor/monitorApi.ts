import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, type QueryOf, type Schema, api, data } from '../../api/typed.ts';

/** Open cases now, and the flows of the range. */
export type MonitorCases = Schema<'MonitorCases'>;
/** A page of running cases past their deadline, longest overdue first. */
export type MonitorOverdue = Schema<'MonitorOverdue'>;
/** Cases finished in the range per item, against the promised days. */
export type MonitorCompletion = Schema<'MonitorCompletion'>;
/** Initial ratings by level, item and channel; follow-ups; call-backs. */
export type MonitorRatings = Schema<'MonitorRatings'>;
/** The queue's waiting and service times of the tickets taken in the range. */
export type MonitorQueue = Answer<'/api/monitor/queue'>;
/** Share finished within the promise, per group. */
export type CaseStats = Schema<'CaseStats'>;
/** One run of the SLA sweep. */
export type SweepRun = Schema<'CaseSweepRun'>;

/** The dashboard's day range and agency; none chosen is the server's default range over the subtree. */
export type MonitorRange = QueryOf<'/api/monitor/cases'>;

const monitorKey = ['monitor'] as const;
const figures = { placeholderData: keepPreviousData, staleTime: 30_000 };

export const useMonitorCases = (range: MonitorRange) =>
  useQuery({
    queryKey: [...monitorKey, 'cases', range],
    queryFn: async () => data(await api.GET('/api/monitor/cases', { params: { query: range } })),
    ...figures,
  });

export const useMonitorCompletion = (range: MonitorRange) =>
  useQuery({
    queryKey: [...monitorKey, 'completion', range],
    queryFn: async () => data(await api.GET('/api/monitor/completion', { params: { query: range } })),
    ...figures,
  });

export const useMonitorQueue = (range: MonitorRange) =>
  useQuery({
    queryKey: [...monitorKey, 'queue', range],
    queryFn: async () => data(await api.GET('/api/monitor/queue', { params: { query: range } })),
    ...figures,
  });

export const useMonitorRatings = (range: MonitorRange) =>
  useQuery({
    queryKey: [...monitorKey, 'ratings', range],
    queryFn: async () => data(await api.GET('/api/monitor/ratings', { params: { query: range } })),
    ...figures,
  });

/** A page of the overdue cases of the agency's subtree (all of the caller's when none is chosen). */
export function useMonitorOverdue(agencyId: number | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...monitorKey, 'overdue', { agencyId, page, pageSize }],
    queryFn: async () =>
      data(await api.GET('/api/monitor/overdue', { params: { query: { agencyId, page, pageSize } } })),
    ...figures,
  });
}

export type StatsGroup = NonNullable<QueryOf<'/api/case-stats'>['groupBy']>;

/** Share finished within the promise, grouped; the range is the one the dashboard shows (from/to required). */
export function useCaseStats(groupBy: StatsGroup, range: { from: string; to: string; agencyId?: number } | null) {
  return useQuery({
    queryKey: [...monitorKey, 'case-stats', groupBy, range],
    queryFn: async () => data(await api.GET('/api/case-stats', { params: { query: { groupBy, ...range } } })),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

/** The last runs of the SLA sweep. */
export function useSweeps() {
  return useQuery({
    queryKey: [...monitorKey, 'sweeps'],
    queryFn: async () => data(await api.GET('/api/case-sweeps', { params: { query: { limit: 5 } } })),
    select: (a) => a.items,
  });
}

/** Runs the SLA sweep now, then refreshes every figure. */
export function useRunSweep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/case-sweeps')),
    onSettled: () => client.invalidateQueries({ queryKey: monitorKey }),
  });
}
