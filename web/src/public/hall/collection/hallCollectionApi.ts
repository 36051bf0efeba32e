/**
 * The hall's side of collection: an employer's (or a flexible worker's) own declarations, bills,
 * payments, credit, arrears and statements, through the typed client. The server scopes every call
 * to the logged-in payer; an employer has `/api/hall/employer/…`, a flexible worker
 * `/api/hall/person/…` (declarations, bills, arrears and statements only).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../../api/typed.ts';
import type { PublicKind } from '../../../api/types.ts';

export const hallCollectionKey = ['hall-collection'] as const;

/** An employer's declaration lines (full citizen IDs) or a flexible worker's base for a month. */
export type HallDeclareBody = BodyOf<'/api/hall/employer/declarations'> | BodyOf<'/api/hall/person/declarations'>;

/** What an employer tells the agency it paid at the bank (缴款通知). */
export type NoticeBody = BodyOf<'/api/hall/employer/payment-notices'>;

function useHallQuery<T>(kind: PublicKind, key: readonly unknown[], fetch: () => Promise<T>, enabled = true) {
  return useQuery({ queryKey: [...hallCollectionKey, kind, ...key], queryFn: fetch, enabled, staleTime: 0 });
}

function useHallWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: hallCollectionKey }),
  });
}

export const useHallDeclarations = (kind: PublicKind) =>
  useHallQuery(kind, ['declarations'], async () =>
    kind === 'employer'
      ? data(await api.GET('/api/hall/employer/declarations')).items
      : data(await api.GET('/api/hall/person/declarations')).items,
  );

/** Declares for the payer: the body must be the one of its kind (lines for an employer, a base for a person). */
export const useHallDeclare = () =>
  useHallWrite(async (body: HallDeclareBody) =>
    'lines' in body
      ? data(await api.POST('/api/hall/employer/declarations', { body }))
      : data(await api.POST('/api/hall/person/declarations', { body })),
  );

/** Where the employer's spreadsheet goes (multipart "file", the period in the query). */
export const hallDeclarationUploadPath = '/api/hall/employer/declarations/upload';

export const useHallBills = (kind: PublicKind) =>
  useHallQuery(kind, ['bills'], async () =>
    kind === 'employer'
      ? data(await api.GET('/api/hall/employer/bills')).items
      : data(await api.GET('/api/hall/person/bills')).items,
  );

export const useHallBill = (kind: PublicKind, id: number | null) =>
  useHallQuery(
    kind,
    ['bill', id],
    async () => {
      const init = { params: { path: { id: id! } } };
      return kind === 'employer'
        ? data(await api.GET('/api/hall/employer/bills/{id}', init))
        : data(await api.GET('/api/hall/person/bills/{id}', init));
    },
    id !== null,
  );

/** The employer's payments (a flexible worker's are on the rights record). */
export const useHallPayments = () =>
  useHallQuery('employer', ['payments'], async () => data(await api.GET('/api/hall/employer/payments')).items);

/** The employer's payment notices, newest first (the first 100). */
export const useHallNotices = () =>
  useHallQuery('employer', ['payment-notices'], async () => {
    const query = { pageSize: 100 };
    return data(await api.GET('/api/hall/employer/payment-notices', { params: { query } })).items;
  });

export const useSendNotice = () =>
  useHallWrite(async (body: NoticeBody) => data(await api.POST('/api/hall/employer/payment-notices', { body })));

/** The employer's credit (预缴/溢缴) balance. */
export const useHallCredit = () =>
  useHallQuery('employer', ['credit'], async () => data(await api.GET('/api/hall/employer/credit')).credit);

export const useHallArrears = (kind: PublicKind) =>
  useHallQuery(kind, ['arrears'], async () =>
    kind === 'employer'
      ? data(await api.GET('/api/hall/employer/arrears'))
      : data(await api.GET('/api/hall/person/arrears')),
  );

/** The periods the payer has a statement for, newest first. */
export const useHallStatementPeriods = (kind: PublicKind) =>
  useHallQuery(kind, ['statement-periods'], async () =>
    kind === 'employer'
      ? data(await api.GET('/api/hall/employer/statement-periods')).items
      : data(await api.GET('/api/hall/person/statement-periods')).items,
  );

/** The payer's statement (对账单) of one period, computed by the server. */
export const useHallStatement = (kind: PublicKind, period: string | null) =>
  useQuery({
    queryKey: [...hallCollectionKey, kind, 'statement', period],
    queryFn: async () => {
      const init = { params: { path: { period: period! } } };
      return kind === 'employer'
        ? data(await api.GET('/api/hall/employer/statements/{period}', init))
        : data(await api.GET('/api/hall/person/statements/{period}', init));
    },
    enabled: period !== null,
    retry: false,
    staleTime: 0,
  });
