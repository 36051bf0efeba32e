import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, type QueryOf, type Schema, api, data } from '../../../api/typed.ts';

/** A statement issued to the person: its number, verification code, digest and closing balance. */
export type IssuedStatement = Schema<'LedgerStatement'>;
/** A read of the person's record by staff, as the hall shows it. */
export type AccessEntry = Schema<'LedgerAccessLog'>['items'][number];
/** A doubt about the rights record: a year, a month or a scheme if it concerns one, and what is wrong. */
export type DiscrepancyBody = BodyOf<'/api/hall/person/rights/discrepancies'>;
export { SCHEMES, type Scheme } from '../../../shared/rights/rightsTypes.ts';
/** A statement checked by number and code: rendered again as known when issued, against its digest. */
export type StatementCheck = Schema<'LedgerStatementCheck'>;
const statementsKey = ['hall-statements', 'list'] as const;
const accessKey = ['hall-statements', 'access-log'] as const;

/** My years with rights records and my issued statements. */
export function useMyStatements() {
  return useQuery({
    queryKey: statementsKey,
    queryFn: async () => data(await api.GET('/api/hall/person/statements')),
    staleTime: 0,
  });
}

/** A page of the staff reads of my record. */
export function useAccessLog(page: number) {
  return useQuery({
    queryKey: [...accessKey, page],
    queryFn: async () => data(await api.GET('/api/hall/person/access-log', { params: { query: { page } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Raises a doubt about my rights record; the answer names the service-desk case it opened. */
export function useRaiseDiscrepancy() {
  return useMutation({
    mutationFn: async (body: DiscrepancyBody) =>
      data(await api.POST('/api/hall/person/rights/discrepancies', { body })),
  });
}

/**
 * Fetches the statement PDF (issuing it when the year has none with this content), saves it under
 * its file name, and refreshes the list of issued statements. Answers the statement number.
 */
export function useDownloadStatement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (year: number) => {
      const result = await api.GET('/api/hall/person/statements/{year}/pdf', {
        params: { path: { year } },
        parseAs: 'blob',
      });
      const pdf = data(result);
      const no = result.response.headers.get('x-statement-no') ?? String(year);
      const url = URL.createObjectURL(pdf);
      const link = document.createElement('a');
      link.href = url;
      link.download = `个人权益记录单-${no}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { year, statementNo: no };
    },
    onSuccess: () => client.invalidateQueries({ queryKey: statementsKey }),
  });
}

/** Checks a statement by number and code; an unknown pair and a wrong code answer alike (404). */
export function useCheckStatement() {
  return useMutation({
    mutationFn: async (query: QueryOf<'/api/public/statements/check'>) =>
      data(await api.GET('/api/public/statements/check', { params: { query } })),
  });
}
