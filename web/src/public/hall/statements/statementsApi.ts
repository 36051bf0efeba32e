import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, http } from '../../../api/client.ts';
import { getLanguage, translate } from '../../../i18n/index.ts';

export type Scheme = 'pension' | 'medical' | 'unemployment' | 'work_injury';
export const SCHEMES: readonly Scheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];

export interface IssuedStatement {
  statementNo: string;
  year: number;
  verificationCode: string;
  contentHash: string;
  closing: string;
  issuedAt: string;
  issuedBy: string;
}

export interface MyStatements {
  years: Array<{ year: number; closed: boolean }>;
  statements: IssuedStatement[];
}

export type AccessLabel =
  | 'viewed_record'
  | 'viewed_history'
  | 'viewed_rights'
  | 'revealed_data'
  | 'changed_record'
  | 'printed_statement'
  | 'issued_certificate'
  | 'found_in_search'
  | 'viewed_contributions'
  | 'viewed_case'
  | 'handled_case'
  | 'other';

export interface AccessEntry {
  at: string;
  staffName: string;
  agencyName: string | null;
  action: string;
  labelKey: AccessLabel;
}

export interface AccessLogPage {
  total: number;
  page: number;
  pageSize: number;
  items: AccessEntry[];
}

export interface DiscrepancyBody {
  year?: number;
  period?: string;
  scheme?: Scheme;
  description: string;
}

/** A part of a statement the check names when its content, rendered again, differs. */
export type StatementPart = 'header' | 'holder' | 'months' | 'accounts' | 'cumulativeMonths';

export interface StatementCheck {
  status: 'valid';
  statementNo: string;
  year: number;
  issuedAt: string;
  holder: string;
  /** The statement rendered again as known when issued, against the digest kept at issue. */
  content: 'identical' | 'different';
  differences: StatementPart[];
}

const base = '/api/hall/person';
const statementsKey = ['hall-statements', 'list'] as const;
const accessKey = ['hall-statements', 'access-log'] as const;

/** Where the hall serves the person's statement of a year. */
export const statementPdfHref = (year: number) => `${base}/statements/${year}/pdf`;

export function useMyStatements() {
  return useQuery({
    queryKey: statementsKey,
    queryFn: () => http.get<MyStatements>(`${base}/statements`),
    staleTime: 0,
  });
}

export function useAccessLog(page: number) {
  return useQuery({
    queryKey: [...accessKey, page],
    queryFn: () => http.get<AccessLogPage>(`${base}/access-log`, { page }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRaiseDiscrepancy() {
  return useMutation({
    mutationFn: (body: DiscrepancyBody) => http.post<{ caseNumber: string }>(`${base}/rights/discrepancies`, body),
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
      const response = await fetch(statementPdfHref(year), {
        credentials: 'same-origin',
        headers: { 'Accept-Language': getLanguage() },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
        throw new ApiError(
          response.status,
          body?.code ?? `http_${response.status}`,
          body?.message ?? translate(getLanguage(), 'error.http', { status: response.status }),
          null,
        );
      }
      const no = response.headers.get('x-statement-no') ?? String(year);
      const url = URL.createObjectURL(await response.blob());
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
    mutationFn: (v: { no: string; code: string }) =>
      http.get<StatementCheck>('/api/public/statements/check', { no: v.no, code: v.code }),
  });
}
