import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerDigest,
  ledgerFingerprint,
  MC_PERIOD,
  MC_REGION,
  SMALL_REGION,
  smallRegion,
} from '../../../test/fixtures/collection/month-close.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { lastDayOf, type Period } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { closeMonth, type MonthCloseRequest } from './month-close.ts';
import type { MonthCloseReport } from './month-close.report.ts';
import { collectionSteps, type MonthCloseSteps } from './month-close.steps.ts';

/** The real steps of A, B and C. */
const steps: MonthCloseSteps = collectionSteps;

const request: MonthCloseRequest = {
  region: MC_REGION,
  period: MC_PERIOD,
  trigger: 'cli',
  startedBy: 'cli:test',
  chunkSize: 3,
  steps,
};

let a: TestContext;
let b: TestContext;

beforeAll(async () => {
  [a, b] = await Promise.all([testContext(), testContext()]);
  await smallRegion(a.ctx.db);
  await smallRegion(b.ctx.db);
}, 180_000);
afterAll(async () => {
  await a?.dispose();
  await b?.dispose();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  return 'none';
}

describe('closeMonth', () => {
  it('refuses a period not yet ended', async () => {
    expect(await refusal(closeMonth(a.ctx, { ...request, period: '202603' as Period }))).toBe(
      'collection_period_not_ended',
    );
    expect(await refusal(closeMonth(a.ctx, { ...request, period: '202604' as Period }))).toBe(
      'collection_period_not_ended',
    );
    expect(await a.ctx.db.selectFrom('month_closes').select('id').execute()).toEqual([]);
  });

  it('stops where a crash stops it and a rerun ends with the journal of an uninterrupted close', async () => {
    let chunks = 0;
    let crashed = 0;
    const crashedId = () => crashed;
    const crash = closeMonth(a.ctx, {
      ...request,
      afterCommit: (run) => {
        crashed = run.id;
        chunks += 1;
        if (chunks === 2) throw new Error('crash (test hook)');
      },
    });
    await expect(crash).rejects.toThrow('crash (test hook)');
    const failed = await a.ctx.db
      .selectFrom('month_closes')
      .selectAll()
      .where('id', '=', crashedId())
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'failed', step: 'payers', payers_done: 6, error: 'crash (test hook)' });

    const resumed = await closeMonth(a.ctx, request);
    const straight = await closeMonth(b.ctx, request);
    for (const run of [resumed, straight])
      expect(run).toMatchObject({ status: 'completed', step: 'done', payersTotal: 12, payersDone: 12 });
    expect(resumed.counts).toEqual(straight.counts);
    expect(resumed.report).toEqual(straight.report);
    const [left, right] = await Promise.all([ledgerFingerprint(a.ctx.db), ledgerFingerprint(b.ctx.db)]);
    expect(left.entries.length).toBeGreaterThan(0);
    expect(left).toEqual(right);
    // The bench's streamed digest (a full-size ledger does not fit in the heap as text) agrees.
    const [leftDigest, rightDigest] = await Promise.all([ledgerDigest(a.ctx.db), ledgerDigest(b.ctx.db)]);
    expect(leftDigest).toEqual(rightDigest);
    expect([leftDigest.entries.rows, leftDigest.lines.rows, leftDigest.records.rows]).toEqual([
      left.entries.length,
      left.lines.length,
      left.records.length,
    ]);
  });

  it('billed every payer once, paid the credit holders, rolled the rest into arrears and reported per fund', async () => {
    const db = b.ctx.db;
    const run = await db.selectFrom('month_closes').selectAll().executeTakeFirstOrThrow();
    const declaring = SMALL_REGION.employers - SMALL_REGION.employers / SMALL_REGION.undeclaredEvery;
    expect(run.counts).toMatchObject({
      declared: declaring + SMALL_REGION.flexible,
      undeclared: SMALL_REGION.employers / SMALL_REGION.undeclaredEvery,
      bills: SMALL_REGION.employers + SMALL_REGION.flexible,
      lines: SMALL_REGION.employers * SMALL_REGION.perEmployer * 4 + SMALL_REGION.flexible * 2,
      creditPayers: SMALL_REGION.employers / 2 + 1,
      declarationsClosed: declaring + SMALL_REGION.flexible,
    });
    const bills = await db
      .selectFrom('contribution_bills')
      .select(['status', 'basis', 'month_close_id'])
      .where('period', '=', MC_PERIOD)
      .execute();
    expect(bills).toHaveLength(12);
    expect(bills.every((x) => x.month_close_id === run.id)).toBe(true);
    expect(bills.filter((x) => x.status === 'paid')).toHaveLength(6);
    const records = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM rights_records WHERE period = ${MC_PERIOD} GROUP BY status ORDER BY status`.execute(
      db,
    );
    const sums = await sql<{ scheme: string; due: number; paid: number }>`
      SELECT l.scheme, sum(l.employer_fen + l.employee_fen)::bigint AS due,
             coalesce(sum(l.employer_fen + l.employee_fen) FILTER (WHERE l.status = 'paid'), 0)::bigint AS paid
        FROM bill_lines l GROUP BY l.scheme`.execute(db);
    const report = run.report as MonthCloseReport;
    for (const s of sums.rows) {
      const fund = report.funds.find((f) => f.fund === s.scheme)!;
      expect(Math.round(Number(fund.due) * 100)).toBe(Number(s.due));
      expect(Math.round(Number(fund.collected) * 100)).toBe(Number(s.paid));
      expect(Math.round(Number(fund.arrears) * 100)).toBe(Number(s.due) - Number(s.paid));
    }
    expect(report.bills).toBe(12);
    expect(report.billsPaid).toBe(6);
    const paidLines = report.total.paidLines;
    expect(records.rows).toEqual([
      { status: 'arrears', n: report.total.lines - paidLines },
      { status: 'paid', n: paidLines },
    ]);
    // The lines the credit paid were inserted paid: each names its allocation's entry, no payment,
    // and the period's due day.
    const misrecorded = await sql<{ n: number }>`
      SELECT count(*)::int AS n
        FROM bill_lines l
        LEFT JOIN payment_allocations a ON a.bill_id = l.bill_id AND a.person_id = l.person_id AND a.scheme = l.scheme
       WHERE l.status = 'paid'
         AND (a.entry_id IS DISTINCT FROM l.entry_id OR l.payment_id IS NOT NULL OR l.paid_on <> ${lastDayOf(MC_PERIOD)}::date)`.execute(
      db,
    );
    expect(paidLines).toBeGreaterThan(0);
    expect(misrecorded.rows).toEqual([{ n: 0 }]);
    const period = await db.selectFrom('collection_periods').selectAll().where('period', '=', MC_PERIOD).execute();
    expect(period).toMatchObject([{ region_code: MC_REGION, status: 'closed', month_close_id: run.id }]);
    const open = await db
      .selectFrom('contribution_declarations')
      .select('id')
      .where('period', '=', MC_PERIOD)
      .where('status', '<>', 'closed')
      .execute();
    expect(open).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity', '=', 'month_close')
      .where('action', 'like', 'collection.month_close.%')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'collection.month_close.start', actor_name: 'cli:test' },
      { action: 'collection.month_close.complete', actor_name: 'cli:test' },
    ]);
  });

  it('refuses a completed close and a second close of the same region and period while one runs', async () => {
    expect(await refusal(closeMonth(b.ctx, request))).toBe('collection_month_already_closed');
    const previous = '202512' as Period;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = closeMonth(a.ctx, { ...request, period: previous, afterCommit: () => gate });
    expect(await refusal(closeMonth(a.ctx, { ...request, period: previous }))).toBe('collection_month_close_running');
    release();
    await expect(first).resolves.toMatchObject({ status: 'completed' });
  });
});
