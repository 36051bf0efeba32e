/**
 * Late fees on payment (RULES §3): a back-payment bill carries them only when the employer was at
 * fault; an extension or a back payment the employer was not at fault for carries none.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../kernel/cents.ts';
import type { Payer } from './collection.model.ts';
import { recordPayment } from './collection.payments.ts';

let t: TestContext;
let payer: Payer;
let persons: number[];

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  // An employer of its own: the demo's hall employer has a history of bills and payments.
  payer = { kind: 'employer', employerId: (await freshEmployer(t.ctx)).id };
  persons = await freshPersonIds(t.ctx, 3);
});
afterAll(() => t.dispose());

async function backPayment(personId: number, kind: 'back_payment' | 'extension', atFault: boolean): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO back_payments (back_payment_no, kind, payer_kind, employer_id, person_id, from_period, to_period,
                               wage_fen, schemes, employer_at_fault, reason, status, proposed_by, proposed_at)
    VALUES (${`BP-${kind}-${personId}`}, ${kind}, 'employer', ${payer.kind === 'employer' ? payer.employerId : null},
            ${personId}, '202507', '202507', 500000, ARRAY['pension'], ${atFault}, 'test', 'approved', 1, now())
    RETURNING id`.execute(t.ctx.db);
  return Number(rows[0]!.id);
}

async function payLate(billId: number, reference: string) {
  return t.ctx.db.transaction().execute((trx) =>
    recordPayment(
      trx,
      t.ctx,
      {
        payer,
        amount: centsFromInteger(200_000),
        receivedOn: '2026-02-20' as CalendarDate,
        channel: 'window',
        reference,
        billIds: [billId],
      },
      'staff:1',
    ),
  );
}

describe('late fees on back-payment bills', () => {
  it('charges none when the employer was not at fault, nor on an extension; charges when at fault', async () => {
    const cases = [
      ['back_payment', false, persons[0]!],
      ['extension', false, persons[1]!],
      ['back_payment', true, persons[2]!],
    ] as const;
    const fees: number[] = [];
    for (const [kind, atFault, personId] of cases) {
      const bp = await backPayment(personId, kind, atFault);
      const bill = await issue(
        t.ctx,
        assessment(payer, '202507', [line(personId, 'pension', 80_000, 40_000)], 'back_payment'),
        bp,
      );
      fees.push((await payLate(bill.id, `late-${kind}-${atFault}`)).lateFeesCharged);
    }
    expect(fees[0]).toBe(0);
    expect(fees[1]).toBe(0);
    expect(fees[2]).toBeGreaterThan(0);
  });
});
