/**
 * The demo's money arrives as the bank sends it: a payment file (到账文件) of the month's transfers,
 * imported by the fund accountant through `importPaymentFile`, each row naming the bill it pays
 * and carrying exactly what that bill owes on the day received (its open lines and, past the due
 * day, the late fee the allocation charges), so every row reconciles as matched.
 */
import type { AppContext } from '../app-context.ts';
import type { CalendarDate } from '../kernel/calendar-date.ts';
import { addCents, centsToDecimal, parseCents, sumCents, zeroCents, type Cents } from '../kernel/cents.ts';
import { payerArrears } from '../modules/arrears/index.ts';
import { importPaymentFile, type BillSummary, type Payer } from '../modules/collection/index.ts';
import type { DemoStaffMember } from './demo-staff.ts';

/** One transfer the bank reports. */
export interface BankRow {
  /** The payer's credit code, or a flexible worker's citizen ID. */
  readonly payerCode: string;
  readonly amount: Cents;
  readonly receivedOn: CalendarDate;
  readonly billNo: string;
}

/** The rows paying `bills` of `payer` in full on `on` (late fees included). */
export async function rowsPaying(
  ctx: AppContext,
  payer: Payer,
  payerCode: string,
  bills: readonly BillSummary[],
  on: CalendarDate,
): Promise<BankRow[]> {
  if (bills.length === 0) return [];
  const arrears = await payerArrears(ctx.db, payer, on);
  const feeOf = new Map((arrears?.byPeriod ?? []).map((p) => [p.period as string, p.lateFee]));
  // A payer's late fee is priced per period: one open bill per period is paid at a time here.
  return bills.map((bill) => ({
    payerCode,
    amount: addCents(parseCents(bill.open), bill.dueOn < on ? (feeOf.get(bill.period) ?? zeroCents) : zeroCents),
    receivedOn: on,
    billNo: bill.billNo,
  }));
}

/** The file's text: header, one line a transfer (reference = bank, day and sequence), the total. */
function csvOf(rows: readonly BankRow[]): string {
  const lines = ['缴费主体代码,金额,到账日期,交易流水号,缴费单号'];
  rows.forEach((r, i) => {
    const reference = `ICBC${r.receivedOn.replaceAll('-', '')}${String(i + 1).padStart(4, '0')}`;
    lines.push([r.payerCode, centsToDecimal(r.amount), r.receivedOn, reference, r.billNo].join(','));
  });
  lines.push(`合计,${centsToDecimal(sumCents(rows.map((r) => r.amount)))}`);
  return `${lines.join('\n')}\n`;
}

/** Imports the month's bank file as the fund accountant; refuses loudly if any row did not match. */
export async function importBankFile(
  ctx: AppContext,
  accountant: DemoStaffMember,
  name: string,
  rows: readonly BankRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const file = await importPaymentFile(ctx, accountant.actor, accountant.audit, {
    source: 'bank',
    fileName: name,
    bytes: Buffer.from(csvOf(rows), 'utf8'),
    language: 'zh-CN',
  });
  if (file.report.counts.matched !== rows.length)
    throw new Error(`demo: bank file ${name} did not match every row: ${JSON.stringify(file.report.counts)}`);
}
