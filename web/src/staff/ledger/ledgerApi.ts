import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type {
  AccountsAnswer,
  Correction,
  CorrectionStatus,
  EntryDetail,
  EntrySummary,
  FlowMonth,
  Fund,
  FundSummary,
  InterestRun,
  ReconcileCheck,
  ReconcileRun,
  ReconcileRunDetail,
  RunStatus,
  Side,
  StatementRun,
} from './ledgerTypes.ts';

const base = '/api/ledger';
export const ledgerKey = ['ledger'] as const;

/** Every ledger write can change balances, runs and queues: refresh the whole module. */
export function useLedgerWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: ledgerKey }),
  });
}

export function useFundSummary(filter: { region?: string; asOf?: string; knownAt?: string }) {
  return useQuery({
    queryKey: [...ledgerKey, 'summary', filter],
    queryFn: () =>
      http.get<{ region: string | null; asOf: string; funds: FundSummary[] }>(`${base}/summary`, { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useFundFlows(filter: { region?: string; year: number }) {
  return useQuery({
    queryKey: [...ledgerKey, 'flows', filter],
    queryFn: () => http.get<{ year: number; months: FlowMonth[] }>(`${base}/flows`, { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useReconcileRuns(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'reconcile-runs', page, pageSize],
    queryFn: () => http.get<Page<ReconcileRun>>(`${base}/reconcile-runs`, { page, pageSize }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useReconcileRun(id: number, filter: { kind?: ReconcileCheck; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...ledgerKey, 'reconcile-run', id, filter],
    queryFn: () => http.get<ReconcileRunDetail>(`${base}/reconcile-runs/${id}`, { ...filter }),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

export function useRunReconcile() {
  return useLedgerWrite(() => http.post<ReconcileRun>(`${base}/reconcile-runs`, {}));
}

export function useAccounts(filter: { region?: string; fund?: Fund; asOf?: string; knownAt?: string }) {
  return useQuery({
    queryKey: [...ledgerKey, 'accounts', filter],
    queryFn: () => http.get<AccountsAnswer>(`${base}/accounts`, { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useAccountEntries(id: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'account', id, 'entries', page, pageSize],
    queryFn: () => http.get<Page<EntrySummary>>(`${base}/accounts/${id}/entries`, { page, pageSize }),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

export function useEntry(id: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'entry', id],
    queryFn: () => http.get<EntryDetail>(`${base}/entries/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export interface ReplacementLine {
  accountId: number;
  side: Side;
  amount: string;
  personId?: number;
}

export function useProposeCorrection(entryId: number) {
  return useLedgerWrite((body: { reason: string; replacementLines?: ReplacementLine[] }) =>
    http.post<Correction>(`${base}/entries/${entryId}/corrections`, body),
  );
}

export function useCorrections(filter: { status?: CorrectionStatus; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...ledgerKey, 'corrections', filter],
    queryFn: () => http.get<Page<Correction>>(`${base}/corrections`, { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useDecideCorrection() {
  return useLedgerWrite((v: { id: number; decision: 'approve' | 'reject'; note: string }) =>
    http.post<Correction>(`${base}/corrections/${v.id}/${v.decision}`, { note: v.note }),
  );
}

/** Polls every 2 s while any run is running. */
const pollWhileRunning = (runs: { status: RunStatus }[] | undefined) =>
  runs?.some((r) => r.status === 'running') ? 2_000 : false;

export function useInterestRuns() {
  return useQuery({
    queryKey: [...ledgerKey, 'interest-runs'],
    queryFn: () => http.get<{ items: InterestRun[] }>(`${base}/interest-runs`),
    refetchInterval: (query) => pollWhileRunning(query.state.data?.items),
    staleTime: 0,
  });
}

export function useStartInterestRun() {
  return useLedgerWrite((body: { year: number; region: string; fund: 'pension' | 'medical' }) =>
    http.post<InterestRun>(`${base}/interest-runs`, body),
  );
}

export function useStatementRuns() {
  return useQuery({
    queryKey: [...ledgerKey, 'statement-runs'],
    queryFn: () => http.get<{ items: StatementRun[] }>(`${base}/statement-runs`),
    refetchInterval: (query) => pollWhileRunning(query.state.data?.items),
    staleTime: 0,
  });
}

export function useStartStatementRun() {
  return useLedgerWrite((body: { year: number; region: string }) =>
    http.post<StatementRun>(`${base}/statement-runs`, body),
  );
}
