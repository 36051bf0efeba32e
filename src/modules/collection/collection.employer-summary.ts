/** The employer's collection summary, the tab of the staff's 360 view of an employer. */
import type { AppContext } from '../../app-context.ts';
import { dateParts, today as todayInChina } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents } from '../../kernel/cents.ts';
import { billsOfPayer } from './collection.bills.views.ts';
import type { Payer } from './collection.model.ts';
import { creditOf } from './collection.payments.views.ts';

const decimal = (fen: number) => centsToDecimal(centsFromInteger(fen));

/** Open bills, paid this year, arrears (open lines of bills past due), late fees open, credit. */
export async function employerSummary(ctx: AppContext, employerId: number) {
  const payer: Payer = { kind: 'employer', employerId };
  const open = await billsOfPayer(ctx.db, payer, { status: 'open' });
  const today = todayInChina(ctx.clock);
  const year = dateParts(today).year;
  const paidThisYear = await ctx.db
    .selectFrom('payments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.lit(0)).as('n'))
    .where('employer_id', '=', employerId)
    .where('received_on', '>=', `${year}-01-01`)
    .executeTakeFirstOrThrow();
  const fees = await ctx.db
    .selectFrom('late_fees as f')
    .innerJoin('contribution_bills as b', 'b.id', 'f.bill_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(eb.ref('f.fee_fen')), eb.lit(0)).as('n'))
    .where('b.employer_id', '=', employerId)
    .where('f.status', '=', 'open')
    .executeTakeFirstOrThrow();
  const arrears = open.filter((b) => b.dueOn < today).reduce((s, b) => s + Number(parseCents(b.open)), 0);
  return {
    openBills: open,
    paidThisYear: decimal(Number(paidThisYear.n)),
    arrears: decimal(arrears),
    lateFeesOpen: decimal(Number(fees.n)),
    credit: await creditOf(ctx.db, payer),
  };
}
