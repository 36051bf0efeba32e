/**
 * Part C of collection over the real database and HTTP: arrears (roll, staff scope, hall), payment
 * orders with their PDF, deferral agreements (maker-checker, no late fee while active), enforcement
 * steps, back payments and extensions (refusals, approval issuing back-payment bills).
 * TEST_START is 2026-03-02 (China time).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/kernel/calendar-date.ts';
import { centsFromInteger } from '../../src/kernel/cents.ts';
import type { Period } from '../../src/kernel/period.ts';
import { issueBill } from '../../src/modules/collection/collection.bills.ts';
import { decideBackPayment, proposeBackPayment } from '../../src/modules/arrears/arrears.back-payments.ts';
import { lateFeeApplies, lateFeeAppliesTo } from '../../src/modules/collection/collection.late-fee.applies.ts';
import { systemActor } from '../../src/modules/audit/index.ts';
import type { StaffActor } from '../../src/modules/auth/index.ts';
import { rollArrears } from '../../src/modules/arrears/arrears.roll.ts';
import type { Assessment } from '../../src/modules/collection/collection.model.ts';
import { freshEmployer, hallEmployer } from '../fixtures/collection/payer.ts';
import { freshPersonIds } from '../fixtures/collection/payments.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

const DEMO_EMPLOYER = '91110000600037341L';

let t: TestApp;
let clerk: Caller;
let approver: Caller;
let accountant: Caller;
let employer: Awaited<ReturnType<typeof freshEmployer>>;
let employerId: number;
let otherEmployerId: number;
let personId: number;
let demoEmployerId: number;
let liMing: number;
/** The employer the payment order is for (named in its PDF). */
const ORDERED_EMPLOYER = '杭州催缴测试有限公司';

/** One payer's row on an arrears page. */
const rowOf = <T extends { employerId: number | null }>(body: { payers: T[] }, id: number): T | undefined =>
  body.payers.find((p) => p.employerId === id);

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-order-'));
  try {
    fs.writeFileSync(path.join(dir, 'o.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'o.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A pension line of 1,440.00 (employer 960 + employee 480) on a 6,000.00 base. */
function assessment(employer: number, person: number, period: string): Assessment {
  return {
    payer: { kind: 'employer', employerId: employer },
    period: period as Period,
    region: '330106',
    basis: 'declared',
    declarationId: null,
    declarationRevision: null,
    lines: [
      {
        personId: person,
        scheme: 'pension',
        wage: centsFromInteger(600000),
        base: centsFromInteger(600000),
        employer: centsFromInteger(96000),
        employee: centsFromInteger(48000),
        accountCredit: centsFromInteger(48000),
        employerRate: '0.16',
        employeeRate: '0.08',
      },
    ],
  };
}

async function bill(employer: number, person: number, period: string) {
  return t.ctx.db.transaction().execute((trx) => issueBill(trx, t.ctx, assessment(employer, person, period)));
}

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  approver = await t.as('approver');
  accountant = await t.as('accountant');
  // Employers and persons of their own: the demo's hall employer has years of bills and 2019 arrears.
  employer = await freshEmployer(t.ctx, ORDERED_EMPLOYER);
  employerId = employer.id;
  otherEmployerId = (await freshEmployer(t.ctx, '杭州外迁测试有限公司')).id;
  const [person, otherPerson] = await freshPersonIds(t.ctx, 2);
  personId = person!;
  // The other employer moves to Ningbo: outside the Xihu clerk's subtree, inside the province's.
  const nb = await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', '330200').executeTakeFirstOrThrow();
  await t.ctx.db.updateTable('employers').set({ agency_id: nb.id }).where('id', '=', otherEmployerId).execute();
  await bill(employerId, personId, '202510');
  await bill(employerId, personId, '202511');
  await bill(otherEmployerId, otherPerson!, '202511');
  // Back payments need an employment: 李明 at the demo's hall employer.
  const demo = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER)
    .executeTakeFirstOrThrow();
  demoEmployerId = Number(demo.id);
  const job = await t.ctx.db
    .selectFrom('employments')
    .select('person_id')
    .where('employer_id', '=', demoEmployerId)
    .where('status', '=', 'active')
    .orderBy('hired_on')
    .executeTakeFirstOrThrow();
  liMing = Number(job.person_id);
}, 180_000);

afterAll(async () => {
  await t?.dispose();
});

describe('arrears', () => {
  it('rolls overdue due records to arrears, once', async () => {
    const first = await t.ctx.db
      .transaction()
      .execute((trx) => rollArrears(trx, t.ctx, { region: '330106', asOf: '2026-03-02' as CalendarDate }));
    expect(first.records).toBe(3);
    const again = await t.ctx.db
      .transaction()
      .execute((trx) => rollArrears(trx, t.ctx, { region: '330106', asOf: '2026-03-02' as CalendarDate }));
    expect(again.records).toBe(0);
    const records = await t.ctx.db
      .selectFrom('rights_records')
      .select('status')
      .where('person_id', '=', personId)
      .where('period', 'in', ['202510', '202511'])
      .execute();
    expect(records.map((r) => r.status)).toEqual(['arrears', 'arrears']);
  });

  it('lists the payers of the staff member’s subtree with late fees to today', async () => {
    const body = ok(await clerk.call('GET', '/api/collection/arrears'));
    // The Xihu clerk sees this employer (and the demo's own payers in arrears), not the one moved to Ningbo.
    const ids = body.payers.map((p: { employerId: number }) => p.employerId);
    expect(ids).toContain(employerId);
    expect(ids).not.toContain(otherEmployerId);
    // 1,440.00 × 0.05 % × 121 days (2025-11-01..2026-03-01) = 87.12; × 91 days = 65.52.
    expect(rowOf(body, employerId)).toMatchObject({
      amount: '2880.00',
      months: 2,
      oldestPeriod: '202510',
      lateFeeAccrued: '152.64',
      lateFeesCharged: '0.00',
    });
    expect(body.byPeriod.filter((p: { period: string }) => p.period.startsWith('2025'))).toEqual([
      { period: '202510', amount: '1440.00', lateFee: '87.12', payers: 1 },
      { period: '202511', amount: '1440.00', lateFee: '65.52', payers: 1 },
    ]);
    const all = ok(await accountant.call('GET', '/api/collection/arrears'));
    expect(all.payerCount).toBe(body.payerCount + 1);
    expect(rowOf(all, otherEmployerId)).toMatchObject({ amount: '1440.00' });
  });

  it('shows the hall employer its own arrears only', async () => {
    const hall = await hallEmployer(t, employer);
    const body = ok(await hall.call('GET', '/api/hall/employer/arrears'));
    expect(body.payers).toHaveLength(1);
    expect(body.payers[0]).toMatchObject({ employerId, amount: '2880.00', lateFeeAccrued: '152.64' });
    refused(await hall.call('GET', '/api/hall/person/arrears'), 'forbidden', 403);
    refused(await hall.call('GET', '/api/collection/arrears'), 'forbidden', 403);
  });
});

describe('payment orders', () => {
  let orderId: number;

  it('issues a numbered order with an order_to_pay step', async () => {
    const order = ok(
      await clerk.call('POST', '/api/collection/payment-orders', { employerId, payBy: '2026-03-31' }),
      201,
    );
    expect(order.orderNo).toMatch(/^CJ20260302\d{8}$/);
    expect(order).toMatchObject({ arrears: '2880.00', lateFee: '152.64', periods: ['202510', '202511'] });
    orderId = order.id;
    const steps = ok(await clerk.call('GET', `/api/collection/enforcement-steps?employerId=${employerId}`));
    expect(steps[0]).toMatchObject({ step: 'order_to_pay', documentNo: order.orderNo, paymentOrderId: order.id });
    const list = ok(await clerk.call('GET', `/api/collection/payment-orders?employerId=${employerId}`));
    expect(list.map((o: { id: number }) => o.id)).toContain(orderId);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_id'])
      .where('action', '=', 'collection.payment_order.issue')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ entity: 'employer', entity_id: String(employerId) });
  });

  it('renders the PDF in Chinese with the periods, amounts, late fee, pay-by date and legal basis', async () => {
    const response = await clerk.call('GET', `/api/collection/payment-orders/${orderId}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    for (const expected of [
      '社会保险费催缴通知书',
      ORDERED_EMPLOYER,
      '2025年10月',
      '2025年11月',
      '2880.00',
      '152.64',
      '87.12',
      '2026-03-31',
      '第八十六条',
      '西湖区社会保险管理服务中心',
    ])
      expect(text).toContain(expected);
  });

  it('refuses what it must', async () => {
    refused(
      await clerk.call('POST', '/api/collection/payment-orders', { payBy: '2026-03-31' }),
      'collection_payer_choice_invalid',
      400,
    );
    refused(
      await clerk.call('POST', '/api/collection/payment-orders', { employerId, payBy: '2026-03-01' }),
      'collection_pay_by_invalid',
      400,
    );
    refused(
      await clerk.call('POST', '/api/collection/payment-orders', { employerId: otherEmployerId, payBy: '2026-03-31' }),
      'out_of_scope',
      403,
    );
    refused(
      await approver.call('POST', '/api/collection/payment-orders', { employerId, payBy: '2026-03-31' }),
      'forbidden',
      403,
    );
    refused(
      await clerk.call('GET', '/api/collection/payment-orders/999999/pdf'),
      'collection_payment_order_not_found',
      404,
    );
    const person = ok(
      await clerk.call('POST', '/api/collection/payment-orders', { personId, payBy: '2026-03-31' }).then((r) => r),
      409,
    );
    expect(person.code).toBe('collection_no_arrears');
  });
});

describe('deferral agreements', () => {
  let deferralId: number;

  it('is proposed by one person and approved by another; no late fee accrues while active', async () => {
    const proposed = ok(
      await clerk.call('POST', '/api/collection/deferrals', {
        employerId,
        fromPeriod: '202510',
        toPeriod: '202511',
        payBy: '2026-04-30',
        guarantee: '法定代表人担保',
      }),
      201,
    );
    expect(proposed).toMatchObject({ status: 'proposed' });
    expect(proposed.agreementNo).toMatch(/^HJ20260302\d{8}$/);
    deferralId = proposed.id;
    refused(
      await clerk.call('POST', '/api/collection/deferrals', {
        employerId,
        fromPeriod: '202511',
        toPeriod: '202512',
        payBy: '2026-04-30',
      }),
      'collection_deferral_overlaps',
      409,
    );
    refused(await clerk.call('POST', `/api/collection/deferrals/${deferralId}/approve`, {}), 'forbidden', 403);
    const approved = ok(
      await approver.call('POST', `/api/collection/deferrals/${deferralId}/approve`, { note: '同意' }),
    );
    expect(approved.status).toBe('active');
    refused(
      await approver.call('POST', `/api/collection/deferrals/${deferralId}/reject`, {}),
      'collection_deferral_not_proposed',
      409,
    );
    const body = ok(await clerk.call('GET', '/api/collection/arrears'));
    expect(rowOf(body, employerId)).toMatchObject({
      lateFeeAccrued: '0.00',
      deferral: { agreementNo: proposed.agreementNo },
    });
    const steps = ok(await clerk.call('GET', `/api/collection/enforcement-steps?employerId=${employerId}`));
    expect(steps.map((s: { step: string }) => s.step)).toContain('deferral');
  });

  it('is breached when the pay-by date passes with arrears left (computed on read)', async () => {
    await t.ctx.db
      .updateTable('deferral_agreements')
      .set({ pay_by: '2026-03-01' })
      .where('id', '=', deferralId)
      .execute();
    const list = ok(await clerk.call('GET', `/api/collection/deferrals?employerId=${employerId}`));
    expect(list[0]).toMatchObject({ id: deferralId, status: 'breached' });
    await t.ctx.db
      .updateTable('deferral_agreements')
      .set({ pay_by: '2026-04-30' })
      .where('id', '=', deferralId)
      .execute();
  });

  it('once cancelled gives no relief', async () => {
    ok(await clerk.call('POST', `/api/collection/deferrals/${deferralId}/cancel`, { note: '单位申请撤销' }));
    const body = ok(await clerk.call('GET', '/api/collection/arrears'));
    expect(rowOf(body, employerId)).toMatchObject({ lateFeeAccrued: '152.64', deferral: null });
  });

  it('refuses ranges owing nothing, backwards ranges and pay-by dates in the past', async () => {
    const base = { employerId, payBy: '2026-04-30' };
    refused(
      await clerk.call('POST', '/api/collection/deferrals', { ...base, fromPeriod: '202401', toPeriod: '202402' }),
      'collection_deferral_no_arrears',
      409,
    );
    refused(
      await clerk.call('POST', '/api/collection/deferrals', { ...base, fromPeriod: '202511', toPeriod: '202510' }),
      'collection_period_range_invalid',
      400,
    );
    refused(
      await clerk.call('POST', '/api/collection/deferrals', {
        ...base,
        payBy: '2026-01-01',
        fromPeriod: '202510',
        toPeriod: '202511',
      }),
      'collection_pay_by_invalid',
      400,
    );
  });
});

describe('enforcement steps', () => {
  it('records a step and refuses one in the future or out of scope', async () => {
    const step = ok(
      await clerk.call('POST', '/api/collection/enforcement-steps', {
        employerId,
        step: 'bank_query',
        takenOn: '2026-03-02',
        documentNo: '杭西社查〔2026〕1号',
        note: '向开户银行查询存款账户',
      }),
      201,
    );
    expect(step).toMatchObject({ step: 'bank_query', employerId });
    refused(
      await clerk.call('POST', '/api/collection/enforcement-steps', {
        employerId,
        step: 'court',
        takenOn: '2026-03-03',
        note: '申请强制执行',
      }),
      'collection_step_in_future',
      400,
    );
    refused(
      await clerk.call('POST', '/api/collection/enforcement-steps', {
        employerId: otherEmployerId,
        step: 'court',
        takenOn: '2026-03-02',
        note: '申请强制执行',
      }),
      'out_of_scope',
      403,
    );
    const response = await clerk.call('POST', '/api/collection/enforcement-steps', {
      employerId,
      step: 'arrest',
      takenOn: '2026-03-02',
      note: 'x',
    });
    expect(response.statusCode).toBe(400);
  });
});

/** Months the person's record lacks (the employer never paid them): their pension records are removed. */
async function unpaidMonths(person: number, months: string[]): Promise<string[]> {
  await t.ctx.db
    .deleteFrom('rights_records')
    .where('person_id', '=', person)
    .where('scheme', '=', 'pension')
    .where('period', 'in', months)
    .execute();
  return months;
}

describe('back payments', () => {
  it('is proposed by a clerk and approved by another person, issuing one back-payment bill per period', async () => {
    const months = await unpaidMonths(liMing, ['202301', '202302']);
    const proposed = ok(
      await clerk.call('POST', '/api/collection/back-payments', {
        kind: 'back_payment',
        employerId: demoEmployerId,
        personId: liMing,
        fromPeriod: months[0],
        toPeriod: months[1],
        wage: '6000.00',
        schemes: ['pension'],
        employerAtFault: true,
        reason: '劳动仲裁裁决补缴',
      }),
      201,
    );
    expect(proposed.backPaymentNo).toMatch(/^BJ20260302\d{8}$/);
    expect(proposed).toMatchObject({ status: 'proposed', employerAtFault: true, bills: [] });
    refused(
      await clerk.call('POST', '/api/collection/back-payments', {
        kind: 'back_payment',
        employerId: demoEmployerId,
        personId: liMing,
        fromPeriod: months[1],
        toPeriod: months[1],
        wage: '6000.00',
        schemes: ['pension'],
        employerAtFault: true,
        reason: '重复',
      }),
      'collection_back_payment_pending',
      409,
    );
    refused(await clerk.call('POST', `/api/collection/back-payments/${proposed.id}/approve`, {}), 'forbidden', 403);
    const approved = ok(await approver.call('POST', `/api/collection/back-payments/${proposed.id}/approve`, {}));
    expect(approved.status).toBe('approved');
    expect(approved.bills.map((b: { period: string }) => b.period)).toEqual(months);
    const kinds = await t.ctx.db
      .selectFrom('contribution_bills')
      .select(['id', 'kind'])
      .where('back_payment_id', '=', proposed.id)
      .execute();
    expect(kinds.every((b) => b.kind === 'back_payment')).toBe(true);
    expect(await lateFeeApplies(t.ctx.db, Number(kinds[0]!.id))).toBe(true);
    refused(
      await approver.call('POST', `/api/collection/back-payments/${proposed.id}/reject`, {}),
      'collection_back_payment_decided',
      409,
    );
    const list = ok(await clerk.call('GET', `/api/collection/back-payments?personId=${liMing}&status=approved`));
    // Newest first: this one, then the demo's (李明's months of 2019, assessed in January 2020).
    expect(list.map((b: { id: number }) => b.id)[0]).toBe(proposed.id);
    expect(list.length).toBe(2);
    expect(list.every((b: { status: string }) => b.status === 'approved')).toBe(true);
  });

  it('refuses periods in the future, open, billed or paid, and the kind rules', async () => {
    const body = {
      kind: 'back_payment',
      employerId: demoEmployerId,
      personId: liMing,
      // 李明's July 2019, already billed as the demo's unpaid back payment.
      fromPeriod: '201907',
      toPeriod: '201907',
      wage: '6000.00',
      schemes: ['pension'],
      employerAtFault: false,
      reason: '补缴',
    };
    const post = (b: object) => clerk.call('POST', '/api/collection/back-payments', { ...body, ...b });
    refused(await post({ fromPeriod: '202603', toPeriod: '202603' }), 'collection_back_payment_period_future', 400);
    refused(await post({}), 'collection_back_payment_already_billed', 409);
    // Last month is still open for regular collection (the demo leaves it to close).
    await t.ctx.db.insertInto('collection_periods').values({ region_code: '330106', period: '202602' }).execute();
    refused(await post({ fromPeriod: '202602', toPeriod: '202602' }), 'collection_back_payment_period_open', 409);
    const paid = await t.ctx.db
      .selectFrom('rights_records')
      .select('period')
      .where('person_id', '=', liMing)
      .where('employer_id', '=', demoEmployerId)
      .where('scheme', '=', 'pension')
      .where('status', '=', 'paid')
      .where('period', '<', '202602') // a closed month: last month is open (above)
      .orderBy('period', 'desc')
      .executeTakeFirstOrThrow();
    refused(
      await post({ fromPeriod: paid.period, toPeriod: paid.period }),
      'collection_back_payment_already_paid',
      409,
    );
    refused(await post({ fromPeriod: '199001', toPeriod: '199001' }), 'collection_back_payment_not_employed', 400);
    refused(await post({ kind: 'extension' }), 'collection_extension_with_employer', 400);
    refused(
      await post({ employerId: undefined, schemes: ['unemployment'] }),
      'collection_back_payment_schemes_invalid',
      400,
    );
    refused(await post({ wage: '0.00' }), 'invalid_request', 400);
    refused(await post({ extra: 1 }), 'invalid_request', 400);
  });

  it('allows an extension only to a person past retirement age who is short of the minimum months', async () => {
    const young = await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('birth_date', '>', '1980-01-01')
      .orderBy('person_id')
      .executeTakeFirstOrThrow();
    refused(
      await clerk.call('POST', '/api/collection/back-payments', {
        kind: 'extension',
        personId: Number(young.person_id),
        fromPeriod: '202501',
        toPeriod: '202501',
        wage: '6000.00',
        schemes: ['pension'],
        employerAtFault: false,
        reason: '延长缴费',
      }),
      'collection_extension_not_retired',
      409,
    );
  });

  it('refuses the proposer as the checker (maker-checker), and charges no late fee without employer fault', async () => {
    const staff = await t.ctx.db
      .selectFrom('staff')
      .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
      .select(['staff.id', 'staff.agency_id', 'agencies.path'])
      .where('staff.username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    const actor: StaffActor = {
      kind: 'staff',
      id: Number(staff.id),
      username: 'clerk',
      displayName: '王受理',
      agencyId: Number(staff.agency_id),
      agencyPath: staff.path,
      roles: ['clerk'],
      permissions: new Set(['collection.declare', 'collection.approve']),
      isDemo: true,
    };
    const months = await unpaidMonths(liMing, ['202303']);
    const proposed = await proposeBackPayment(t.ctx, actor, systemActor, {
      kind: 'back_payment',
      employerId: demoEmployerId,
      personId: liMing,
      fromPeriod: months[0] as Period,
      toPeriod: months[0] as Period,
      wage: centsFromInteger(600000),
      schemes: ['pension'],
      employerAtFault: false,
      reason: '单位漏报，非单位过错（政策调整）',
    });
    await expect(decideBackPayment(t.ctx, actor, systemActor, proposed.id, { approve: true })).rejects.toMatchObject({
      code: 'collection_same_person',
    });
    const approved = ok(await approver.call('POST', `/api/collection/back-payments/${proposed.id}/approve`, {}));
    const billId = approved.bills[0].id as number;
    expect(await lateFeeApplies(t.ctx.db, billId)).toBe(false);
    expect(await lateFeeAppliesTo(t.ctx.db, [billId])).toEqual(new Set());
    const body = ok(await clerk.call('GET', '/api/collection/arrears')) as {
      payers: Array<{ employerId: number | null; byPeriod: Array<{ period: string; lateFee: string }> }>;
    };
    const row = rowOf(body, demoEmployerId)!.byPeriod.find((x) => x.period === months[0]);
    expect(row).toMatchObject({ lateFee: '0.00' });
  });
});

describe('hall person', () => {
  it('shows a person their own arrears as a flexible worker (none here)', async () => {
    const hall = await publicLogin(t, 'person', '11010519491231002X');
    const body = ok(await hall.call('GET', '/api/hall/person/arrears'));
    expect(body).toMatchObject({ payerCount: 0, total: '0.00', payers: [] });
    refused(await hall.call('GET', '/api/hall/employer/arrears'), 'forbidden', 403);
  });
});
