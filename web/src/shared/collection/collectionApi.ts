/**
 * The staff side of the collection API (`/api/collection/*`, behind `collection.*`). Every write
 * refreshes the whole module's queries: a payment changes bills, arrears, credit and summaries.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type QueryValue } from '../../api/client.ts';
import type {
  ArrearsView,
  BackPayment,
  Bill,
  Credit,
  Declaration,
  Deferral,
  EmployerCollectionSummary,
  EnforcementStep,
  EnforcementStepKind,
  MonthClose,
  Payer,
  Payment,
  NoticeStatus,
  PaymentFile,
  PaymentNotice,
  PaymentOrder,
  Refund,
} from './collectionTypes.ts';

export const collectionBase = '/api/collection';
export const collectionKey = ['collection'] as const;

/** A list answer, whether the server sends an array, `{items}` or `{items, total}`. */
export function listOf<T>(answer: T[] | { items: T[] } | null | undefined): T[] {
  if (!answer) return [];
  return Array.isArray(answer) ? answer : (answer.items ?? []);
}

type ListAnswer<T> = T[] | { items: T[]; total?: number };

function useList<T>(path: string, query: Record<string, QueryValue> = {}, enabled = true) {
  return useQuery({
    queryKey: [...collectionKey, path, query],
    queryFn: () => http.get<ListAnswer<T>>(`${collectionBase}${path}`, query),
    select: (answer) => listOf(answer),
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
export function payerQuery(payer: Payer | null | undefined): Record<string, QueryValue> {
  if (!payer) return {};
  return payer.kind === 'employer' ? { employerId: payer.employerId } : { personId: payer.personId };
}

// ---- declarations (part A)

/** A window declaration: an employer's lines (full citizen IDs) or a flexible worker's base. */
export type DeclareBody =
  | { employerId: number; period: string; kind?: 'monthly' | 'annual_base'; lines: DeclareLine[] }
  | { personId: number; period: string; base: string };

export interface DeclareLine {
  citizenId: string;
  wage: string;
}

/** A payer's declarations (the server asks for the payer). */
export const useDeclarations = (filter: { payer?: Payer | null; period?: string }) =>
  useList<Declaration>('/declarations', { ...payerQuery(filter.payer), period: filter.period }, Boolean(filter.payer));

export const useDeclaration = (id: number | null) =>
  useQuery({
    queryKey: [...collectionKey, 'declaration', id],
    queryFn: () => http.get<Declaration>(`${collectionBase}/declarations/${id}`),
    enabled: id !== null,
  });

export const useWindowDeclare = () =>
  useWrite((body: DeclareBody) => http.post<Declaration>(`${collectionBase}/declarations`, body));

// ---- bills, payments, credit, refunds, payment files (part B)

export interface BillFilter {
  payer?: Payer | null;
  period?: string;
  status?: 'open' | 'paid' | 'cancelled';
}

export const useBills = (filter: BillFilter, enabled = true) =>
  useList<Bill>('/bills', { ...payerQuery(filter.payer), period: filter.period, status: filter.status }, enabled);

export const useBill = (id: number | null) =>
  useQuery({
    queryKey: [...collectionKey, 'bill', id],
    queryFn: () => http.get<Bill>(`${collectionBase}/bills/${id}`),
    enabled: id !== null,
    staleTime: 0,
  });

export const usePayments = (filter: { payer?: Payer | null; from?: string; to?: string }, enabled = true) =>
  useList<Payment>('/payments', { ...payerQuery(filter.payer), from: filter.from, to: filter.to }, enabled);

export interface PaymentBody {
  payer: Payer;
  amount: string;
  receivedOn: string;
  reference: string;
  billIds?: number[];
}

export const useRecordPayment = () =>
  useWrite((body: PaymentBody) => http.post<Payment>(`${collectionBase}/payments`, body));

/** Payment notices of employers in the subtree (newest first, the first 100). */
export const usePaymentNotices = (status?: NoticeStatus) =>
  useList<PaymentNotice>('/payment-notices', { status, pageSize: 100 });

export const useMatchNotice = () =>
  useWrite((v: { id: number; paymentNo: string; note?: string }) =>
    http.post<PaymentNotice>(`${collectionBase}/payment-notices/${v.id}/match`, {
      paymentNo: v.paymentNo,
      ...(v.note ? { note: v.note } : {}),
    }),
  );

export const useDismissNotice = () =>
  useWrite((v: { id: number; note: string }) =>
    http.post<PaymentNotice>(`${collectionBase}/payment-notices/${v.id}/dismiss`, { note: v.note }),
  );

/** A payer's credit balance: an employer's from its summary (there is no staff credit route for persons yet). */
export const useCredit = (payer: Payer | null) =>
  useQuery({
    queryKey: [...collectionKey, 'employer-summary', payer?.kind === 'employer' ? payer.employerId : null],
    queryFn: () =>
      http.get<EmployerCollectionSummary>(
        `${collectionBase}/employers/${payer?.kind === 'employer' ? payer.employerId : 0}/summary`,
      ),
    select: (summary): Credit => ({ balance: summary.credit }),
    enabled: payer?.kind === 'employer',
    staleTime: 0,
  });

export const usePaymentFiles = () => useList<PaymentFile>('/payment-files');

export const usePaymentFile = (id: number | null) =>
  useQuery({
    queryKey: [...collectionKey, 'payment-file', id],
    queryFn: () => http.get<PaymentFile>(`${collectionBase}/payment-files/${id}`),
    enabled: id !== null,
  });

export const paymentFileUploadPath = `${collectionBase}/payment-files`;

export const useRefunds = (status?: string) => useList<Refund>('/refunds', { status });

export const useProposeRefund = () =>
  useWrite((body: { payer: Payer; amount: string; reason: string }) =>
    http.post<Refund>(`${collectionBase}/refunds`, body),
  );

export const useDecideRefund = () =>
  useWrite((v: { id: number; decision: 'approve' | 'reject'; note?: string }) =>
    http.post<Refund>(`${collectionBase}/refunds/${v.id}/${v.decision}`, v.note ? { note: v.note } : {}),
  );

// ---- arrears, orders, deferrals, enforcement, back payments (part C)

export const useArrears = () =>
  useQuery({
    queryKey: [...collectionKey, 'arrears'],
    queryFn: () => http.get<ArrearsView>(`${collectionBase}/arrears`),
    staleTime: 0,
  });

export const usePaymentOrders = (payer?: Payer | null) => useList<PaymentOrder>('/payment-orders', payerQuery(payer));

export const useIssueOrder = () =>
  useWrite((body: ({ employerId: number } | { personId: number }) & { payBy: string }) =>
    http.post<PaymentOrder>(`${collectionBase}/payment-orders`, body),
  );

export const orderPdfHref = (id: number) => `${collectionBase}/payment-orders/${id}/pdf`;

export const useEnforcementSteps = (employerId?: number | null) =>
  useList<EnforcementStep>('/enforcement-steps', { employerId: employerId ?? undefined });

export const useRecordStep = () =>
  useWrite(
    (body: {
      employerId: number;
      step: EnforcementStepKind;
      takenOn: string;
      note: string;
      documentNo?: string;
      paymentOrderId?: number;
    }) => http.post<EnforcementStep>(`${collectionBase}/enforcement-steps`, body),
  );

export const useDeferrals = () => useList<Deferral>('/deferrals');

export const useProposeDeferral = () =>
  useWrite(
    (body: {
      employerId: number;
      fromPeriod: string;
      toPeriod: string;
      payBy: string;
      guarantee?: string;
      note?: string;
    }) => http.post<Deferral>(`${collectionBase}/deferrals`, body),
  );

export const useDecideDeferral = () =>
  useWrite((v: { id: number; decision: 'approve' | 'reject'; note?: string }) =>
    http.post<Deferral>(`${collectionBase}/deferrals/${v.id}/${v.decision}`, v.note ? { note: v.note } : {}),
  );

export const useBackPayments = () => useList<BackPayment>('/back-payments');

export interface BackPaymentBody {
  kind: 'back_payment' | 'extension';
  employerId?: number;
  personId: number;
  fromPeriod: string;
  toPeriod: string;
  wage: string;
  schemes: string[];
  employerAtFault: boolean;
  reason: string;
  caseNumber?: string;
}

export const useProposeBackPayment = () =>
  useWrite((body: BackPaymentBody) => http.post<BackPayment>(`${collectionBase}/back-payments`, body));

export const useDecideBackPayment = () =>
  useWrite((v: { id: number; decision: 'approve' | 'reject'; note?: string }) =>
    http.post<BackPayment>(`${collectionBase}/back-payments/${v.id}/${v.decision}`, v.note ? { note: v.note } : {}),
  );

// ---- month close (part D)

export const useMonthCloses = () => useList<MonthClose>('/month-closes');

export const useMonthClose = (id: number | null, poll: boolean) =>
  useQuery({
    queryKey: [...collectionKey, 'month-close', id],
    queryFn: () => http.get<MonthClose>(`${collectionBase}/month-closes/${id}`),
    enabled: id !== null,
    refetchInterval: poll ? 1000 : false,
    staleTime: 0,
  });

export const useStartMonthClose = () =>
  useWrite((body: { period: string; region: string }) => http.post<MonthClose>(`${collectionBase}/month-closes`, body));

// ---- the employer 360 view

export const useEmployerSummary = (employerId: number) =>
  useQuery({
    queryKey: [...collectionKey, 'employer-summary', employerId],
    queryFn: () => http.get<EmployerCollectionSummary>(`${collectionBase}/employers/${employerId}/summary`),
    staleTime: 0,
  });
