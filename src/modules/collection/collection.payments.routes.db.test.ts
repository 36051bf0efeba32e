/**
 * Part B's HTTP routes: a clerk records a window payment (a twin sent at the same instant is refused
 * as a duplicate); the hall employer and the flexible worker see their own bills only. Every answer
 * passes its declared response schema (strict in tests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer, hallEmployer } from '../../../test/fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { ok, publicLogin, refused, testApp, type TestApp } from '../../../test/support/http.ts';
import { citizenIdCheckCharacter } from '../../kernel/citizen-id.ts';

/** 李明 of the demo, whose hall account pays here as a flexible worker. */
const LI_MING = '33010619850312001' + citizenIdCheckCharacter('33010619850312001');

let t: TestApp;
let employer: Awaited<ReturnType<typeof freshEmployer>>;
let employerId: number;
let billId: number;

beforeAll(async () => {
  t = await testApp();
  // An employer of its own with a hall account: the demo's hall employer has years of bills.
  employer = await freshEmployer(t.ctx);
  employerId = employer.id;
  await hallEmployer(t, employer); // opens its hall account; each test logs in afresh
  const [person] = await freshPersonIds(t.ctx, 1);
  billId = (
    await issue(
      t.ctx,
      assessment({ kind: 'employer', employerId }, '202602', [line(person!, 'pension', 80_000, 40_000)]),
    )
  ).id;
});
afterAll(() => t.dispose());

describe('collection payment routes', () => {
  it('records a window payment and shows the bill paid', async () => {
    const clerk = await t.as('clerk');
    const body = {
      payer: { kind: 'employer', employerId },
      amount: '1300.00',
      receivedOn: '2026-02-20',
      reference: 'W-1',
    };
    const paid = ok(await clerk.call('POST', '/api/collection/payments', body), 201);
    expect(paid).toMatchObject({ allocated: '1200.00', held: '100.00', match: 'over_paid' });
    refused(await clerk.call('POST', '/api/collection/payments', body), 'collection_payment_duplicate', 409);
    const bill = ok(await clerk.call('GET', `/api/collection/bills/${billId}`));
    expect(bill.status).toBe('paid');
    expect(bill.allocations).toHaveLength(1);
    const summary = ok(await clerk.call('GET', `/api/collection/employers/${employerId}/summary`));
    expect(summary.credit).toBe('100.00');
  });

  it('lets the hall employer read its own bills and credit', async () => {
    const hall = await publicLogin(t, 'employer', employer.creditCode);
    const bills = ok(await hall.call('GET', '/api/hall/employer/bills'));
    expect(bills.items.map((b: { id: number }) => b.id)).toContain(billId);
    expect(ok(await hall.call('GET', '/api/hall/employer/credit')).credit).toBe('100.00');
  });

  it('records one of two window payments with the same reference sent at the same instant', async () => {
    const clerk = await t.as('clerk');
    for (let round = 0; round < 3; round++) {
      const sent = {
        payer: { kind: 'employer', employerId },
        amount: '10.00',
        receivedOn: '2026-02-21',
        reference: `W-RACE-${round}`,
      };
      const answers = await Promise.all([1, 2].map(() => clerk.call('POST', '/api/collection/payments', sent)));
      expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([201, 409]);
      expect(answers.find((a) => a.statusCode === 409)!.json().code).toBe('collection_payment_duplicate');
    }
    const summary = ok(await clerk.call('GET', `/api/collection/employers/${employerId}/summary`));
    expect(summary.credit).toBe('130.00');
  });

  it('counts "paid this year" in China time: at 01:00 on 1 January 2027 the year is 2027', async () => {
    t.clock.set(new Date('2026-12-31T17:00:00Z')); // 2027-01-01 01:00 in China, still 2026 in UTC
    const clerk = await t.as('clerk');
    const body = { payer: { kind: 'employer', employerId }, amount: '7.00', receivedOn: '2027-01-01', reference: 'NY' };
    ok(await clerk.call('POST', '/api/collection/payments', body), 201);
    const summary = ok(await clerk.call('GET', `/api/collection/employers/${employerId}/summary`));
    expect(summary.paidThisYear).toBe('7.00');
  });

  it('lists bills and payments of the subtree for staff, and its own bill and payments for the hall employer', async () => {
    const clerk = await t.as('clerk');
    const body = {
      payer: { kind: 'employer', employerId },
      amount: '1.00',
      receivedOn: '2026-02-22',
      reference: 'W-LIST',
    };
    ok(await clerk.call('POST', '/api/collection/payments', body), 201);
    const bills = ok(await clerk.call('GET', '/api/collection/bills'));
    expect(bills.items.length).toBeGreaterThan(0);
    const payments = ok(await clerk.call('GET', `/api/collection/payments?employerId=${employerId}`));
    expect(payments.items.map((p: { reference: string }) => p.reference)).toContain('W-LIST');
    const hall = await publicLogin(t, 'employer', employer.creditCode);
    const bill = ok(await hall.call('GET', `/api/hall/employer/bills/${billId}`));
    expect(bill).toMatchObject({ id: billId, payer: { kind: 'employer', employerId } });
    expect(bill.lines).toHaveLength(1);
    const own = ok(await hall.call('GET', '/api/hall/employer/payments'));
    expect(own.items.map((p: { channel: string }) => p.channel)).toContain('window');
  });

  it('lists for staff the payments of payers registered in their subtree only', async () => {
    const clerk = await t.as('clerk');
    const inside = await freshEmployer(t.ctx, '杭州辖内缴费有限公司');
    const outside = await freshEmployer(t.ctx, '宁波辖外缴费有限公司');
    for (const [payer, reference] of [
      [inside, 'W-INSIDE'],
      [outside, 'W-OUTSIDE'],
    ] as const) {
      const body = {
        payer: { kind: 'employer', employerId: payer.id },
        amount: '2.00',
        receivedOn: '2026-02-23',
        reference,
      };
      ok(await clerk.call('POST', '/api/collection/payments', body), 201);
    }
    // The second employer's registration moves to Ningbo, outside the Xihu clerk's subtree.
    const ningbo = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', '330200')
      .executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('employers').set({ agency_id: ningbo.id }).where('id', '=', outside.id).execute();
    const listed = ok(await clerk.call('GET', '/api/collection/payments'));
    const references = listed.items.map((p: { reference: string }) => p.reference);
    expect(references).toContain('W-INSIDE');
    expect(references).not.toContain('W-OUTSIDE');
    const accountant = await t.as('accountant'); // the province sees both
    const all = ok(await accountant.call('GET', '/api/collection/payments'));
    expect(all.items.map((p: { reference: string }) => p.reference)).toEqual(
      expect.arrayContaining(['W-INSIDE', 'W-OUTSIDE']),
    );
  });

  it('shows a flexible worker their own bills, and no one else’s', async () => {
    const personHall = await publicLogin(t, 'person', LI_MING);
    const liMing = await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('name', '=', '李明')
      .executeTakeFirstOrThrow();
    const personId = Number(liMing.person_id);
    const own = await issue(
      t.ctx,
      assessment({ kind: 'flexible', personId }, '202605', [line(personId, 'pension', 80_000, 20_000)]),
    );
    const listed = ok(await personHall.call('GET', '/api/hall/person/bills?period=202605'));
    expect(listed.items.map((b: { id: number }) => b.id)).toEqual([own.id]);
    const bill = ok(await personHall.call('GET', `/api/hall/person/bills/${own.id}`));
    expect(bill).toMatchObject({ payer: { kind: 'flexible', personId }, total: '1000.00', lateFees: [] });
    refused(await personHall.call('GET', `/api/hall/person/bills/${billId}`), 'collection_bill_not_found', 404);
    expect(ok(await personHall.call('GET', '/api/hall/person/declarations')).items).toEqual([]);
  });
});
