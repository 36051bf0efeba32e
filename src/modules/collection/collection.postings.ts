/**
 * The journal entries of collection other than the contributions themselves (those go through
 * `postContributions`): held credit, credit applied, refunds and late fees. Pure builders; the
 * idempotency keys are the contract's (docs/collection-plan.md), so a rerun never posts twice.
 *
 * Unallocated money sits in the pension fund's income bank account (收入户) against the
 * pension receivable, whose credit balance is what the payers have paid in advance.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import type { Fund, PostingRequest } from '../ledger/index.ts';

export const COLLECTION_SOURCE = 'collection';

/** The fund whose accounts hold payers' credit. */
const CREDIT_FUND: Fund = 'pension';

interface Move {
  readonly region: string;
  readonly amount: Cents;
  readonly on: CalendarDate;
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
        account: { fund: CREDIT_FUND, kind: 'employer_receivable', region: move.region },
        side: other,
        amount: move.amount,
      },
    ],
  };
}

/** Money of a payment left after allocation: Dr bank_income(pension) / Cr employer_receivable(pension). */
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

/** Credit applied to open lines: Dr employer_receivable(pension) / Cr bank_income(pension). */
export function creditAppliedPosting(move: Move & { readonly creditId: number }): PostingRequest {
  return bankAgainstReceivable(
    move,
    'credit',
    `collection:apply:${move.creditId}`,
    `credit:${move.creditId}`,
    '预缴（溢缴）余额抵缴应缴费用',
  );
}

/** Credit refunded to the payer: Dr employer_receivable(pension) / Cr bank_income(pension). */
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
