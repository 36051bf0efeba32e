/**
 * Issue 14 item 10, statements as issued: a statement of 2025 issued on 2 March 2026 while
 * September, November and December 2025 are still open; then December is paid at the window,
 * September's payment arrives with a bank date in 2025 (so the year's closing balance grows), and
 * the arrears are rolled (November moves from due to arrears). The statement rendered again is the
 * one issued, to the last field of its canonical content, and the public check says so; so it is
 * after the holder and the payer are renamed. Real bills, payments and roll (collection), real
 * registration changes, real HTTP. TEST_START is 2026-03-02 (China time).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../fixtures/collection/payments.ts';
import { today } from '../../src/kernel/calendar-date.ts';
import { rollArrears } from '../../src/modules/arrears/arrears.roll.ts';
import { statementHash, statementPartHashes } from '../../src/modules/ledger/statements/ledger.statements.rules.ts';
import { reRenderStatement, statementOf } from '../../src/modules/ledger/statements/ledger.statements.ts';
import { ok, type Caller, type TestApp, testApp } from '../support/http.ts';

let t: TestApp;
let clerk: Caller;
let accountant: Caller;
let employerId: number;
let personId: number;
const bills: Record<string, number> = {};

/** A month's bill of the employer for the person: pension 800.00 + 400.00. */
async function bill(period: string): Promise<number> {
  const a = assessment({ kind: 'employer', employerId }, period, [line(personId, 'pension', 80_000, 40_000)]);
  return (await issue(t.ctx, a)).id;
}

async function pay(billId: number, amount: string, receivedOn: string, reference: string) {
  return ok(
    await accountant.call('POST', '/api/collection/payments', {
      payer: { kind: 'employer', employerId },
      amount,
      receivedOn,
      reference,
      billIds: [billId],
    }),
    201,
  );
}

async function statusOf(period: string): Promise<string | undefined> {
  const row = await t.ctx.db
    .selectFrom('rights_records')
    .select('status')
    .where('person_id', '=', personId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row?.status;
}

async function check(no: string, code: string) {
  return ok(await t.anonymous('GET', `/api/public/statements/check?no=${no}&code=${code}`));
}

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  accountant = await t.as('accountant');
  // A payer and a person of their own: the demo's have a contribution history of their own.
  employerId = (await freshEmployer(t.ctx)).id;
  [personId] = (await freshPersonIds(t.ctx, 1)) as [number];
  for (const period of ['202509', '202510', '202511', '202512']) bills[period] = await bill(period);
  await pay(bills['202510']!, '1200.00', '2025-10-20', 'ASIS-10');
}, 180_000);
afterAll(() => t?.dispose());

describe('a statement as issued', () => {
  it('renders again to the same content hash after the open month is paid and the arrears rolled', async () => {
    const statuses = async () => Promise.all(['202509', '202510', '202511', '202512'].map(statusOf));
    expect(await statuses()).toEqual(['due', 'paid', 'due', 'due']);
    const pdf = await clerk.call('GET', `/api/ledger/persons/${personId}/statements/2025/pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const row = await t.ctx.db
      .selectFrom('rights_statements')
      .selectAll()
      .where('statement_no', '=', String(pdf.headers['x-statement-no']))
      .executeTakeFirstOrThrow();
    const issued = await statementOf(t.ctx.db, personId, 2025);
    expect(statementHash(issued)).toBe(row.content_hash);
    expect(row.part_hashes).toEqual(statementPartHashes(issued));
    expect(issued.months.map((m) => `${m.month} ${m.status}`)).toEqual([
      '2025-09 due',
      '2025-10 paid',
      '2025-11 due',
      '2025-12 due',
    ]);
    expect(await check(row.statement_no, row.verification_code)).toMatchObject({
      content: 'identical',
      differences: [],
    });

    // December is paid at the window (with its late fee); September's payment arrives dated
    // 20 December 2025 by the bank; November is rolled into arrears.
    t.clock.advance(60_000);
    await pay(bills['202512']!, '1500.00', '2026-03-02', 'ASIS-12');
    await pay(bills['202509']!, '1500.00', '2025-12-20', 'ASIS-09');
    t.clock.advance(60_000);
    const rolled = await t.ctx.db
      .transaction()
      .execute((trx) => rollArrears(trx, t.ctx, { region: '330106', asOf: today(t.clock) }));
    expect(rolled.records).toBeGreaterThanOrEqual(1);
    expect(await statuses()).toEqual(['paid', 'paid', 'arrears', 'paid']);
    const now = await statementOf(t.ctx.db, personId, 2025);
    expect(statementHash(now)).not.toBe(row.content_hash);
    expect(now.accounts[0]!.closing).toBe('800.00');
    expect(issued.accounts[0]!.closing).toBe('400.00');

    const again = await reRenderStatement(t.ctx.db, row);
    expect(again).toEqual(issued);
    expect(statementHash(again)).toBe(row.content_hash);
    expect(await check(row.statement_no, row.verification_code)).toMatchObject({
      status: 'valid',
      content: 'identical',
      differences: [],
    });
    // The current statement is another one: the window issues it anew, and it checks as issued too.
    const reissued = await clerk.call('GET', `/api/ledger/persons/${personId}/statements/2025/pdf`);
    expect(reissued.headers['x-statement-no']).not.toBe(row.statement_no);
  });

  it('prints the names it printed when the holder and the payer are renamed later', async () => {
    const row = await t.ctx.db
      .selectFrom('rights_statements')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const issued = await reRenderStatement(t.ctx.db, row);
    t.clock.advance(60_000);
    const person = ok(await clerk.call('GET', `/api/registration/persons/${personId}`));
    ok(
      await clerk.call('PATCH', `/api/registration/persons/${personId}`, {
        version: person.version,
        changes: { name: '欧阳改名' },
        reason: '姓名变更',
      }),
    );
    const employer = ok(await clerk.call('GET', `/api/registration/employers/${employerId}`));
    ok(
      await clerk.call('PATCH', `/api/registration/employers/${employerId}`, {
        version: employer.version,
        changes: { name: '杭州改名科技有限公司' },
        reason: '营业执照变更',
      }),
    );
    const now = await statementOf(t.ctx.db, personId, 2025);
    expect(now.person.name).toBe('欧阳改名');
    expect(now.months[0]!.employerName).toBe('杭州改名科技有限公司');
    const again = await reRenderStatement(t.ctx.db, row);
    expect(again).toEqual(issued);
    expect(again.person.name).toBe(person.name);
    expect(again.months[0]!.employerName).toBe(employer.name);
    expect(await check(row.statement_no, row.verification_code)).toMatchObject({
      holder: `${[...person.name][0]}${'*'.repeat([...person.name].length - 1)}`,
      content: 'identical',
    });
  });

  it('names the part that differs when the ledger no longer gives what was issued', async () => {
    const row = await t.ctx.db
      .selectFrom('rights_statements')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // A forged digest of the months (no writer can change what was known; this stands for one).
    const parts = { ...row.part_hashes, months: '0'.repeat(64) };
    await sql`UPDATE rights_statements SET content_hash = ${'0'.repeat(64)}, part_hashes = ${JSON.stringify(parts)}::jsonb
               WHERE person_id = ${row.person_id} AND id = ${row.id}`.execute(t.ctx.db);
    expect(await check(row.statement_no, row.verification_code)).toMatchObject({
      status: 'valid',
      content: 'different',
      differences: ['months'],
    });
  });
});
