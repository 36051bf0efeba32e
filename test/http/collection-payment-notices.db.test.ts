/**
 * An employer's word is not money (issue 14): a payroll API key can no longer record a payment as
 * received, pay a bill or backdate one; it sends a payment notice that moves nothing and waits for
 * the bank-side payment with the same reference and amount (a payment file row, the window),
 * whichever comes first. A clerk matches or dismisses what did not match by itself. Every
 * payroll-API route needs its own scope, refused by name.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessment, freshPersonIds, issue, line } from '../fixtures/collection/payments.ts';
import { freshEmployer, hallEmployer } from '../fixtures/collection/payer.ts';
import { ensureEmployer } from '../fixtures/registration/imports.ts';
import { type Caller, ok, refused, type TestApp, testApp } from '../support/http.ts';
import type { CalendarDate } from '../../src/kernel/calendar-date.ts';
import { centsFromInteger } from '../../src/kernel/cents.ts';
import { systemActor } from '../../src/modules/audit/index.ts';
import type { IssuedBill } from '../../src/modules/collection/collection.bills.ts';
import { sendPaymentNotice } from '../../src/modules/collection/index.ts';

let t: TestApp;
let clerk: Caller;
let hall: Caller;
let employer: Awaited<ReturnType<typeof freshEmployer>>;
let employerId: number;
let person: number;
let bill: IssuedBill;
/** A key with every scope but the notice ones; and one with the notice scopes. */
let payrollKey: string;
let noticeKey: string;

beforeAll(async () => {
  t = await testApp();
  // An employer of its own with a hall account: the demo's hall employer has years of bills.
  employer = await freshEmployer(t.ctx);
  employerId = employer.id;
  person = (await freshPersonIds(t.ctx, 1))[0]!;
  // January's bill, due 2026-01-31 and so past due today (2026-03-02): paid now, it owes a late fee.
  bill = await issue(
    t.ctx,
    assessment({ kind: 'employer', employerId }, '202601', [line(person, 'pension', 80_000, 40_000)]),
  );
  clerk = await t.as('clerk');
  hall = await hallEmployer(t, employer);
  const key = async (label: string, scopes: string[]) =>
    ok(await hall.call('POST', '/api/hall/employer/api-keys', { label, scopes }), 201).key as string;
  payrollKey = await key('payroll', ['employment.read', 'employment.write', 'declarations.write', 'bills.read']);
  noticeKey = await key('bank notices', ['payment_notices.write', 'payment_notices.read', 'bills.read']);
});
afterAll(() => t.dispose());

function api(method: 'GET' | 'POST', url: string, key: string, body?: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** What money the database holds: payments, journal entries, allocations, late fees, the bill. */
async function moneyState() {
  const count = async (table: string) =>
    Number(
      (await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(table)}`.execute(t.ctx.db)).rows[0]!.n,
    );
  const billRow = await t.ctx.db
    .selectFrom('contribution_bills')
    .select(['status', 'paid_fen'])
    .where('id', '=', bill.id)
    .executeTakeFirstOrThrow();
  return {
    payments: await count('payments'),
    entries: await count('journal_entries'),
    allocations: await count('payment_allocations'),
    lateFees: await count('late_fees'),
    credits: await count('payer_credits'),
    bill: billRow,
  };
}

function upload(caller: Caller, csv: string) {
  const boundary = '----noticefile';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="bank.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return caller.call('POST', '/api/collection/payment-files?source=bank', payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const notice = (over: Record<string, unknown> = {}) => ({
  amount: '1200.00',
  paidOn: '2026-01-20',
  bank: '中国工商银行杭州分行',
  reference: 'ICBC-20260120-0001',
  billNos: [bill.billNo],
  ...over,
});

describe('the withdrawn payment route', () => {
  it('refuses to record an employer’s own payment, to pay its bill or to backdate it; nothing changes', async () => {
    const before = await moneyState();
    expect(before.bill).toEqual({ status: 'open', paid_fen: 0 });
    for (const key of [payrollKey, noticeKey]) {
      const answer = refused(
        await api(
          'POST',
          '/api/v1/payments',
          key,
          { amount: '1200.00', receivedOn: '2026-01-20', reference: 'SELF-1', billIds: [bill.id] },
          { 'idempotency-key': `self-${key.slice(4, 12)}` },
        ),
        'collection_payment_api_withdrawn',
        410,
      );
      expect(answer.details).toEqual({ use: 'POST /api/v1/payment-notices' });
    }
    // The employer's hall session cannot either.
    refused(
      await hall.call('POST', '/api/v1/payments', { amount: '1200.00' }),
      'collection_payment_api_withdrawn',
      410,
    );
    expect(await moneyState()).toEqual(before);
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(doc.paths['/api/v1/payments']).toBeUndefined();
    expect(doc.paths['/api/v1/payment-notices'].post.security).toEqual([{ employerApiKey: [] }]);
  });
});

describe('scopes', () => {
  it('a key without the notice scope is refused by name, and nothing is written', async () => {
    const notices = async () =>
      Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM payment_notices`.execute(t.ctx.db)).rows[0]!.n);
    const before = await notices();
    refused(
      await api('POST', '/api/v1/payment-notices', payrollKey, notice({ reference: 'NOPE-1' }), {
        'idempotency-key': 'scope-1',
      }),
      'api_key_scope_missing',
      403,
    );
    refused(await api('GET', '/api/v1/payment-notices', payrollKey), 'api_key_scope_missing', 403);
    refused(await api('GET', '/api/v1/employees', noticeKey), 'api_key_scope_missing', 403);
    refused(
      await api('POST', '/api/v1/declarations', noticeKey, { period: '202602', lines: [] }, { 'idempotency-key': 'd' }),
      'api_key_scope_missing',
      403,
    );
    expect(await notices()).toBe(before);
    const denied = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'registration.api_key.use')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.filter((d) => (d.details as { reason: string }).reason === 'api_key_scope_missing').length).toBe(4);
  });

  it('a key with bills.read lists the employer’s bills to name them in a notice', async () => {
    const bills = ok(await api('GET', '/api/v1/bills?status=open', noticeKey));
    expect(bills.items.map((b: { billNo: string }) => b.billNo)).toContain(bill.billNo);
  });

  it('keys are created with known scopes only', async () => {
    refused(
      await hall.call('POST', '/api/hall/employer/api-keys', { label: 'x', scopes: ['payments.write'] }),
      'invalid_request',
      400,
    );
  });
});

describe('payment notices', () => {
  it('a notice moves no money, takes no receivedOn, and is matched by the bank file row with its reference', async () => {
    const before = await moneyState();
    refused(
      await api('POST', '/api/v1/payment-notices', noticeKey, notice({ receivedOn: '2026-01-20' }), {
        'idempotency-key': 'n-0',
      }),
      'invalid_request',
      400,
    );
    const sent = await api('POST', '/api/v1/payment-notices', noticeKey, notice(), { 'idempotency-key': 'n-1' });
    const view = ok(sent, 201);
    expect(view).toMatchObject({
      noticeNo: expect.stringMatching(/^TZ20260302\d{8}$/),
      employerId,
      amount: '1200.00',
      paidOn: '2026-01-20',
      reference: 'ICBC-20260120-0001',
      billNos: [bill.billNo],
      channel: 'api',
      status: 'open',
      payment: null,
    });
    const replay = await api('POST', '/api/v1/payment-notices', noticeKey, notice(), { 'idempotency-key': 'n-1' });
    expect(ok(replay, 201)).toEqual(view);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await moneyState()).toEqual(before);

    const file = ok(
      await upload(
        clerk,
        [
          '缴费主体代码,金额,到账日期,交易流水号',
          `${employer.creditCode},1200.00,2026-02-27,ICBC-20260120-0001`,
          '合计,1200.00',
        ].join('\n'),
      ),
      201,
    );
    const row = [...file.report.matched, ...file.report.underPaid, ...file.report.overPaid][0];
    expect(row).toMatchObject({ reference: 'ICBC-20260120-0001', noticeNo: view.noticeNo });

    const listed = ok(await api('GET', '/api/v1/payment-notices?status=matched', noticeKey));
    const matched = listed.items.find((n: { id: number }) => n.id === view.id);
    // The day money was received is the bank's (27 February), not the employer's 20 January.
    expect(matched).toMatchObject({
      status: 'matched',
      resolvedBy: 'auto',
      payment: { paymentNo: row.paymentNo, receivedOn: '2026-02-27', channel: 'bank_file', amount: '1200.00' },
    });
    const fees = await t.ctx.db.selectFrom('late_fees').select('days').where('bill_id', '=', bill.id).execute();
    expect(fees.length).toBeGreaterThan(0);
    expect(fees.every((f) => f.days > 0)).toBe(true);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity', '=', 'employer')
      .where('entity_id', '=', String(employerId))
      .where('action', 'like', 'collection.payment_notice.%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['collection.payment_notice.send', 'collection.payment_notice.match']);
    expect(audit[0]!.actor_name).toMatch(/^API key /);
  });

  it('a notice sent after the money arrived at the window is matched at once', async () => {
    ok(
      await clerk.call('POST', '/api/collection/payments', {
        payer: { kind: 'employer', employerId },
        amount: '300.00',
        receivedOn: '2026-03-01',
        reference: 'WIN-300',
      }),
      201,
    );
    const view = ok(
      await hall.call('POST', '/api/hall/employer/payment-notices', {
        amount: '300.00',
        paidOn: '2026-03-01',
        bank: '现金',
        reference: 'WIN-300',
      }),
      201,
    );
    expect(view).toMatchObject({ channel: 'hall', status: 'matched', resolvedBy: 'auto', billNos: [] });
    expect(view.payment).toMatchObject({ channel: 'window', receivedOn: '2026-03-01', amount: '300.00' });
  });

  it('refuses a date in the future, a bill that is not the employer’s, a reference sent before', async () => {
    refused(
      await hall.call('POST', '/api/hall/employer/payment-notices', notice({ paidOn: '2026-03-03', reference: 'F-1' })),
      'payment_notice_paid_on_future',
      400,
    );
    const other = (await ensureEmployer(t.ctx, '91330106MA27XYZ12B', { name: '另一家单位' })).id;
    const foreign = await issue(
      t.ctx,
      assessment({ kind: 'employer', employerId: other }, '202601', [line(person, 'medical', 10_000, 2_000)]),
    );
    const answer = refused(
      await hall.call(
        'POST',
        '/api/hall/employer/payment-notices',
        notice({ reference: 'F-2', billNos: [foreign.billNo] }),
      ),
      'payment_notice_bill_unknown',
      400,
    );
    expect(answer.details).toEqual({ billNos: [foreign.billNo] });
    refused(await hall.call('POST', '/api/hall/employer/payment-notices', notice()), 'payment_notice_duplicate', 409);
  });

  it('the clerk sees open notices, matches one by payment number and dismisses another', async () => {
    const split = ok(
      await hall.call('POST', '/api/hall/employer/payment-notices', notice({ amount: '50.00', reference: 'SPLIT-1' })),
      201,
    );
    const never = ok(
      await hall.call('POST', '/api/hall/employer/payment-notices', notice({ amount: '70.00', reference: 'NEVER-1' })),
      201,
    );
    const open = ok(await clerk.call('GET', `/api/collection/payment-notices?status=open&employerId=${employerId}`));
    expect(open.items.map((n: { id: number }) => n.id)).toEqual([never.id, split.id]);
    // The bank wrote another reference: no automatic match.
    const paid = ok(
      await clerk.call('POST', '/api/collection/payments', {
        payer: { kind: 'employer', employerId },
        amount: '50.00',
        receivedOn: '2026-03-02',
        reference: 'BANK-SPLIT',
      }),
      201,
    );
    expect(paid.noticeNo).toBeNull();
    const matched = ok(
      await clerk.call('POST', `/api/collection/payment-notices/${split.id}/match`, {
        paymentNo: paid.paymentNo,
        note: '银行流水号不同',
      }),
    );
    expect(matched).toMatchObject({ status: 'matched', resolvedBy: 'staff', payment: { paymentNo: paid.paymentNo } });
    refused(
      await clerk.call('POST', `/api/collection/payment-notices/${never.id}/match`, { paymentNo: paid.paymentNo }),
      'payment_notice_payment_taken',
      409,
    );
    refused(
      await clerk.call('POST', `/api/collection/payment-notices/${never.id}/match`, {
        paymentNo: 'SK2026030299999999',
      }),
      'payment_notice_payment_unknown',
      400,
    );
    const dismissed = ok(
      await clerk.call('POST', `/api/collection/payment-notices/${never.id}/dismiss`, { note: '银行未到账' }),
    );
    expect(dismissed).toMatchObject({ status: 'dismissed', resolvedBy: 'staff', resolutionNote: '银行未到账' });
    refused(
      await clerk.call('POST', `/api/collection/payment-notices/${never.id}/dismiss`, { note: 'again' }),
      'payment_notice_resolved',
      409,
    );
    // A dismissed notice's reference may be sent again.
    ok(
      await hall.call('POST', '/api/hall/employer/payment-notices', notice({ amount: '70.00', reference: 'NEVER-1' })),
      201,
    );
  });

  it('a clerk outside the employer’s subtree finds no notice', async () => {
    const far = (await ensureEmployer(t.ctx, '91330000MA27FAR01X', { name: '省直单位', agencyOf: 'accountant' })).id;
    const sent = await t.ctx.db.transaction().execute((trx) =>
      sendPaymentNotice(trx, t.ctx, systemActor, {
        employerId: far,
        amount: centsFromInteger(10_000),
        paidOn: '2026-03-01' as CalendarDate,
        bank: '农业银行',
        reference: 'FAR-1',
        billNos: [],
        note: null,
        channel: 'hall',
        sentBy: 'test',
      }),
    );
    const open = ok(await clerk.call('GET', '/api/collection/payment-notices?status=open&pageSize=100'));
    expect(open.items.map((n: { id: number }) => n.id)).not.toContain(sent.id);
    refused(
      await clerk.call('POST', `/api/collection/payment-notices/${sent.id}/dismiss`, { note: 'x' }),
      'payment_notice_not_found',
      404,
    );
  });
});
