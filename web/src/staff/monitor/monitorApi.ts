import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type {
  CaseStats,
  MonitorCases,
  MonitorCompletion,
  MonitorOverdue,
  MonitorRatings,
  QueueStats,
  SweepRun,
} from '../../api/deskTypes.ts';
import type { Items } from '../../api/types.ts';

export interface MonitorRange {
  from?: string;
  to?: string;
  agencyId?: number;
}

const monitorKey = ['monitor'] as const;

function useMonitorQuery<T>(part: string, range: MonitorRange) {
  return useQuery({
    queryKey: [...monitorKey, part, range],
    queryFn: () => http.get<T>(`/api/monitor/${part}`, { ...range }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export const useMonitorCases = (range: MonitorRange) => useMonitorQuery<MonitorCases>('cases', range);
export const useMonitorCompletion = (range: MonitorRange) => useMonitorQuery<MonitorCompletion>('completion', range);
export const useMonitorQueue = (range: MonitorRange) => useMonitorQuery<QueueStats>('queue', range);
export const useMonitorRatings = (range: MonitorRange) => useMonitorQuery<MonitorRatings>('ratings', range);

export function useMonitorOverdue(agencyId: number | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...monitorKey, 'overdue', { agencyId, page, pageSize }],
    queryFn: () => http.get<MonitorOverdue>('/api/monitor/overdue', { agencyId, page, pageSize }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export type StatsGroup = 'item' | 'agency' | 'window' | 'staff';

/** Share finished within the promise, grouped; the range is the one the dashboard shows (from/to required). */
export function useCaseStats(groupBy: StatsGroup, range: { from: string; to: string; agencyId?: number } | null) {
  return useQuery({
    queryKey: [...monitorKey, 'case-stats', groupBy, range],
    queryFn: () => http.get<CaseStats>('/api/case-stats', { groupBy, ...range }),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSweeps() {
  return useQuery({
    queryKey: [...monitorKey, 'sweeps'],
    queryFn: () => http.get<Items<SweepRun>>('/api/case-sweeps', { limit: 5 }),
    select: (a) => a.items,
  });
}

export function useRunSweep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<SweepRun>('/api/case-sweeps'),
    onSettled: () => client.invalidateQueries({ queryKey: monitorKey }),
  });
}
