/**
 * Builders of the standard postings, pure: callers
 * build the request here and hand it to `postEntries`, so every module books the same shape.
 */
import { assert } from '../../../kernel/assert.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { addCents, subCents, type Cents } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { type JournalRequest, swapSide } from './ledger.journal.rules.ts';
import {
  INDIVIDUAL_FUNDS,
  type AccountKind,
  type Fund,
  type IndividualFund,
  type PostingLine,
  type PostingRequest,
} from '../ledger.model.ts';

/** A contribution paid for one person, scheme and period. */
export interface ContributionPayment {
  readonly personId: number;
  readonly scheme: Fund;
  readonly region: string;
  readonly employerAmount: Cents;
  readonly employeeAmount: Cents;
  /** The part credited to the individual account (pension and medical only; 0 otherwise). */
  readonly accountCredit: Cents;
  readonly effectiveOn: CalendarDate;
  readonly period: Period;
  readonly sourceModule: string;
  /** The paying record, e.g. 'bill:17'. */
  readonly sourceRef: string;
  readonly reason: string;
  /** Default: 'contribution:<sourceRef>:<personId>:<scheme>:<period>'. */
  readonly idempotencyKey?: string;
}

/** Dr bank_income (all paid); Cr contribution_income (paid − credit); Cr individual_liability (credit). */
export function contributionPosting(payment: ContributionPayment): PostingRequest {
  const { employerAmount, employeeAmount, accountCredit, scheme, region, personId } = payment;
  assert(employerAmount >= 0 && employeeAmount >= 0 && accountCredit >= 0, 'contribution amounts are negative');
  const total = addCents(employerAmount, employeeAmount);
  assert(accountCredit <= total, 'the account credit exceeds the contribution');
  assert(accountCredit === 0 || isIndividualFund(scheme), `${scheme} keeps no individual accounts`);
  const line = (kind: AccountKind, side: 'debit' | 'credit', amount: Cents, person?: number): PostingLine =>
    person === undefined
      ? { account: { fund: scheme, kind, region }, side, amount }
      : { account: { fund: scheme, kind, region }, side, amount, personId: person };
  const lines = [
    line('bank_income', 'debit', total),
    line('contribution_income', 'credit', subCents(total, accountCredit)),
    line('individual_liability', 'credit', accountCredit, personId),
  ].filter((l) => l.amount > 0);
  return {
    idempotencyKey:
      payment.idempotencyKey ?? `contribution:${payment.sourceRef}:${personId}:${scheme}:${payment.period}`,
    effectiveOn: payment.effectiveOn,
    period: payment.period,
    sourceModule: payment.sourceModule,
    sourceRef: payment.sourceRef,
    reason: payment.reason,
    lines,
  };
}

/** Year-end interest credited to one individual account. */
export interface InterestCredit {
  readonly personId: number;
  readonly fund: IndividualFund;
  readonly region: string;
  /** Positive fen. */
  readonly amount: Cents;
  /** The year the interest is for. */
  readonly year: number;
  /** Default: 31 December of `year`. */
  readonly effectiveOn?: CalendarDate;
  /** Default: 'interest'. */
  readonly sourceModule?: string;
  /** Default: 'year:<year>'; the interest run passes 'run:<id>'. */
  readonly sourceRef?: string;
  /** Default: '<year>年度个人账户记账利息'. */
  readonly reason?: string;
}

/** Dr interest_expense; Cr individual_liability of the person. Key 'interest:<year>:<fund>:<personId>'. */
export function interestPosting(credit: InterestCredit): PostingRequest {
  const { fund, region, amount, year, personId } = credit;
  assert(Number.isInteger(year) && year >= 1900 && year <= 9999, `year ${year} is not a year`);
  return {
    idempotencyKey: `interest:${year}:${fund}:${personId}`,
    effectiveOn: credit.effectiveOn ?? (`${year}-12-31` as CalendarDate),
    period: null,
    sourceModule: credit.sourceModule ?? 'interest',
    sourceRef: credit.sourceRef ?? `year:${year}`,
    reason: credit.reason ?? `${year}年度个人账户记账利息`,
    lines: [
      { account: { fund, kind: 'interest_expense', region }, side: 'debit', amount },
      { account: { fund, kind: 'individual_liability', region }, side: 'credit', amount, personId },
    ],
  };
}

/** An entry as booked, in the fields its reversal copies. */
export interface BookedEntry {
  readonly id: number;
  readonly effectiveOn: CalendarDate;
  readonly period: Period | null;
  readonly sourceModule: string;
  readonly sourceRef: string;
  readonly reason: string;
  readonly lines: readonly PostingLine[];
}

/**
 * The reversal of an entry: the same lines with sides swapped, effective on the original's date
 * (so as-of balances of that date are corrected; the booking time keeps what was known before),
 * under the original's source, so a lookup by source finds the original and its reversal.
 */
export function reversalPosting(entry: BookedEntry, reason: string): JournalRequest {
  return {
    idempotencyKey: `reversal:${entry.id}`,
    effectiveOn: entry.effectiveOn,
    period: entry.period,
    sourceModule: entry.sourceModule,
    sourceRef: entry.sourceRef,
    reason,
    reversesEntryId: entry.id,
    lines: entry.lines.map((l) => ({ ...l, side: swapSide(l.side) })),
  };
}

function isIndividualFund(fund: Fund): fund is IndividualFund {
  return (INDIVIDUAL_FUNDS as readonly Fund[]).includes(fund);
}
