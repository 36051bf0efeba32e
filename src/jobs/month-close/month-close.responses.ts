/** What the month-close routes answer (collection.month-close.routes.ts): a close with its progress and report. */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, period, recordId } from '../../http/response-pieces.ts';
import { MONTH_CLOSE_STEPS } from './month-close.ts';
import { COLLECTION_SCHEMES } from '../../modules/collection/index.ts';

const count = z.number().int().nonnegative();

/** One fund's line of the collection report, or the total over the funds. */
const fundReport = z
  .object({
    fund: z.enum([...COLLECTION_SCHEMES, 'total']),
    due: money.describe('What the period’s regular bills made due'),
    collected: money,
    arrears: money.describe('due − collected'),
    rate: z
      .string()
      .nullable()
      .describe('collected ÷ due, four decimals rounded half-up ("0.9750"); null when nothing was due'),
    lines: count,
    paidLines: count,
  })
  .meta({ id: 'CollectionMonthCloseFund' });

/** The collection report (征缴报表) of a region and period, made by the close's report step. */
const monthCloseReport = z
  .object({
    region: z.string(),
    period,
    asOf: calendarDay,
    payers: count,
    bills: count,
    billsPaid: count,
    funds: listOf(fundReport).describe('Every fund, zero when it had no lines'),
    total: fundReport,
  })
  .meta({ id: 'CollectionMonthCloseReport' });

/** A month close (月结) of a region and period: its step, progress, counts and, once made, the report. */
export const monthCloseView = z
  .object({
    id: recordId,
    region: z.string().describe('The pooling region code (GB/T 2260)'),
    period,
    status: z.enum(['running', 'completed', 'failed']),
    step: z.enum(MONTH_CLOSE_STEPS).describe('The step running or next to run; done once completed'),
    payersTotal: count,
    payersDone: count,
    counts: z.record(z.string(), z.number().int()).describe('What each step did so far, by name'),
    asOf: calendarDay.describe('The China date the close started on (kept across reruns)'),
    report: monthCloseReport.nullable(),
    error: z.string().nullable().describe('Why the last attempt failed (rerun to continue)'),
    startedBy: z.string().describe("'staff:<id>', 'cli:<user>' …"),
    startedAt: instantText,
    updatedAt: instantText,
    finishedAt: instantText.nullable(),
  })
  .meta({ id: 'CollectionMonthClose' });

/** `GET /api/collection/month-closes`. */
export const monthClosesAnswer = z.object({ items: listOf(monthCloseView) });
