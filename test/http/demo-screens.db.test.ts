/**
 * Issue 14 item 17: on the demo every screen can be trusted beside any other. Read through the real
 * routes as staff, the hall employer and 李明 see them (TEST_START is 2026-03-02: this year is 2026,
 * the month before last, 202601, is the last closed month):
 *
 * - the payments page's total received this year = the 360 tab's "paid this year" = the hall's
 *   缴款记录 = the hall employer's bills of 2026, all paid;
 * - 李明's 我的权益记录 shows those months paid on the days the bank received the money, and the
 *   six months of 2019 in arrears that the arrears page lists for his employer;
 * - the month-close report of 202601 collected the hall employer's bill (a non-zero rate) and left
 *   the rest in arrears, as the arrears page shows it;
 * - the ledger's receivables from employers and from persons are the arrears page's totals (no bill
 *   is open and not yet due on the demo, and nobody holds credit);
 * - and the reconciliation, run from the fund accountant's page, is green.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PUBLIC_ACCOUNTS } from '../../src/demo/demo-data.ts';
import { centsToDecimal, parseCents, sumCents, type Cents } from '../../src/kernel/cents.ts';
import { type Caller, ok, publicLogin, type TestApp, testApp } from '../support/http.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier;
const LI_MING = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '李明')!.identifier;
const YEAR_START = '2026-01-01';
const CLOSED = '202601';

let t: TestApp;
let accountant: Caller;
let employerId: number;

interface Payment {
  amount: string;
  receivedOn: string;
}
interface ArrearsPayer {
  payerKind: 'employer' | 'flexible';
  employerId: number | null;
  amount: string;
  byPeriod: Array<{ period: string; amount: string }>;
}
interface RightsRow {
  period: string;
  scheme: string;
  status: string;
  paidOn: string | null;
}

const yuan = (amounts: readonly string[]): string => centsToDecimal(sumCents(amounts.map(parseCents)));
const fen = (amount: string): Cents => parseCents(amount);

beforeAll(async () => {
  t = await testApp();
  accountant = await t.as('accountant');
  const employer = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER)
    .executeTakeFirstOrThrow();
  employerId = employer.id;
}, 180_000);
afterAll(() => t?.dispose());

async function paymentsThisYear(): Promise<Payment[]> {
  const { items } = ok(await accountant.call('GET', `/api/collection/payments?employerId=${employerId}`));
  return (items as Payment[]).filter((p) => p.receivedOn >= YEAR_START);
}

describe('the demo screens agree', () => {
  it("this year's payments = the 360 tab's paid this year = the hall's payments = the bills of 2026, all paid", async () => {
    const payments = await paymentsThisYear();
    expect(payments.map((p) => p.receivedOn).sort()).toEqual(['2026-01-15', '2026-02-15']);
    const total = yuan(payments.map((p) => p.amount));
    expect(fen(total)).toBeGreaterThan(0);

    const summary = ok(await accountant.call('GET', `/api/collection/employers/${employerId}/summary`));
    expect(summary.paidThisYear).toBe(total);

    const hall = await publicLogin(t, 'employer', DEMO_EMPLOYER);
    const own = ok(await hall.call('GET', '/api/hall/employer/payments')).items as Payment[];
    expect(yuan(own.filter((p) => p.receivedOn >= YEAR_START).map((p) => p.amount))).toBe(total);

    const bills = ok(await hall.call('GET', '/api/hall/employer/bills')).items as Array<{
      period: string;
      status: string;
      total: string;
    }>;
    const of2026 = bills.filter((b) => b.period >= '202601');
    expect(of2026.map((b) => [b.period, b.status]).sort()).toEqual([
      ['202601', 'paid'],
      ['202602', 'paid'],
    ]);
    expect(yuan(of2026.map((b) => b.total))).toBe(total);
  });

  it('李明 sees his 2026 months paid on the days the bank received them, and his 2019 arrears where the arrears page has them', async () => {
    const li = await publicLogin(t, 'person', LI_MING);
    const view = ok(await li.call('GET', '/api/hall/person/rights'));
    const rows = (view.years as Array<{ rows: RightsRow[] }>).flatMap((y) => y.rows);
    const of2026 = rows.filter((r) => r.period >= '202601');
    expect(of2026.length).toBe(8); // two months × four schemes
    const received = (await paymentsThisYear()).map((p) => p.receivedOn);
    for (const row of of2026) {
      expect(row.status).toBe('paid');
      expect(received).toContain(row.paidOn);
    }
    const owed = [...new Set(rows.filter((r) => r.status === 'arrears').map((r) => r.period))].sort();
    expect(owed).toEqual(['201907', '201908', '201909', '201910', '201911', '201912']);

    const arrears = ok(await accountant.call('GET', '/api/collection/arrears'));
    const employer = (arrears.payers as ArrearsPayer[]).find((p) => p.employerId === employerId)!;
    expect(employer.byPeriod.map((p) => p.period)).toEqual(owed);
    const summary = ok(await accountant.call('GET', `/api/collection/employers/${employerId}/summary`));
    expect(summary.arrears).toBe(employer.amount);
  });

  it("the month-close report collected the hall employer's bill of 202601 and left in arrears what the arrears page lists", async () => {
    const { items } = ok(await accountant.call('GET', '/api/collection/month-closes?region=330106'));
    const close = (items as Array<{ period: string; status: string; report: { total: Record<string, string> } }>).find(
      (c) => c.period === CLOSED,
    )!;
    expect(close.status).toBe('completed');
    const report = close.report.total;
    const bills = ok(await accountant.call('GET', `/api/collection/bills?employerId=${employerId}&period=${CLOSED}`));
    const paid = (bills.items as Array<{ status: string; total: string }>).filter((b) => b.status === 'paid');
    expect(report.collected).toBe(yuan(paid.map((b) => b.total)));
    expect(fen(report.collected!)).toBeGreaterThan(0);

    const arrears = ok(await accountant.call('GET', '/api/collection/arrears'));
    const left = (arrears.byPeriod as Array<{ period: string; amount: string }>).find((p) => p.period === CLOSED)!;
    expect(report.arrears).toBe(left.amount);
    expect(report.due).toBe(yuan([report.collected!, left.amount]));
    const rate = Number(report.rate);
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(1);
    expect(rate).toBeCloseTo(Number(report.collected) / Number(report.due), 4);
  });

  it("the ledger's receivables from employers and from persons are the arrears page's totals", async () => {
    const summary = ok(await accountant.call('GET', '/api/ledger/summary?region=330106'));
    const funds = summary.funds as Array<{ employerReceivable: string; personReceivable: string; receivable: string }>;
    const arrears = ok(await accountant.call('GET', '/api/collection/arrears'));
    const payers = arrears.payers as ArrearsPayer[];
    const owedBy = (kind: ArrearsPayer['payerKind']) =>
      yuan(payers.filter((p) => p.payerKind === kind).map((p) => p.amount));
    expect(yuan(funds.map((f) => f.employerReceivable))).toBe(owedBy('employer'));
    expect(yuan(funds.map((f) => f.personReceivable))).toBe(owedBy('flexible'));
    expect(yuan(funds.map((f) => f.receivable))).toBe(arrears.total);
    expect(fen(arrears.total)).toBeGreaterThan(0);
  });

  it('the reconciliation run from the fund accountant’s page is green on every check', async () => {
    const run = ok(await accountant.call('POST', '/api/ledger/reconcile-runs', {}), 201);
    expect(run.ok).toBe(true);
    expect(Object.keys(run.checks).sort()).toEqual(
      [
        'arrears_receivable',
        'balance_cache',
        'bill_lines',
        'bill_receivable',
        'chain_broken',
        'control_total',
        'entry_unbalanced',
        'individual_cache',
        'payment_allocation',
        'payment_bank',
        'reference_missing',
        'rights_owed',
        'rights_paid',
        'rights_projection',
      ].sort(),
    );
  });
});
