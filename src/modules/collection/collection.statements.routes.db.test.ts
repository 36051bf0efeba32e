/**
 * The statement (对账单) routes: the figures agree with the bills and payments they come from, the
 * hall sees only its own payer, staff only their subtree, and a period is named or refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMPLOYER_CODE, ensureEmployer } from '../../../test/fixtures/registration/imports.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { type Caller, ok, publicLogin, refused, testApp, type TestApp } from '../../../test/support/http.ts';
import { DEMO_SECOND_CREDIT_CODE } from '../../demo/registration-demo.ts';
import { parseCents, sumCents, type Cents } from '../../kernel/cents.ts';
import { citizenIdCheckCharacter } from '../../kernel/citizen-id.ts';

const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
const LI_MING = withCheck('33010619850312001');
const WANG_FANG = withCheck('33010619900718002');

let t: TestApp;
let clerk: Caller;
let employerHall: Caller;
let personHall: Caller;
let employerId: number;
let secondEmployerId: number;
let mayBillId: number;

interface Fund {
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

const c = (s: string) => parseCents(s);
const sum = (xs: string[]): Cents => sumCents(xs.map(c));

/** Every figure of a statement agrees with the others and with the bills it lists. */
function expectConsistent(s: {
  funds: Fund[];
  totals: Fund & { received: string };
  bills: Array<{ status: string; total: string; paid: string; open: string }>;
  payments: Array<{ contribution: string; lateFee: string; amount: string }>;
}) {
  for (const f of [...s.funds, s.totals]) {
    expect(c(f.due), f.scheme).toBe(c(f.employer) + c(f.employee));
    expect(c(f.paid) + c(f.open), f.scheme).toBe(c(f.due));
  }
  for (const k of ['employer', 'employee', 'due', 'paid', 'open', 'lateFee', 'lateFeePaid', 'lateFeeOpen'] as const)
    expect(sum(s.funds.map((f) => f[k])), k).toBe(c(s.totals[k]));
  const live = s.bills.filter((b) => b.status !== 'cancelled');
  expect(sum(live.map((b) => b.total))).toBe(c(s.totals.due));
  expect(sum(live.map((b) => b.paid))).toBe(c(s.totals.paid));
  expect(sum(live.map((b) => b.open))).toBe(c(s.totals.open));
  expect(sum(s.payments.map((p) => p.contribution))).toBe(c(s.totals.paid));
  expect(sum(s.payments.map((p) => p.lateFee))).toBe(c(s.totals.lateFeePaid));
  expect(sum(s.payments.map((p) => p.amount))).toBe(c(s.totals.received));
}

async function employerIdOf(creditCode: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', creditCode)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

beforeAll(async () => {
  t = await testApp();
  t.clock.set(new Date('2026-07-15T02:00:00Z'));
  clerk = await t.as('clerk');
  employerHall = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
  personHall = await publicLogin(t, 'person', LI_MING);
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
  secondEmployerId = await employerIdOf(DEMO_SECOND_CREDIT_CODE);
  const [p1, p2] = await freshPersonIds(t.ctx, 2);
  const employer = { kind: 'employer', employerId } as const;
  // 202605: billed by hand, paid in part after its due date (so late fees are charged).
  mayBillId = (
    await issue(
      t.ctx,
      assessment(employer, '202605', [
        line(p1!, 'pension', 80_000, 40_000),
        line(p1!, 'medical', 50_000, 10_000),
        line(p2!, 'pension', 80_000, 40_000),
      ]),
    )
  ).id;
  ok(
    await clerk.call('POST', '/api/collection/payments', {
      payer: employer,
      amount: '2400.00',
      receivedOn: '2026-07-10',
      reference: 'STATEMENT-1',
      billIds: [mayBillId],
    }),
    201,
  );
  // 202606: declared in the hall (declaration + bill), not paid.
  ok(
    await employerHall.call('POST', '/api/hall/employer/declarations', {
      period: '202606',
      lines: [
        { citizenId: LI_MING, name: '李明', wage: '8000.00' },
        { citizenId: WANG_FANG, name: '王芳', wage: '3000.00' },
      ],
    }),
    201,
  );
  // Someone else's bills: the second employer's 202607 and 李明's own as a flexible worker.
  await issue(
    t.ctx,
    assessment({ kind: 'employer', employerId: secondEmployerId }, '202607', [line(p2!, 'pension', 10_000, 5_000)]),
  );
  const liMing = await t.ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('name', '=', '李明')
    .executeTakeFirstOrThrow();
  await issue(
    t.ctx,
    assessment({ kind: 'flexible', personId: Number(liMing.person_id) }, '202605', [
      line(Number(liMing.person_id), 'pension', 80_000, 20_000),
    ]),
  );
});
afterAll(() => t.dispose());

describe('hall employer statement', () => {
  it('lists its own periods, newest first', async () => {
    const { items } = ok(await employerHall.call('GET', '/api/hall/employer/statement-periods'));
    expect(items.slice(0, 2)).toEqual(['202606', '202605']);
    expect(items).not.toContain('202607');
  });

  it('gives a period paid in part: figures agree with the bill, payment and late fees', async () => {
    const s = ok(await employerHall.call('GET', '/api/hall/employer/statements/202605'));
    expect(s.payer).toMatchObject({ kind: 'employer', employerId, code: DEMO_EMPLOYER_CODE });
    expect(s.basis).toBe('declared');
    expect(s.bills.map((b: { id: number }) => b.id)).toEqual([mayBillId]);
    expect(s.totals).toMatchObject({ employer: '2100.00', employee: '900.00', due: '3000.00', paid: '2400.00' });
    expect(s.funds.map((f: Fund) => [f.scheme, f.due, f.paid, f.open])).toEqual([
      ['pension', '2400.00', '2400.00', '0.00'],
      ['medical', '600.00', '0.00', '600.00'],
    ]);
    const fees = await t.ctx.db.selectFrom('late_fees').selectAll().where('bill_id', '=', mayBillId).execute();
    expect(fees.length).toBeGreaterThan(0);
    expect(c(s.totals.lateFee)).toBe(fees.reduce((n, f) => n + Number(f.fee_fen), 0));
    expect(c(s.totals.lateFeePaid)).toBe(fees.reduce((n, f) => n + Number(f.paid_fen), 0));
    expect(s.payments).toHaveLength(1);
    expect(s.payments[0]).toMatchObject({ channel: 'window', receivedOn: '2026-07-10', contribution: '2400.00' });
    expect(s.credit.asOf).toBe('2026-05-31');
    expectConsistent(s);
  });

  it('gives a declared period with its declaration and an open bill', async () => {
    const s = ok(await employerHall.call('GET', '/api/hall/employer/statements/202606'));
    expect(s.declarations).toHaveLength(1);
    expect(s.declarations[0]).toMatchObject({ kind: 'monthly', headcount: 2, wageTotal: '11000.00' });
    expect(s.basis).toBe('declared');
    expect(s.totals.paid).toBe('0.00');
    expect(s.totals.open).toBe(s.totals.due);
    expect(s.payments).toEqual([]);
    expectConsistent(s);
  });

  it('refuses a period it has nothing for (another payer’s) and a malformed period', async () => {
    refused(
      await employerHall.call('GET', '/api/hall/employer/statements/202607'),
      'collection_statement_not_found',
      404,
    );
    refused(await employerHall.call('GET', '/api/hall/employer/statements/202613'), 'invalid_request', 400);
    refused(await employerHall.call('GET', '/api/hall/employer/statements/2026-05'), 'invalid_request', 400);
    refused(await personHall.call('GET', '/api/hall/employer/statements/202605'), 'forbidden', 403);
  });
});

describe('hall person statement', () => {
  it('shows a flexible worker only their own bills', async () => {
    expect(ok(await personHall.call('GET', '/api/hall/person/statement-periods')).items).toEqual(['202605']);
    const s = ok(await personHall.call('GET', '/api/hall/person/statements/202605'));
    expect(s.payer.kind).toBe('flexible');
    expect(s.totals).toMatchObject({ due: '1000.00', paid: '0.00', open: '1000.00' });
    expectConsistent(s);
    refused(await personHall.call('GET', '/api/hall/person/statements/202606'), 'collection_statement_not_found', 404);
  });
});

describe('staff statement (employer 360 view)', () => {
  it('equals what the hall sees', async () => {
    const staff = ok(await clerk.call('GET', `/api/collection/employers/${employerId}/statements/202605`));
    const hall = ok(await employerHall.call('GET', '/api/hall/employer/statements/202605'));
    expect(staff).toEqual(hall);
    const { items } = ok(await clerk.call('GET', `/api/collection/employers/${employerId}/statement-periods`));
    expect(items).toContain('202605');
    // Before the demo's history (March 2015) the employer had nothing to state.
    refused(
      await clerk.call('GET', `/api/collection/employers/${employerId}/statements/201501`),
      'collection_statement_not_found',
      404,
    );
    refused(
      await clerk.call('GET', `/api/collection/employers/${employerId}/statements/20260`),
      'invalid_request',
      400,
    );
  });

  it('refuses an employer outside the staff member’s agency subtree', async () => {
    const other = await t.ctx.db
      .insertInto('agencies')
      .values({
        code: 'test-statement-other',
        name: '外地经办机构',
        level: 2,
        division_code: '330200',
        parent_id: null,
        path: '/test-statement/',
        opened_on: '2020-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { agency_id } = await t.ctx.db
      .selectFrom('employers')
      .select('agency_id')
      .where('id', '=', secondEmployerId)
      .executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('employers').set({ agency_id: other.id }).where('id', '=', secondEmployerId).execute();
    try {
      const url = `/api/collection/employers/${secondEmployerId}`;
      refused(await clerk.call('GET', `${url}/statements/202607`), 'out_of_scope', 403);
      refused(await clerk.call('GET', `${url}/statement-periods`), 'out_of_scope', 403);
    } finally {
      await t.ctx.db.updateTable('employers').set({ agency_id }).where('id', '=', secondEmployerId).execute();
    }
  });
});
