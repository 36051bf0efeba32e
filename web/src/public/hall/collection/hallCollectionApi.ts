/**
 * The hall's side of collection: an employer's (or a flexible worker's) own declarations, bills,
 * payments, credit, arrears and statements. The server scopes every call to the logged-in payer.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../api/client.ts';
import type { PublicKind } from '../../../api/types.ts';
import { listOf } from '../../../shared/collection/collectionApi.ts';
import type {
  ArrearsView,
  Bill,
  Credit,
  Declaration,
  NoticeBody,
  Payment,
  PaymentNotice,
} from '../../../shared/collection/collectionTypes.ts';
import type { PeriodStatement } from '../../../shared/collection/statementApi.ts';

export const hallCollectionKey = ['hall-collection'] as const;

/** `/api/hall/employer` or `/api/hall/person`: the payer's own collection routes. */
export const hallBase = (kind: PublicKind) => (kind === 'employer' ? '/api/hall/employer' : '/api/hall/person');

type ListAnswer<T> = T[] | { items: T[] };

function useHallList<T>(kind: PublicKind, path: string, enabled = true) {
  return useQuery({
    queryKey: [...hallCollectionKey, kind, path],
    queryFn: () => http.get<ListAnswer<T>>(`${hallBase(kind)}${path}`),
    select: (answer) => listOf(answer),
    enabled,
    staleTime: 0,
  });
}

export const useHallDeclarations = (kind: PublicKind) => useHallList<Declaration>(kind, '/declarations');

export const useHallDeclaration = (kind: PublicKind, id: number | null) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'declaration', id],
    queryFn: () => http.get<Declaration>(`${hallBase(kind)}/declarations/${id}`),
    enabled: id !== null,
  });

export function useHallDeclare(kind: PublicKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      body: { period: string; lines: Array<{ citizenId: string; wage: string }> } | { period: string; base: string },
    ) => http.post<Declaration>(`${hallBase(kind)}/declarations`, body),
    onSettled: () => client.invalidateQueries({ queryKey: hallCollectionKey }),
  });
}

/** Where the employer's spreadsheet goes (multipart "file", the period in the query). */
export const hallDeclarationUploadPath = '/api/hall/employer/declarations/upload';

export const useHallBills = (kind: PublicKind) => useHallList<Bill>(kind, '/bills');

export const useHallBill = (kind: PublicKind, id: number | null) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'bill', id],
    queryFn: () => http.get<Bill>(`${hallBase(kind)}/bills/${id}`),
    enabled: id !== null,
    staleTime: 0,
  });

export const useHallPayments = (kind: PublicKind) => useHallList<Payment>(kind, '/payments');

/** The employer's payment notices, newest first (the first 100). */
export const useHallNotices = () =>
  useQuery({
    queryKey: [...hallCollectionKey, 'employer', 'payment-notices'],
    queryFn: () => http.get<{ items: PaymentNotice[] }>('/api/hall/employer/payment-notices', { pageSize: 100 }),
    select: (answer) => listOf(answer),
    staleTime: 0,
  });

export function useSendNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeBody) => http.post<PaymentNotice>('/api/hall/employer/payment-notices', body),
    onSettled: () => client.invalidateQueries({ queryKey: hallCollectionKey }),
  });
}

export const useHallCredit = (kind: PublicKind) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'credit'],
    queryFn: () => http.get<Credit>(`${hallBase(kind)}/credit`),
    staleTime: 0,
  });

export const useHallArrears = (kind: PublicKind) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'arrears'],
    queryFn: () => http.get<ArrearsView>(`${hallBase(kind)}/arrears`),
    staleTime: 0,
  });

/** The periods the payer has a statement for, newest first. */
export const useHallStatementPeriods = (kind: PublicKind) => useHallList<string>(kind, '/statement-periods');

/** The payer's statement (对账单) of one period, computed by the server. */
export const useHallStatement = (kind: PublicKind, period: string | null) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'statement', period],
    queryFn: () => http.get<PeriodStatement>(`${hallBase(kind)}/statements/${period}`),
    enabled: period !== null,
    retry: false,
    staleTime: 0,
  });
