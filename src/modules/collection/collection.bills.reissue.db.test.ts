/**
 * A reissued bill withdraws the owed months it no longer holds: a person dropped from a corrected
 * declaration owes nothing for the period, the others are re-recorded, each withdrawal is audited
 * on the person, and a month with money is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { DEMO_EMPLOYER_CODE, ensureEmployer } from '../../../test/fixtures/registration/imports.ts';
import { ok, publicLogin, refused, testApp, type Caller, type TestApp } from '../../../test/support/http.ts';
import { citizenIdCheckCharacter } from '../../kernel/citizen-id.ts';
import type { Period } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { systemActor } from '../audit/index.ts';
import { withdrawDue } from '../ledger/index.ts';
import type { Payer } from './collection.model.ts';

const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
// Employees of the demo employer (contributions.declarations.db.test.ts); 202603 onwards has no records.
const STAFF = [
  [withCheck('33010619850312001'), '李明', '8000.00'],
  [withCheck('33010619900718002'), '王芳', '3000.00'],
  [withCheck('33010619920205003'), '陈杰', '30000.00'],
] as const;

let t: TestApp;
let payer: Payer;
let employerId: number;

beforeAll(async () => {
  t = await testApp();
  t.clock.set(new Date('2026-07-15T02:00:00Z'));
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
  payer = { kind: 'employer', employerId };
});
afterAll(() => t.dispose());

/** The rights records of the demo employer in a period: [person, scheme, status]. */
async function records(period: string, persons?: readonly number[]) {
  let q = t.ctx.db
    .selectFrom('rights_records')
    .select(['person_id', 'scheme', 'status', 'employer_fen'])
    .where('period', '=', period)
    .where('employer_id', '=', employerId)
    .orderBy('person_id')
    .orderBy('scheme');
  if (persons) q = q.where('person_id', 'in', [...persons]);
  return (await q.execute()).map((r) => [Number(r.person_id), r.scheme, r.status, Number(r.employer_fen)]);
}

const withdrawals = (personId: number) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['entity', 'details'])
    .where('action', '=', 'ledger.rights.withdraw_due')
    .where('entity_id', '=', String(personId))
    .execute();

describe('issueBill replacing a bill', () => {
  it('withdraws the owed months of a dropped person and a dropped scheme, keeps the rest', async () => {
    const [a, b] = await freshPersonIds(t.ctx, 2);
    const first = await issue(
      t.ctx,
      assessment(payer, '202604', [
        line(a!, 'pension', 80_000, 40_000),
        line(a!, 'medical', 40_000, 10_000),
        line(b!, 'pension', 50_000, 25_000),
      ]),
    );
    expect(await records('202604', [a!, b!])).toEqual([
      [a, 'medical', 'due', 40_000],
      [a, 'pension', 'due', 80_000],
      [b, 'pension', 'due', 50_000],
    ]);
    const second = await issue(t.ctx, assessment(payer, '202604', [line(a!, 'pension', 96_000, 48_000)]));
    expect(second.replacedBillId).toBe(first.id);
    expect(await records('202604', [a!, b!])).toEqual([[a, 'pension', 'due', 96_000]]);
    const [audit] = await withdrawals(b!);
    expect(audit!.entity).toBe('person');
    expect(audit!.details).toMatchObject({
      reason: 'bill_reissued',
      replacedBillId: first.id,
      billId: second.id,
      records: [{ scheme: 'pension', period: '202604', employerId, status: 'due', employerFen: 50_000 }],
    });
    expect((await withdrawals(a!))[0]!.details).toMatchObject({ records: [{ scheme: 'medical', status: 'due' }] });
  });

  it('refuses to withdraw a month with money, and changes nothing', async () => {
    const paid = await t.ctx.db
      .selectFrom('rights_records')
      .select(['person_id', 'scheme', 'period', 'employer_id', 'status'])
      .where('status', '=', 'paid')
      .executeTakeFirstOrThrow();
    const item = {
      personId: Number(paid.person_id),
      scheme: paid.scheme,
      period: paid.period as Period,
      employerId: paid.employer_id === null ? null : Number(paid.employer_id),
    };
    const error = await t.ctx.db
      .transaction()
      .execute((trx) => withdrawDue(trx, t.ctx.clock, systemActor, [item], { reason: 'test' }))
      .catch((e: unknown) => e);
    expect((error as Rejection).code).toBe('rights_period_already_paid');
    const still = await t.ctx.db
      .selectFrom('rights_records')
      .select('status')
      .where('person_id', '=', item.personId)
      .where('scheme', '=', item.scheme)
      .where('period', '=', item.period)
      .execute();
    expect(still.map((r) => r.status)).toContain('paid');
  });
});

describe('a declaration corrected before the period closes', () => {
  let hall: Caller;
  const declare = (staff: ReadonlyArray<readonly [string, string, string]>) =>
    hall.call('POST', '/api/hall/employer/declarations', {
      period: '202606',
      lines: staff.map(([citizenId, name, wage]) => ({ citizenId, name, wage })),
    });

  beforeAll(async () => {
    hall = await publicLogin(t, 'employer', '91110000600037341L');
  });

  it('leaves no owed month for the person it drops; the others stay owed', async () => {
    const first = ok(await declare(STAFF), 201);
    const persons = await t.ctx.db
      .selectFrom('bill_lines')
      .select('person_id')
      .distinct()
      .where('bill_id', '=', first.bill.id)
      .execute();
    expect(persons).toHaveLength(3);
    const before = await records('202606');
    const dropped = await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('name', '=', '陈杰')
      .executeTakeFirstOrThrow();
    const corrected = ok(await declare(STAFF.slice(0, 2)), 201);
    expect(corrected.revision).toBe(2);
    const after = await records('202606');
    expect(after.filter(([person]) => person === Number(dropped.person_id))).toEqual([]);
    expect(after).toEqual(before.filter(([person]) => person !== Number(dropped.person_id)));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(([, , status]) => status === 'due')).toBe(true);
    expect((await withdrawals(Number(dropped.person_id))).length).toBe(1);
  });

  it('refuses the correction once the bill has a payment, and the dropped person’s month stays', async () => {
    const current = await t.ctx.db
      .selectFrom('contribution_bills')
      .select('id')
      .where('employer_id', '=', employerId)
      .where('period', '=', '202606')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    const before = await records('202606');
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 100 }).where('id', '=', current.id).execute();
    refused(await declare(STAFF.slice(0, 1)), 'collection_bill_paid', 409);
    expect(await records('202606')).toEqual(before);
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 0 }).where('id', '=', current.id).execute();
  });
});
