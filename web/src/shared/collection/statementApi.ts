/**
 * The statement (对账单) of one payer and one period, as the server computes it
 * (`GET …/statements/:period`), and the staff hooks of the employer 360 view. Money as decimal strings.
 */
import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import { collectionBase, collectionKey, listOf } from './collectionApi.ts';
import type { BillStatus } from './collectionTypes.ts';

/** One fund's row (or the 合计 row, scheme 'total'). */
export interface StatementFund {
  scheme: string;
  employer: string;
  employee: string;
  due: string;
  paid: string;
  open: string;
  lateFee: string;
  lateFeePaid: string;
  lateFeeOpen: string;
}

export interface PeriodStatement {
  period: string;
  payer: { kind: 'employer' | 'flexible'; employerId?: number; personId?: number; name: string; code: string };
  basis: string | null;
  declarations: Array<{
    id: number;
    declarationNo: string;
    kind: string;
    revision: number;
    status: string;
    channel: string;
    headcount: number;
    wageTotal: string;
    submittedAt: string;
  }>;
  funds: StatementFund[];
  totals: StatementFund & { received: string };
  bills: Array<{
    id: number;
    billNo: string;
    kind: string;
    basis: string;
    status: BillStatus;
    total: string;
    paid: string;
    open: string;
    dueOn: string;
    issuedAt: string;
  }>;
  payments: Array<{
    paymentId: number | null;
    paymentNo: string | null;
    creditId: number | null;
    receivedOn: string;
    channel: string;
    contribution: string;
    lateFee: string;
    amount: string;
  }>;
  credit: { asOf: string; balance: string };
}

/** The periods an employer has a statement for, newest first. */
export const useEmployerStatementPeriods = (employerId: number) =>
  useQuery({
    queryKey: [...collectionKey, 'statement-periods', employerId],
    queryFn: () => http.get<{ items: string[] }>(`${collectionBase}/employers/${employerId}/statement-periods`),
    select: (answer) => listOf(answer),
    staleTime: 0,
  });

/** An employer's statement of one period (none asked while the period is null). */
export const useEmployerStatement = (employerId: number, period: string | null) =>
  useQuery({
    queryKey: [...collectionKey, 'statement', employerId, period],
    queryFn: () => http.get<PeriodStatement>(`${collectionBase}/employers/${employerId}/statements/${period}`),
    enabled: period !== null,
    retry: false,
    staleTime: 0,
  });
