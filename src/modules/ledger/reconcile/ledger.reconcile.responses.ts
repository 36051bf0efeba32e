/**
 * What the reconciliation and fund-figure routes answer (ledger.reconcile.routes.ts): runs with
 * their counts per check and a page of differences, the fund flows of a year, the fund summary.
 */
import { z } from 'zod';
import { calendarDay, instant, listOf, money, period, recordId } from '../../../http/response-pieces.ts';
import { FUNDS } from '../ledger.model.ts';
import { RECONCILE_CHECKS, RECONCILE_TRIGGERS } from './ledger.reconcile.ts';

const count = z.number().int().nonnegative();
const fund = z.enum(FUNDS);

/** A reconciliation run: when, how started, and per check what it compared and how many differ. */
export const reconcileRunView = z
  .object({
    id: recordId,
    trigger: z.enum(RECONCILE_TRIGGERS),
    startedAt: instant,
    finishedAt: instant.nullable(),
    ok: z.boolean().nullable().describe('True when no check found a difference; null while running'),
    checks: z
      .partialRecord(z.enum(RECONCILE_CHECKS), z.object({ checked: count, differences: count }))
      .describe('Per check run: what it compared and how many of those differ (all, not only those listed)'),
  })
  .meta({ id: 'LedgerReconcileRun' });

/** `GET /api/ledger/reconcile-runs`. */
export const reconcileRunsAnswer = z.object({ total: count, items: listOf(reconcileRunView) });

/** One difference a run found, named for the viewer. */
const differenceView = z
  .object({
    seq: recordId,
    kind: z.enum(RECONCILE_CHECKS),
    accountId: recordId.nullable(),
    accountCode: z.string().nullable(),
    accountNameZh: z.string().nullable(),
    accountNameEn: z.string().nullable(),
    personId: recordId.nullable(),
    personName: z
      .string()
      .nullable()
      .describe('Masked (张*三); null without a person or when the viewer may not see them'),
    fund: z.string().nullable(),
    entryId: recordId.nullable(),
    batchNo: recordId.nullable(),
    billId: recordId.nullable(),
    paymentId: recordId.nullable(),
    employerId: recordId.nullable(),
    expected: money.nullable(),
    actual: money.nullable(),
    detail: z.string(),
  })
  .meta({ id: 'LedgerReconcileDifference' });

/** `GET /api/ledger/reconcile-runs/{id}`: the run and a page of its differences. */
export const reconcileRunAnswer = reconcileRunView.extend({
  differences: z.object({ total: count, items: listOf(differenceView) }),
});

/** One month of one fund's flows. */
const flowMonth = z
  .object({
    period,
    fund,
    contributions: money.describe('Received: the pooled part plus the account credits'),
    accountCredits: money.describe('Credited to individual accounts from contributions'),
    interest: money.describe('Interest credited to individual accounts'),
    benefits: money.describe('Benefits paid'),
    transfers: money.describe('Net transfers of individual accounts: in positive, out negative'),
  })
  .meta({ id: 'LedgerFlowMonth' });

/** `GET /api/ledger/flows`. */
export const flowsAnswer = z.object({
  region: z.string().optional().describe('The region asked for; absent for every region'),
  year: z.number().int(),
  months: listOf(flowMonth).describe('Every month and fund of the year, zeros included'),
});

/** One fund's balances as of a day, each in its account's normal direction. */
const fundSummary = z
  .object({
    fund,
    pooled: money.describe('Pooled fund with the year’s unclosed income less expenditure and interest'),
    individual: money,
    bank: money.describe('收入户 + 支出户 + 财政专户'),
    receivable: money.describe('What open bills owe, less the payers’ credit'),
    employerReceivable: money,
    personReceivable: money,
    accounts: count.describe('Individual accounts of the fund in the region'),
  })
  .meta({ id: 'LedgerFundSummary' });

/** `GET /api/ledger/summary`. */
export const summaryAnswer = z.object({
  region: z.string().nullable(),
  asOf: calendarDay,
  funds: listOf(fundSummary),
});
