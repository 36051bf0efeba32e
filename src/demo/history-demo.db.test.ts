/**
 * The demo's contribution history: made through declarations, bills, bank
 * files and month closes, so each story the README tells is in the collection tables and the
 * ledger alike. TEST_START is 2026-03-02: last month is 202602, the month before last 202601.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { HISTORY_FROM } from './history-demo.ts';
import { DEMO_SECOND_CREDIT_CODE } from './registration-demo.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier;

let t: TestContext;
let demoId: number;
let secondId: number;

/** Rows of one SQL query (the test reads the tables the screens read). */
async function rows<T>(query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(t.ctx.db)).rows;
}

beforeAll(async () => {
  t = await testContext({ demo: true }, { seedDemo: true });
  const employers = await t.ctx.db.selectFrom('employers').select(['id', 'credit_code']).execute();
  demoId = employers.find((e) => e.credit_code === DEMO_EMPLOYER)!.id;
  secondId = employers.find((e) => e.credit_code === DEMO_SECOND_CREDIT_CODE)!.id;
}, 180_000);
afterAll(() => t?.dispose());

describe('the demo history', () => {
  it('closes every month from March 2015 to the month before last; last month stays open', async () => {
    const closes = await rows(sql<{ n: number; first: string; last: string; open: number }>`
      SELECT count(*)::int AS n, min(period) AS first, max(period) AS last,
             count(*) FILTER (WHERE status <> 'completed')::int AS open
        FROM month_closes WHERE region_code = '330106'`);
    expect(closes).toEqual([{ n: 131, first: HISTORY_FROM, last: '202601', open: 0 }]);
    const periods = await rows(sql<{ period: string; status: string }>`
      SELECT period, status FROM collection_periods WHERE period >= '202601' ORDER BY period`);
    expect(periods).toEqual([{ period: '202601', status: 'closed' }]);
  });

  it('the hall employer declared and the bank paid every month to last month, each bill named in its row', async () => {
    const months = await rows(sql<{ declared: number; paid: number; unnamed: number }>`
      SELECT (SELECT count(*) FROM contribution_declarations WHERE employer_id = ${demoId})::int AS declared,
             (SELECT count(*) FROM contribution_bills WHERE employer_id = ${demoId} AND kind = 'regular'
                 AND status = 'paid')::int AS paid,
             (SELECT count(*) FROM payments p WHERE p.employer_id = ${demoId} AND p.channel <> 'bank_file')::int
               AS unnamed`);
    expect(months).toEqual([{ declared: 132, paid: 132, unnamed: 0 }]);
    const received = await rows(sql<{ received_on: string }>`
      SELECT DISTINCT to_char(received_on, 'DD') AS received_on FROM payments WHERE employer_id = ${demoId}`);
    expect(received.map((r) => r.received_on).sort()).toEqual(['15']);
  });

  it('the second employer and 吴静, who never declared, were billed at 110 % and paid late with the fee, but for 202601', async () => {
    const open = await rows(sql<{ payer_kind: string; period: string; basis: string }>`
      SELECT payer_kind, period, basis FROM contribution_bills
       WHERE status = 'open' AND (employer_id = ${secondId} OR payer_kind = 'flexible') ORDER BY payer_kind`);
    expect(open).toEqual([
      { payer_kind: 'employer', period: '202601', basis: 'undeclared' },
      { payer_kind: 'flexible', period: '202601', basis: 'undeclared' },
    ]);
    const declared = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM contribution_declarations WHERE employer_id = ${secondId} OR payer_kind = 'flexible'`);
    expect(declared).toEqual([{ n: 0 }]);
    const fees = await rows(sql<{ unpaid: number; paid: number }>`
      SELECT count(*) FILTER (WHERE f.status <> 'paid')::int AS unpaid, count(*) FILTER (WHERE f.status = 'paid')::int AS paid
        FROM late_fees f JOIN contribution_bills b ON b.id = f.bill_id WHERE b.basis = 'undeclared'`);
    expect(fees[0]!.unpaid).toBe(0);
    expect(fees[0]!.paid).toBeGreaterThan(0);
  });

  it("李明's six months of 2019 are a back payment still owed; 王芳's were back-paid on 15 September 2022", async () => {
    const backPayments = await rows(sql<{
      name: string;
      from_period: string;
      to_period: string;
      open: number;
      paid_on: string | null;
    }>`
      SELECT p.name, bp.from_period, bp.to_period,
             count(*) FILTER (WHERE b.status = 'open')::int AS open, max(l.paid_on)::text AS paid_on
        FROM back_payments bp JOIN persons p ON p.person_id = bp.person_id
        JOIN contribution_bills b ON b.back_payment_id = bp.id JOIN bill_lines l ON l.bill_id = b.id
       WHERE bp.status = 'approved' GROUP BY 1, 2, 3 ORDER BY 2`);
    expect(backPayments).toEqual([
      { name: '李明', from_period: '201907', to_period: '201912', open: 24, paid_on: null },
      { name: '王芳', from_period: '202203', to_period: '202205', open: 0, paid_on: '2022-09-15' },
    ]);
    const records = await rows(sql<{ name: string; status: string; n: number }>`
      SELECT p.name, r.status, count(*)::int AS n FROM rights_records r JOIN persons p ON p.person_id = r.person_id
       WHERE (p.name = '李明' AND r.period BETWEEN '201907' AND '201912')
          OR (p.name = '王芳' AND r.period BETWEEN '202203' AND '202205')
       GROUP BY 1, 2 ORDER BY 1`);
    expect(records).toEqual([
      { name: '李明', status: 'arrears', n: 24 },
      { name: '王芳', status: 'back_paid', n: 12 },
    ]);
  });

  it('interest is credited for 2016–2023 through the batch job, on the history collection posted', async () => {
    const runs = await rows(sql<{ year: number; n: number }>`
      SELECT year, count(*)::int AS n FROM interest_runs WHERE status = 'completed' GROUP BY year ORDER BY year`);
    expect(runs.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const sources = await rows(sql<{ source_module: string }>`
      SELECT DISTINCT e.source_module FROM journal_entries e ORDER BY 1`);
    // Only collection posts contributions; 张三's months of 1996–1999 came from the former system.
    expect(sources.map((s) => s.source_module)).toEqual(['collection', 'interest', 'migration']);
  });
});
