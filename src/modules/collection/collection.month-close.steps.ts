/**
 * What the month close calls in the other parts (docs/collection-plan.md): A's bulk assessment,
 * B's bulk billing and crediting, C's arrears roll. The close takes them as one object so that its
 * own tests can run the status machine and the cursor over small stand-ins; `collectionSteps` is
 * the real wiring.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import { rollArrears } from './collection.arrears.ts';
import { assessPayers } from './collection.assessment.ts';
import { issueBills, recordUnpaidDue, type IssuedBill } from './collection.bills.ts';
import type { Assessment, Payer } from './collection.model.ts';
import { applyCredits } from './collection.payments.ts';

type Trx = Transaction<Database>;

export interface MonthCloseSteps {
  /** A: every payer's assessment of the period (declared, else 110 % of the last declared month). */
  assessPayers(db: Db, payers: readonly Payer[], period: Period): Promise<readonly Assessment[]>;
  /**
   * B: one regular bill per assessment, replacing an open unpaid one, in assessment order. No
   * rights record yet (`deferDue`): `recordUnpaidDue` writes the owed months after the credit.
   */
  issueBills(
    trx: Trx,
    ctx: AppContext,
    assessments: readonly Assessment[],
    options: { monthCloseId: number; deferDue: true },
  ): Promise<readonly IssuedBill[]>;
  /** B: the payers' held credit to their open lines (contributions posted, records paid). */
  applyCredits(
    trx: Trx,
    ctx: AppContext,
    payers: readonly Payer[],
    asOf: CalendarDate,
  ): Promise<{ readonly paidLines: ReadonlySet<string> }>;
  /** B: rights records 'due' for the new bills' lines the credit left open. */
  recordUnpaidDue(
    trx: Trx,
    ctx: AppContext,
    issued: ReadonlyArray<{ readonly billId: number; readonly assessment: Assessment }>,
    paid: ReadonlySet<string>,
  ): Promise<unknown>;
  /** C: open lines of bills due before `asOf` → rights records 'arrears'. */
  rollArrears(trx: Trx, ctx: AppContext, input: { region: string; asOf: CalendarDate }): Promise<unknown>;
}

/** The real steps of parts A, B and C. */
export const collectionSteps: MonthCloseSteps = {
  assessPayers: (db, payers, period) => assessPayers(db, payers, period),
  issueBills,
  applyCredits: (trx, ctx, payers, asOf) => applyCredits(trx, ctx, payers, asOf),
  recordUnpaidDue,
  rollArrears,
};
