/**
 * Shared shapes of the rights ledger: funds, account kinds, the posting request every writer of
 * money builds, and the limits. Every part of the module (journal, balances, rights records,
 * interest, statements, reconciliation) and every caller (contribution, benefit, transfer) agrees
 * on these (docs/api-ledger.md).
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import type { AccountKind, Fund, IndividualFund, RightsStatus, Side } from '../../db/schema.ts';

export type { AccountKind, Fund, IndividualFund, RightsStatus, Side };

export const FUNDS = ['pension', 'medical', 'unemployment', 'work_injury'] as const satisfies readonly Fund[];
/** The two sides of a journal line. */
export const SIDES = ['debit', 'credit'] as const satisfies readonly Side[];
/** Funds that keep an individual account per person (个人账户). */
export const INDIVIDUAL_FUNDS = ['pension', 'medical'] as const satisfies readonly IndividualFund[];

export const ACCOUNT_KINDS = [
  'pooled_fund',
  'individual_liability',
  'employer_receivable',
  'person_receivable',
  'contributions_billed',
  'contribution_income',
  'interest_expense',
  'benefit_expenditure',
  'transfer_clearing',
  'bank_income',
  'bank_expenditure',
  'bank_fiscal',
] as const satisfies readonly AccountKind[];

/** The side on which each kind of account grows. */
export const NORMAL_SIDE: Readonly<Record<AccountKind, Side>> = {
  pooled_fund: 'credit',
  individual_liability: 'credit',
  employer_receivable: 'debit',
  person_receivable: 'debit',
  contributions_billed: 'credit',
  contribution_income: 'credit',
  interest_expense: 'debit',
  benefit_expenditure: 'debit',
  transfer_clearing: 'debit',
  bank_income: 'debit',
  bank_expenditure: 'debit',
  bank_fiscal: 'debit',
};

export const RIGHTS_STATUSES = [
  'due',
  'paid',
  'arrears',
  'back_paid',
  'transferred_in',
  'transferred_out',
] as const satisfies readonly RightsStatus[];

/** An account named by what it is; the journal resolves it to `ledger_accounts.id`. */
export interface AccountRef {
  readonly fund: Fund;
  readonly kind: AccountKind;
  readonly region: string;
}

/**
 * One line of a posting. A line with `personId` posts to that person's individual account of the
 * fund; its `account.kind` must then be 'individual_liability'.
 */
export interface PostingLine {
  readonly account: AccountRef;
  readonly side: Side;
  /** Positive, whole fen. */
  readonly amount: Cents;
  readonly personId?: number | null;
}

/** What a writer of money asks the journal to book: one balanced entry. */
export interface PostingRequest {
  /** Unique per business fact, e.g. 'contribution:bill:17:person:42:pension:202501'. */
  readonly idempotencyKey: string;
  readonly effectiveOn: CalendarDate;
  readonly period?: Period | null;
  readonly sourceModule: string;
  readonly sourceRef: string;
  readonly reason: string;
  readonly lines: readonly PostingLine[];
}

/** An entry as booked (or found again for a repeated idempotency key: `replayed`). */
export interface PostedEntry {
  readonly id: number;
  readonly batchNo: number;
  readonly idempotencyKey: string;
  readonly bookedAt: Date;
  readonly replayed: boolean;
}

/** A balance in the account's normal direction, with its two totals. */
export interface Balance {
  readonly debit: Cents;
  readonly credit: Cents;
  readonly balance: Cents;
}

/** Bitemporal coordinates: the effective date of the world, the booking time of our knowledge. */
export interface AsOf {
  /** Lines effective on or before this day (default: all). */
  readonly asOf?: CalendarDate;
  /** Lines booked at or before this instant (default: all). */
  readonly knownAt?: Date;
}

export const ledgerLimits = {
  linesPerEntryMax: 1_000,
  entriesPerBatchMax: 5_000,
  idempotencyKeyLengthMax: 200,
  reasonLengthMax: 500,
  pageSizeMax: 100,
} as const;
