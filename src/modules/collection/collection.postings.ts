/**
 * The journal entries of collection other than the contributions themselves (those go through
 * `postContributions`): bills as receivables, held credit, credit applied, refunds and late fees.
 * Pure builders; each entry's idempotency key is derived from what it posts (the bill, the
 * payment, the refund), so a rerun never posts twice.
 *
 * A bill is owed from its issue: Dr the payer's receivable / Cr contributions billed, per fund,
 * effective on the first day of its period (the month the obligation is for); a bill replaced
 * while unpaid is taken out again, and paying its lines clears them the other way round. Income
 * itself stays cash-based (the contribution posting, when the money arrives), so the receivable
 * and its counterpart change no pooled, bank or individual figure.
 *
 * Unallocated money sits in the pension fund's income bank account (收入户) against the
 * payer's pension receivable, whose credit balance is what the payers have paid in advance.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import { firstDayOf, type Period } from '../../kernel/period.ts';
import { FUNDS, type AccountKind, type Fund, type PostingLine, type PostingRequest } from '../ledger/index.ts';
import type { PayerKind } from './collection.model.ts';

export const COLLECTION_SOURCE = 'collection';

/** The fund whose accounts hold payers' credit. */
const CREDIT_FUND: Fund = 'pension';

/** The ledger account of what a payer of this kind owes (and, as a credit balance, has paid ahead). */
export function receivableKind(payerKind: PayerKind): AccountKind {
  return payerKind === 'employer' ? 'employer_receivable' : 'person_receivable';
}

interface Move {
  readonly payerKind: PayerKind;
  readonly region: string;
  readonly amount: Cents;
  readonly on: CalendarDate;
}

/** What a bill (or the part of it one payment paid) owes per fund, in fen. */
export type FundAmounts = ReadonlyMap<Fund, Cents>;

interface BillMove {
  readonly billId: number;
  readonly payerKind: PayerKind;
  readonly region: string;
  readonly period: Period;
  readonly amounts: FundAmounts;
}

/** Per fund with something owed: the receivable on `receivableSide`, contributions billed on the other. */
function receivableLines(move: BillMove, receivableSide: 'debit' | 'credit'): PostingLine[] {
  const other = receivableSide === 'debit' ? 'credit' : 'debit';
  return FUNDS.flatMap((fund) => {
    const amount = move.amounts.get(fund) ?? 0;
    if (amount <= 0) return [];
    const at = (kind: AccountKind) => ({ fund, kind, region: move.region });
    return [
      { account: at(receivableKind(move.payerKind)), side: receivableSide, amount: amount as Cents },
      { account: at('contributions_billed'), side: other, amount: amount as Cents },
    ];
  });
}

const monthText = (period: Period) => `${period.slice(0, 4)}年${period.slice(4)}月`;

/** A bill issued: Dr receivable / Cr contributions billed per fund; null when it owes nothing. */
export function billIssuedPosting(bill: BillMove & { readonly billNo: string }): PostingRequest | null {
  const lines = receivableLines(bill, 'debit');
  if (lines.length === 0) return null;
  return {
    idempotencyKey: `collection:bill:${bill.billId}`,
    effectiveOn: firstDayOf(bill.period),
    period: bill.period,
    sourceModule: COLLECTION_SOURCE,
    sourceRef: `bill:${bill.billId}`,
    reason: `${monthText(bill.period)}缴费单${bill.billNo}应收`,
    lines,
  };
}

/** An unpaid bill replaced (cancelled): its receivable taken out, on the day it was booked. */
export function billCancelledPosting(bill: BillMove & { readonly billNo: string }): PostingRequest | null {
  const lines = receivableLines(bill, 'credit');
  if (lines.length === 0) return null;
  return {
    idempotencyKey: `collection:bill-cancelled:${bill.billId}`,
    effectiveOn: firstDayOf(bill.period),
    period: bill.period,
    sourceModule: COLLECTION_SOURCE,
    sourceRef: `bill:${bill.billId}`,
    reason: `缴费单${bill.billNo}作废，冲销应收`,
    lines,
  };
}

/**
 * Lines of a bill paid by one payment or one application of credit (`sourceKey`: 'payment:<id>',
 * 'credit:<id>'): Dr contributions billed / Cr receivable per fund, on the day the money paid them.
 */
export function billSettledPosting(
  bill: BillMove & { readonly sourceKey: string; readonly on: CalendarDate },
): PostingRequest | null {
  const lines = receivableLines(bill, 'credit');
  if (lines.length === 0) return null;
  return {
    idempotencyKey: `collection:settle:${bill.billId}:${bill.sourceKey}`,
    effectiveOn: bill.on,
    period: bill.period,
    sourceModule: COLLECTION_SOURCE,
    sourceRef: `bill:${bill.billId}`,
    reason: `${monthText(bill.period)}缴费到账，冲销应收`,
    lines,
  };
}

function bankAgainstReceivable(
  move: Move,
  bankSide: 'debit' | 'credit',
  key: string,
  sourceRef: string,
  reason: string,
): PostingRequest {
  const other = bankSide === 'debit' ? 'credit' : 'debit';
  return {
    idempotencyKey: key,
    effectiveOn: move.on,
    period: null,
    sourceModule: COLLECTION_SOURCE,
    sourceRef,
    reason,
    lines: [
      { account: { fund: CREDIT_FUND, kind: 'bank_income', region: move.region }, side: bankSide, amount: move.amount },
      {
        account: { fund: CREDIT_FUND, kind: receivableKind(move.payerKind), region: move.region },
        side: other,
        amount: move.amount,
      },
    ],
  };
}

/** Money of a payment left after allocation: Dr bank_income(pension) / Cr the payer's receivable(pension). */
export function heldCreditPosting(
  move: Move & { readonly paymentId: number; readonly paymentNo: string },
): PostingRequest {
  return bankAgainstReceivable(
    move,
    'debit',
    `collection:held:${move.paymentId}`,
    `payment:${move.paymentId}`,
    `缴款${move.paymentNo}溢缴（预缴）挂账`,
  );
}

/** Credit applied to open lines: Dr the payer's receivable(pension) / Cr bank_income(pension). */
export function creditAppliedPosting(move: Move & { readonly creditId: number }): PostingRequest {
  return bankAgainstReceivable(
    move,
    'credit',
    `collection:apply:${move.creditId}`,
    `credit:${move.creditId}`,
    '预缴（溢缴）余额抵缴应缴费用',
  );
}

/** Credit refunded to the payer: Dr the payer's receivable(pension) / Cr bank_income(pension). */
export function refundPosting(move: Move & { readonly refundId: number; readonly refundNo: string }): PostingRequest {
  return bankAgainstReceivable(
    move,
    'credit',
    `collection:refund:${move.refundId}`,
    `refund:${move.refundId}`,
    `退费${move.refundNo}：退还预缴（溢缴）款`,
  );
}

/**
 * A late fee paid: Dr bank_income(fund) / Cr pooled_fund(fund); 滞纳金 goes into the fund of the
 * line. `allocationKey` says which money paid it ('payment:<id>' or 'credit:<id>').
 */
export function lateFeePaidPosting(fee: {
  readonly lateFeeId: number;
  readonly allocationKey: string;
  readonly fund: Fund;
  readonly region: string;
  readonly amount: Cents;
  readonly on: CalendarDate;
  readonly billId: number;
  readonly period: string;
}): PostingRequest {
  return {
    idempotencyKey: `collection:latefee:${fee.lateFeeId}:${fee.allocationKey}`,
    effectiveOn: fee.on,
    period: null,
    sourceModule: COLLECTION_SOURCE,
    sourceRef: `bill:${fee.billId}`,
    reason: `${fee.period.slice(0, 4)}年${fee.period.slice(4)}月缴费滞纳金`,
    lines: [
      { account: { fund: fee.fund, kind: 'bank_income', region: fee.region }, side: 'debit', amount: fee.amount },
      { account: { fund: fee.fund, kind: 'pooled_fund', region: fee.region }, side: 'credit', amount: fee.amount },
    ],
  };
}
