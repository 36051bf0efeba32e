import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, type QueryOf, api, data } from '../../api/typed.ts';
import type { CorrectionProposal, RunStatus } from './ledgerTypes.ts';

export const ledgerKey = ['ledger'] as const;

/** Every ledger write can change balances, runs and queues: refresh the whole module. */
export function useLedgerWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: ledgerKey }),
  });
}

/** Per fund: pooled, individual, bank and receivable balances as of a day. */
export function useFundSummary(filter: QueryOf<'/api/ledger/summary'>) {
  return useQuery({
    queryKey: [...ledgerKey, 'summary', filter],
    queryFn: async () => data(await api.GET('/api/ledger/summary', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** The fund flows of a year per month and fund. */
export function useFundFlows(filter: QueryOf<'/api/ledger/flows'>) {
  return useQuery({
    queryKey: [...ledgerKey, 'flows', filter],
    queryFn: async () => data(await api.GET('/api/ledger/flows', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** A page of reconciliation runs, newest first. */
export function useReconcileRuns(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'reconcile-runs', page, pageSize],
    queryFn: async () => data(await api.GET('/api/ledger/reconcile-runs', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** One reconciliation run with a page of its differences, of one check or all. */
export function useReconcileRun(id: number, filter: QueryOf<'/api/ledger/reconcile-runs/{id}'>) {
  return useQuery({
    queryKey: [...ledgerKey, 'reconcile-run', id, filter],
    queryFn: async () =>
      data(await api.GET('/api/ledger/reconcile-runs/{id}', { params: { path: { id }, query: filter } })),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

/** Reconciles the ledger now. */
export function useRunReconcile() {
  return useLedgerWrite(async () => data(await api.POST('/api/ledger/reconcile-runs', { body: {} })));
}

/** The chart of accounts with balances: cached, or as of a day and as known at an instant. */
export function useAccounts(filter: QueryOf<'/api/ledger/accounts'>) {
  return useQuery({
    queryKey: [...ledgerKey, 'accounts', filter],
    queryFn: async () => data(await api.GET('/api/ledger/accounts', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** A page of the entries that touch an account, newest first. */
export function useAccountEntries(id: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'account', id, 'entries', page, pageSize],
    queryFn: async () =>
      data(await api.GET('/api/ledger/accounts/{id}/entries', { params: { path: { id }, query: { page, pageSize } } })),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

/** One entry: lines, batch, chain hashes, reversal links, corrections. */
export function useEntry(id: number) {
  return useQuery({
    queryKey: [...ledgerKey, 'entry', id],
    queryFn: async () => data(await api.GET('/api/ledger/entries/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Proposes to reverse an entry, with replacement lines if any; another staff member decides. */
export function useProposeCorrection(entryId: number) {
  return useLedgerWrite(async (body: CorrectionProposal) =>
    data(await api.POST('/api/ledger/entries/{id}/corrections', { params: { path: { id: entryId } }, body })),
  );
}

/** A page of corrections, newest first, by status. */
export function useCorrections(filter: QueryOf<'/api/ledger/corrections'>) {
  return useQuery({
    queryKey: [...ledgerKey, 'corrections', filter],
    queryFn: async () => data(await api.GET('/api/ledger/corrections', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A decision on a proposed correction: approving books the reversal and the replacement. */
type CorrectionDecision = {
  id: number;
  decision: 'approve' | 'reject';
} & BodyOf<'/api/ledger/corrections/{id}/approve'>;

/** Approves or rejects a proposed correction with a note. */
export function useDecideCorrection() {
  return useLedgerWrite(async ({ id, decision, note }: CorrectionDecision) => {
    const init = { params: { path: { id } }, body: { note } };
    return data(
      decision === 'approve'
        ? await api.POST('/api/ledger/corrections/{id}/approve', init)
        : await api.POST('/api/ledger/corrections/{id}/reject', init),
    );
  });
}

/** Polls every 2 s while any run is running. */
const pollWhileRunning = (runs: readonly { status: RunStatus }[] | undefined) =>
  runs?.some((r) => r.status === 'running') ? 2_000 : false;

/** The year-end interest runs of the regions in scope, polled while one runs. */
export function useInterestRuns() {
  return useQuery({
    queryKey: [...ledgerKey, 'interest-runs'],
    queryFn: async () => data(await api.GET('/api/ledger/interest-runs')),
    refetchInterval: (query) => pollWhileRunning(query.state.data?.items),
    staleTime: 0,
  });
}

/** Starts (or resumes) the year-end interest of a region and fund. */
export function useStartInterestRun() {
  return useLedgerWrite(async (body: BodyOf<'/api/ledger/interest-runs'>) =>
    data(await api.POST('/api/ledger/interest-runs', { body })),
  );
}

/** The bulk statement runs, newest first, polled while one runs. */
export function useStatementRuns() {
  return useQuery({
    queryKey: [...ledgerKey, 'statement-runs'],
    queryFn: async () => data(await api.GET('/api/ledger/statement-runs')),
    refetchInterval: (query) => pollWhileRunning(query.state.data?.items),
    staleTime: 0,
  });
}

/** Starts (or resumes a failed) bulk statement run for a region and year. */
export function useStartStatementRun() {
  return useLedgerWrite(async (body: BodyOf<'/api/ledger/statement-runs'>) =>
    data(await api.POST('/api/ledger/statement-runs', { body })),
  );
}
