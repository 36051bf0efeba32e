/**
 * The staff side of the collection API (`/api/collection/*`, behind `collection.*`), through the
 * typed client. Every write refreshes the whole module's queries: a payment changes bills, arrears,
 * credit and summaries.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, type QueryOf, api, data } from '../../api/typed.ts';
import type { NoticeStatus, Payer } from './collectionTypes.ts';

export const collectionKey = ['collection'] as const;

/** A list of the module, kept on screen while a new filter loads. */
function useList<T>(key: readonly unknown[], fetch: () => Promise<T[]>, enabled = true) {
  return useQuery({
    queryKey: [...collectionKey, ...key],
    queryFn: fetch,
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: collectionKey }),
  });
}

/** The query a payer filter adds. */
export function payerQuery(payer: Payer | null | undefined): { employerId?: number; personId?: number } {
  if (!payer) return {};
  return payer.kind === 'employer' ? { employerId: payer.employerId } : { personId: payer.personId };
}

/** A four-eyes decision on a proposal (refund, deferral, back payment), with an optional note. */
export interface Decision {
  id: number;
  decision: 'approve' | 'reject';
  note?: string;
}

const decisionInit = ({ id, note }: Decision) => ({ params: { path: { id } }, body: note ? { note } : {} });

// ---- declarations (part A)

/** A window declaration: an employer's lines (full citizen IDs) or a flexible worker's base. */
export type DeclareBody = BodyOf<'/api/collection/declarations'>;

/** A payer's declarations (the server asks for the payer). */
export const useDeclarations = (filter: { payer?: Payer | null; period?: string }) => {
  const query = { ...payerQuery(filter.payer), period: filter.period };
  return useList(
    ['/declarations', query],
    async () => data(await api.GET('/api/collection/declarations', { params: { query } })).items,
    Boolean(filter.payer),
  );
};

export const useWindowDeclare = () =>
  useWrite(async (body: DeclareBody) => data(await api.POST('/api/collection/declarations', { body })));

// ---- bills, payments, credit, refunds, payment files (part B)

export interface BillFilter {
  payer?: Payer | null;
  period?: string;
  status?: QueryOf<'/api/collection/bills'>['status'];
}

export const useBills = (filter: BillFilter, enabled = true) => {
  const query = { ...payerQuery(filter.payer), period: filter.period, status: filter.status };
  return useList(
    ['/bills', query],
    async () => data(await api.GET('/api/collection/bills', { params: { query } })).items,
    enabled,
  );
};

export const useBill = (id: number | null) =>
  useQuery({
    queryKey: [...collectionKey, 'bill', id],
    queryFn: async () => data(await api.GET('/api/collection/bills/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 0,
  });

export const usePayments = (filter: { payer?: Payer | null }, enabled = true) => {
  const query = payerQuery(filter.payer);
  return useList(
    ['/payments', query],
    async () => data(await api.GET('/api/collection/payments', { params: { query } })).items,
    enabled,
  );
};

export type PaymentBody = BodyOf<'/api/collection/payments'>;

export const useRecordPayment = () =>
  useWrite(async (body: PaymentBody) => data(await api.POST('/api/collection/payments', { body })));

/** Payment notices of employers in the subtree (newest first, the first 100). */
export const usePaymentNotices = (status?: NoticeStatus) =>
  useList(['/payment-notices', status], async () => {
    const query = { status, pageSize: 100 };
    return data(await api.GET('/api/collection/payment-notices', { params: { query } })).items;
  });

export const useMatchNotice = () =>
  useWrite(async ({ id, paymentNo, note }: { id: number; paymentNo: string; note?: string }) =>
    data(
      await api.POST('/api/collection/payment-notices/{id}/match', {
        params: { path: { id } },
        body: { paymentNo, ...(note ? { note } : {}) },
      }),
    ),
  );

export const useDismissNotice = () =>
  useWrite(async ({ id, note }: { id: number; note: string }) =>
    data(await api.POST('/api/collection/payment-notices/{id}/dismiss', { params: { path: { id } }, body: { note } })),
  );

/** A payer's credit balance: an employer's from its summary (there is no staff credit route for persons yet). */
export const useCredit = (payer: Payer | null) => {
  const employerId = payer?.kind === 'employer' ? payer.employerId : null;
  return useQuery({
    queryKey: [...collectionKey, 'employer-summary', employerId],
    queryFn: async () =>
      data(await api.GET('/api/collection/employers/{id}/summary', { params: { path: { id: employerId! } } })),
    select: (summary) => summary.credit,
    enabled: employerId !== null,
    staleTime: 0,
  });
};

export const usePaymentFiles = () =>
  useList(['/payment-files'], async () => data(await api.GET('/api/collection/payment-files')).items);

/** Where a bank or tax payment file goes (multipart "file", the source in the query). */
export const paymentFileUploadPath = '/api/collection/payment-files';

export const useRefunds = (status?: QueryOf<'/api/collection/refunds'>['status']) =>
  useList(
    ['/refunds', status],
    async () => data(await api.GET('/api/collection/refunds', { params: { query: { status } } })).items,
  );

export const useProposeRefund = () =>
  useWrite(async (body: BodyOf<'/api/collection/refunds'>) =>
    data(await api.POST('/api/collection/refunds', { body })),
  );

export const useDecideRefund = () =>
  useWrite(async (v: Decision) =>
    data(
      v.decision === 'approve'
        ? await api.POST('/api/collection/refunds/{id}/approve', decisionInit(v))
        : await api.POST('/api/collection/refunds/{id}/reject', decisionInit(v)),
    ),
  );

// ---- arrears, orders, deferrals, enforcement, back payments (part C)

export const useArrears = () =>
  useQuery({
    queryKey: [...collectionKey, 'arrears'],
    queryFn: async () => data(await api.GET('/api/collection/arrears')),
    staleTime: 0,
  });

export const usePaymentOrders = (payer?: Payer | null) => {
  const query = payerQuery(payer);
  return useList(['/payment-orders', query], async () =>
    data(await api.GET('/api/collection/payment-orders', { params: { query } })),
  );
};

export const useIssueOrder = () =>
  useWrite(async (body: BodyOf<'/api/collection/payment-orders'>) =>
    data(await api.POST('/api/collection/payment-orders', { body })),
  );

/** Where a payment order is printed (社会保险费催缴通知书, a PDF the browser opens). */
export const orderPdfHref = (id: number) => `/api/collection/payment-orders/${id}/pdf`;

export const useEnforcementSteps = (employerId?: number | null) => {
  const query = { employerId: employerId ?? undefined };
  return useList(['/enforcement-steps', query], async () =>
    data(await api.GET('/api/collection/enforcement-steps', { params: { query } })),
  );
};

export const useRecordStep = () =>
  useWrite(async (body: BodyOf<'/api/collection/enforcement-steps'>) =>
    data(await api.POST('/api/collection/enforcement-steps', { body })),
  );

export const useDeferrals = () => useList(['/deferrals'], async () => data(await api.GET('/api/collection/deferrals')));

export const useProposeDeferral = () =>
  useWrite(async (body: BodyOf<'/api/collection/deferrals'>) =>
    data(await api.POST('/api/collection/deferrals', { body })),
  );

export const useDecideDeferral = () =>
  useWrite(async (v: Decision) =>
    data(
      v.decision === 'approve'
        ? await api.POST('/api/collection/deferrals/{id}/approve', decisionInit(v))
        : await api.POST('/api/collection/deferrals/{id}/reject', decisionInit(v)),
    ),
  );

export const useBackPayments = () =>
  useList(['/back-payments'], async () => data(await api.GET('/api/collection/back-payments')));

export type BackPaymentBody = BodyOf<'/api/collection/back-payments'>;

export const useProposeBackPayment = () =>
  useWrite(async (body: BackPaymentBody) => data(await api.POST('/api/collection/back-payments', { body })));

export const useDecideBackPayment = () =>
  useWrite(async (v: Decision) =>
    data(
      v.decision === 'approve'
        ? await api.POST('/api/collection/back-payments/{id}/approve', decisionInit(v))
        : await api.POST('/api/collection/back-payments/{id}/reject', decisionInit(v)),
    ),
  );

// ---- month close (part D)

export const useMonthCloses = () =>
  useList(['/month-closes'], async () => data(await api.GET('/api/collection/month-closes')).items);

export const useMonthClose = (id: number | null, poll: boolean) =>
  useQuery({
    queryKey: [...collectionKey, 'month-close', id],
    queryFn: async () => data(await api.GET('/api/collection/month-closes/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: poll ? 1000 : false,
    staleTime: 0,
  });

export const useStartMonthClose = () =>
  useWrite(async (body: BodyOf<'/api/collection/month-closes'>) =>
    data(await api.POST('/api/collection/month-closes', { body })),
  );

// ---- the employer 360 view

export const useEmployerSummary = (employerId: number) =>
  useQuery({
    queryKey: [...collectionKey, 'employer-summary', employerId],
    queryFn: async () =>
      data(await api.GET('/api/collection/employers/{id}/summary', { params: { path: { id: employerId } } })),
    staleTime: 0,
  });
