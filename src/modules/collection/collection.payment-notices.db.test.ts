/**
 * A payment notice and the bank-side payment it announces, written at the same time: whichever
 * transaction commits second must see the first, so the notice is matched in both orders. One
 * transaction is held open after its work while the other starts: on PostgreSQL the second waits
 * on the audit head and then reads what the first committed; on PGlite the two queue, and the
 * answer must be the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMPLOYER_CODE, ensureEmployer } from '../../../test/fixtures/registration/imports.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import type { Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../kernel/cents.ts';
import { systemActor } from '../audit/index.ts';
import { sendPaymentNotice } from './collection.payment-notices.ts';
import { recordPayment } from './collection.payments.ts';

/** How long the held transaction waits for the other to reach its lock before committing. */
const OVERLAP_MS = 300;

let t: TestContext;
let employerId: number;

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
});
afterAll(() => t.dispose());

const amount = centsFromInteger(4_200);

const pay = (trx: Trx, reference: string) =>
  recordPayment(
    trx,
    t.ctx,
    {
      payer: { kind: 'employer', employerId },
      amount,
      receivedOn: '2026-03-02' as CalendarDate,
      channel: 'bank_file',
      reference,
    },
    'staff:1',
  );

const notify = (trx: Trx, reference: string) =>
  sendPaymentNotice(trx, t.ctx, systemActor, {
    employerId,
    amount,
    paidOn: '2026-03-01' as CalendarDate,
    bank: '中国建设银行',
    reference,
    billNos: [],
    note: null,
    channel: 'hall',
    sentBy: 'test',
  });

/** Runs `first` in a transaction kept open until `second`, started meanwhile, had time to block. */
async function overlapping(first: (trx: Trx) => Promise<unknown>, second: (trx: Trx) => Promise<unknown>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const held = t.ctx.db.transaction().execute(async (trx) => {
    await first(trx);
    entered();
    await gate;
  });
  await inside;
  const other = t.ctx.db.transaction().execute(second);
  await new Promise((resolve) => setTimeout(resolve, OVERLAP_MS));
  release();
  await Promise.all([held, other]);
}

async function noticeOf(reference: string) {
  return t.ctx.db
    .selectFrom('payment_notices as n')
    .leftJoin('payments as p', 'p.id', 'n.payment_id')
    .select(['n.status', 'n.resolved_by', 'p.reference'])
    .where('n.employer_id', '=', employerId)
    .where('n.reference', '=', reference)
    .executeTakeFirstOrThrow();
}

describe('a notice and its payment at the same time', () => {
  it('the payment first, still uncommitted when the notice is sent: matched', async () => {
    await overlapping(
      (trx) => pay(trx, 'RACE-PAY-FIRST'),
      (trx) => notify(trx, 'RACE-PAY-FIRST'),
    );
    expect(await noticeOf('RACE-PAY-FIRST')).toEqual({
      status: 'matched',
      resolved_by: 'auto',
      reference: 'RACE-PAY-FIRST',
    });
  });

  it('the notice first, still uncommitted when the payment is recorded: matched', async () => {
    await overlapping(
      (trx) => notify(trx, 'RACE-NOTICE-FIRST'),
      (trx) => pay(trx, 'RACE-NOTICE-FIRST'),
    );
    expect(await noticeOf('RACE-NOTICE-FIRST')).toEqual({
      status: 'matched',
      resolved_by: 'auto',
      reference: 'RACE-NOTICE-FIRST',
    });
  });
});
