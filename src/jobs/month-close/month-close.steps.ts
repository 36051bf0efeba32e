/**
 * What the month close calls in the other parts of collection: the bulk assessment of
 * declarations, bulk billing and crediting, and the arrears roll. The close takes them as one object so that its
 * own tests can run the status machine and the cursor over small stand-ins; `collectionSteps` is
 * the real wiring.
 */
import type { AppContext } from '../../app-context.ts';
import type { Db, Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import { rollArrears } from '../../modules/arrears/index.ts';
import { assessPayers } from '../../modules/contributions/index.ts';
import {
  issueBills,
  writeDeferredLines,
  type DeferredBill,
  type IssuedBill,
  type LinePayment,
  type Assessment,
  type Payer,
  applyCredits,
} from '../../modules/collection/index.ts';

export interface MonthCloseSteps {
  /** A: every payer's assessment of the period (declared, else 110 % of the last declared month). */
  assessPayers(db: Db, payers: readonly Payer[], period: Period): Promise<readonly Assessment[]>;
  /**
   * B: one regular bill per assessment, replacing an open unpaid one, in assessment order. Headers
   * only (`deferLines`): `writeDeferredLines` writes the lines once the credit is spent.
   */
  issueBills(
    trx: Trx,
    ctx: AppContext,
    assessments: readonly Assessment[],
    options: { monthCloseId: number; deferLines: true },
  ): Promise<readonly IssuedBill[]>;
  /**
   * B: the payers' held credit to their open lines, those of `fresh` included (contributions
   * posted, records paid); returns how each line was paid.
   */
  applyCredits(
    trx: Trx,
    ctx: AppContext,
    payers: readonly Payer[],
    asOf: CalendarDate,
    fresh: readonly DeferredBill[],
  ): Promise<{ readonly paidLines: ReadonlyMap<string, LinePayment> }>;
  /** B: the new bills' lines, paid as the credit paid them, the others open and recorded 'due'. */
  writeDeferredLines(
    trx: Trx,
    ctx: AppContext,
    issued: readonly DeferredBill[],
    paid: ReadonlyMap<string, LinePayment>,
  ): Promise<unknown>;
  /** C: open lines of bills due before `asOf` → rights records 'arrears'. */
  rollArrears(trx: Trx, ctx: AppContext, input: { region: string; asOf: CalendarDate }): Promise<unknown>;
}

/** The real steps of parts A, B and C. */
export const collectionSteps: MonthCloseSteps = {
  assessPayers: (db, payers, period) => assessPayers(db, payers, period),
  issueBills,
  applyCredits: (trx, ctx, payers, asOf, fresh) => applyCredits(trx, ctx, payers, asOf, { fresh }),
  writeDeferredLines,
  rollArrears,
};
