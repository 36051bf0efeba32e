/**
 * Collection's checks of the control reconciliation on the demo: the demo's
 * history went through declarations, bills, bank files and month closes, so every check is green;
 * then one thing is broken in SQL per case, as a bug or an intruder would, and the run must name
 * exactly the checks it breaks, with the bill, payment or person, before it is undone.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { freshPersonIds } from '../../../test/fixtures/collection/payments.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { reconcile, type ReconcileOutcome } from '../ledger/index.ts';
import { bookOpeningReceivables } from './collection.bills.opening.ts';
import { COLLECTION_RECONCILE_CHECKS } from './collection.reconcile.ts';

let t: TestContext;

const run = () => reconcile(t.ctx, 'cli', undefined, COLLECTION_RECONCILE_CHECKS);
const kindsOf = (outcome: ReconcileOutcome) => [...new Set(outcome.differences.map((d) => d.kind))].sort();
const of = (outcome: ReconcileOutcome, kind: string) => outcome.differences.filter((d) => d.kind === kind);

/** Breaks the database, reconciles, repairs it, and checks the repaired database reconciles again. */
async function broken(change: string, undo: string): Promise<ReconcileOutcome> {
  await sql.raw(change).execute(t.ctx.db);
  try {
    return await run();
  } finally {
    await sql.raw(undo).execute(t.ctx.db);
    expect((await run()).ok).toBe(true);
  }
}

interface Ids {
  /** A bill of the hall employer paid whole, with one of its line allocations. */
  paidBill: { id: number; billNo: string; allocationId: number; paymentId: number };
  /** The second employer's 110 % bill of the month before last: open, in arrears. */
  owedBill: { id: number; billNo: string; employerId: number };
  /** A month 李明's record shows paid (pension, January 2026) and one in arrears (pension, July 2019). */
  paidMonth: { personId: number; period: string };
  arrearsMonth: { personId: number; period: string };
}

let ids: Ids;

async function demoIds(): Promise<Ids> {
  const { rows: paid } = await sql<{ id: number; bill_no: string; allocation_id: number; payment_id: number }>`
    SELECT b.id, b.bill_no, a.id AS allocation_id, a.payment_id
      FROM contribution_bills b JOIN payment_allocations a ON a.bill_id = b.id
     WHERE b.period = '202601' AND b.status = 'paid' AND b.basis = 'declared' AND a.scheme = 'pension'
     ORDER BY a.id LIMIT 1`.execute(t.ctx.db);
  const { rows: owed } = await sql<{ id: number; bill_no: string; employer_id: number }>`
    SELECT id, bill_no, employer_id FROM contribution_bills
     WHERE period = '202601' AND basis = 'undeclared' AND payer_kind = 'employer'`.execute(t.ctx.db);
  const { rows: months } = await sql<{ person_id: number; period: string; status: string }>`
    SELECT r.person_id, r.period, r.status FROM rights_records r JOIN persons p ON p.person_id = r.person_id
     WHERE p.name = '李明' AND r.scheme = 'pension' AND r.period IN ('202601', '201907')
     ORDER BY r.period`.execute(t.ctx.db);
  const p = paid[0]!;
  const o = owed[0]!;
  return {
    paidBill: {
      id: Number(p.id),
      billNo: p.bill_no,
      allocationId: Number(p.allocation_id),
      paymentId: Number(p.payment_id),
    },
    owedBill: { id: Number(o.id), billNo: o.bill_no, employerId: Number(o.employer_id) },
    arrearsMonth: { personId: Number(months[0]!.person_id), period: months[0]!.period },
    paidMonth: { personId: Number(months[1]!.person_id), period: months[1]!.period },
  };
}

beforeAll(async () => {
  t = await testContext({ demo: true }, { seedDemo: true });
  ids = await demoIds();
}, 180_000);
afterAll(() => t?.dispose());

describe('the demo reconciles', () => {
  it('every check of the ledger and of collection is green, and each compared something', async () => {
    const outcome = await run();
    expect(outcome.differences).toEqual([]);
    expect(outcome.ok).toBe(true);
    for (const check of COLLECTION_RECONCILE_CHECKS) expect(outcome.checks[check.kind]!.checked).toBeGreaterThan(0);
    // …and every loose reference of the demo (src/db/references.ts) names a row.
    expect(outcome.checks.reference_missing!.checked).toBeGreaterThan(0);
    expect(Object.keys(outcome.checks)).toHaveLength(14);
  });
});

describe('one thing broken per check', () => {
  it("a bill's total no longer its lines → bill_lines, naming the bill", async () => {
    const { id, billNo } = ids.paidBill;
    const outcome = await broken(
      `UPDATE contribution_bills SET total_fen = total_fen + 100, paid_fen = paid_fen + 100 WHERE id = ${id}`,
      `UPDATE contribution_bills SET total_fen = total_fen - 100, paid_fen = paid_fen - 100 WHERE id = ${id}`,
    );
    expect(kindsOf(outcome)).toEqual(['bill_lines']);
    const [total, paid] = of(outcome, 'bill_lines');
    expect(total).toMatchObject({ billId: id, actual: expect.any(Number) });
    expect(total!.actual! - total!.expected!).toBe(100);
    expect(total!.detail).toContain(billNo);
    expect(paid!.detail).toMatch(/paid .*, its paid lines/);
  });

  it('an owed bill cancelled behind the ledger’s back → bill_receivable (and the arrears and owed months it drops)', async () => {
    const { id, billNo, employerId } = ids.owedBill;
    const outcome = await broken(
      `UPDATE contribution_bills SET status = 'cancelled' WHERE id = ${id}`,
      `UPDATE contribution_bills SET status = 'open' WHERE id = ${id}`,
    );
    expect(kindsOf(outcome)).toEqual(['arrears_receivable', 'bill_receivable', 'rights_owed']);
    const perBill = of(outcome, 'bill_receivable').filter((d) => d.billId === id);
    expect(perBill.map((d) => d.fund).sort()).toEqual(['medical', 'pension', 'unemployment', 'work_injury']);
    expect(perBill.every((d) => d.employerId === employerId && d.expected === 0 && d.actual! > 0)).toBe(true);
    expect(perBill[0]!.detail).toContain(billNo);
    // The per-account comparison: the employers' receivable and contributions billed of each fund.
    expect(of(outcome, 'bill_receivable').filter((d) => d.accountId !== null)).toHaveLength(8);
  });

  it("an allocation's amount changed → payment_allocation, naming the payment", async () => {
    const { allocationId, paymentId } = ids.paidBill;
    const outcome = await broken(
      `UPDATE payment_allocations SET amount_fen = amount_fen - 1 WHERE id = ${allocationId}`,
      `UPDATE payment_allocations SET amount_fen = amount_fen + 1 WHERE id = ${allocationId}`,
    );
    expect(kindsOf(outcome)).toEqual(['payment_allocation']);
    const found = of(outcome, 'payment_allocation');
    expect(found.map((d) => d.paymentId)).toEqual([paymentId, paymentId]);
    expect(found[0]).toMatchObject({ expected: found[0]!.actual! + 1 });
    expect(found[0]!.detail).toMatch(/^payment \d+ \(SK\d+, employer \d+\): amount/);
  });

  it('a payment booked to another region → payment_bank, naming both regions', async () => {
    const { paymentId } = ids.paidBill;
    const outcome = await broken(
      `UPDATE payments SET region_code = '330102' WHERE id = ${paymentId}`,
      `UPDATE payments SET region_code = '330106' WHERE id = ${paymentId}`,
    );
    expect(kindsOf(outcome)).toEqual(['payment_bank']);
    expect(
      of(outcome, 'payment_bank')
        .map((d) => d.detail.slice(0, 13))
        .sort(),
    ).toEqual(['region 330102', 'region 330106']);
  });

  it("a payment's ledger entry no longer its own → payment_bank, naming the payment", async () => {
    const { allocationId, paymentId } = ids.paidBill;
    const outcome = await broken(
      `UPDATE payment_allocations SET entry_id = entry_id + 1000000 WHERE id = ${allocationId}`,
      `UPDATE payment_allocations SET entry_id = entry_id - 1000000 WHERE id = ${allocationId}`,
    );
    expect(kindsOf(outcome)).toEqual(['payment_bank']);
    expect(of(outcome, 'payment_bank')).toEqual([expect.objectContaining({ paymentId })]);
  });

  it('a bill due later than its period says → arrears_receivable, naming the region, fund and payers', async () => {
    const { id } = ids.owedBill;
    const outcome = await broken(
      `UPDATE contribution_bills SET due_on = due_on + 60 WHERE id = ${id}`,
      `UPDATE contribution_bills SET due_on = due_on - 60 WHERE id = ${id}`,
    );
    expect(kindsOf(outcome)).toEqual(['arrears_receivable']);
    const found = of(outcome, 'arrears_receivable');
    expect(found.map((d) => d.fund).sort()).toEqual(['medical', 'pension', 'unemployment', 'work_injury']);
    expect(found[0]!.detail).toMatch(/^region 330106 \w+, employers: arrears \(open lines past due\)/);
  });

  it("a late fee's paid amount changed → arrears_receivable, naming the late fee and its bill", async () => {
    const { rows } = await sql<{ id: number; bill_id: number }>`
      SELECT id, bill_id FROM late_fees WHERE status = 'paid' ORDER BY id LIMIT 1`.execute(t.ctx.db);
    const fee = rows[0]!;
    const outcome = await broken(
      `UPDATE late_fees SET paid_fen = paid_fen - 1 WHERE id = ${fee.id}`,
      `UPDATE late_fees SET paid_fen = paid_fen + 1 WHERE id = ${fee.id}`,
    );
    expect(kindsOf(outcome)).toEqual(['arrears_receivable']);
    expect(of(outcome, 'arrears_receivable')).toEqual([
      expect.objectContaining({ billId: Number(fee.bill_id), detail: expect.stringMatching(`^late fee ${fee.id} `) }),
    ]);
  });

  it("a paid month's account credit no longer its entry's → rights_paid, naming the person and month", async () => {
    const { personId, period } = ids.paidMonth;
    const where = `person_id = ${personId} AND scheme = 'pension' AND period = '${period}'`;
    const outcome = await broken(
      `UPDATE rights_records SET account_credit_fen = account_credit_fen + 1 WHERE ${where}`,
      `UPDATE rights_records SET account_credit_fen = account_credit_fen - 1 WHERE ${where}`,
    );
    // The record no longer its latest version either: the ledger's own check sees that part.
    expect(kindsOf(outcome)).toEqual(['rights_paid', 'rights_projection']);
    const [found] = of(outcome, 'rights_paid');
    expect(found).toMatchObject({ personId, fund: 'pension', entryId: expect.any(Number) });
    expect(found!.detail).toMatch(
      new RegExp(`^person ${personId} pension ${period} \\(employer \\d+\\): account credit`),
    );
  });

  it('a month in arrears owing more than its bill line → rights_owed, naming the person, month and bill', async () => {
    const { personId, period } = ids.arrearsMonth;
    const where = `person_id = ${personId} AND scheme = 'pension' AND period = '${period}'`;
    const outcome = await broken(
      `UPDATE rights_records SET employee_fen = employee_fen + 1 WHERE ${where}`,
      `UPDATE rights_records SET employee_fen = employee_fen - 1 WHERE ${where}`,
    );
    expect(kindsOf(outcome)).toEqual(['rights_owed', 'rights_projection']);
    const [found] = of(outcome, 'rights_owed');
    expect(found).toMatchObject({ personId, fund: 'pension', billId: expect.any(Number) });
    expect(found!.actual! - found!.expected!).toBe(1);
  });
});

describe('bills issued before they were booked in the ledger (migration 0036)', () => {
  it('are named by bill_receivable until the opening receivables book what they owe, once', async () => {
    // A bill as 0035 left it: open, one line paid and one owed, no receivable entry. A payer and a
    // person of its own, so the demo's bills and rights records stay as they are.
    const employer = await freshEmployer(t.ctx);
    const [person] = await freshPersonIds(t.ctx, 1);
    const { rows } = await sql<{ id: number }>`
      INSERT INTO contribution_bills (bill_no, payer_kind, employer_id, period, region_code, kind, basis, total_fen,
                                      paid_fen, due_on, issued_at)
      VALUES ('JF202512OPENING', 'employer', ${employer.id}, '202512', '330106', 'regular', 'declared', 30000, 0,
              '2025-12-31', now())
      RETURNING id`.execute(t.ctx.db);
    const billId = Number(rows[0]!.id);
    await sql`
      INSERT INTO bill_lines (bill_id, person_id, scheme, wage_fen, base_fen, employer_fen, employee_fen,
                              account_credit_fen, employer_rate, employee_rate)
      VALUES (${billId}, ${person}, 'pension', 100000, 100000, 16000, 8000, 8000, '0.16', '0.08'),
             (${billId}, ${person}, 'medical', 100000, 100000, 4000, 2000, 2000, '0.04', '0.02')`.execute(t.ctx.db);

    const before = await run();
    const named = of(before, 'bill_receivable').filter((d) => d.billId === billId);
    expect(named.map((d) => [d.fund, d.expected, d.actual])).toEqual([
      ['pension', 24000, 0],
      ['medical', 6000, 0],
    ]);
    expect(named[0]).toMatchObject({ employerId: employer.id, detail: expect.stringContaining('JF202512OPENING') });

    expect(await bookOpeningReceivables(t.ctx.db, t.ctx.clock)).toBe(1);
    const after = await run();
    expect(of(after, 'bill_receivable')).toEqual([]);
    expect(of(after, 'arrears_receivable')).toEqual([]);
    // Booked once: a second start finds nothing left to book.
    const entries = await t.ctx.db
      .selectFrom('journal_entries')
      .select(({ fn }) => fn.countAll().as('n'))
      .execute();
    expect(await bookOpeningReceivables(t.ctx.db, t.ctx.clock)).toBe(0);
    expect(
      await t.ctx.db
        .selectFrom('journal_entries')
        .select(({ fn }) => fn.countAll().as('n'))
        .execute(),
    ).toEqual(entries);
  });
});
