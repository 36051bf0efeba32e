/**
 * Contribution collection (征缴): the shapes every part shares. The tables are
 * migrations/0023_collection.sql and the ones after it; the rules are RULES.md §1–3.
 */
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import { firstDayOf, lastDayOf, nextPeriod, type Period } from '../../kernel/period.ts';
import type { CollectionScheme, PayerKind } from '../../db/tables/collection.ts';

export type { CollectionScheme, PayerKind } from '../../db/tables/collection.ts';

/** The schemes in the order a payment pays them (and a bill lists them). */
export const COLLECTION_SCHEMES = [
  'pension',
  'medical',
  'unemployment',
  'work_injury',
] as const satisfies readonly CollectionScheme[];

/** The schemes a flexible worker (灵活就业人员) contributes to. */
export const FLEXIBLE_SCHEMES = ['pension', 'medical'] as const satisfies readonly CollectionScheme[];

/** Who pays: an employer for its employees, or a flexible worker for themself. */
export type Payer =
  { readonly kind: 'employer'; readonly employerId: number } | { readonly kind: 'flexible'; readonly personId: number };

/** One person's one scheme for one period, assessed. Amounts are rounded per component. */
export interface AssessedLine {
  readonly personId: number;
  readonly scheme: CollectionScheme;
  /** What the base came from: the declared wage (or the 110 % of the last one). */
  readonly wage: Cents;
  readonly base: Cents;
  readonly employer: Cents;
  readonly employee: Cents;
  readonly accountCredit: Cents;
  /** The exact rates used (work injury: class base rate × the employer's float). */
  readonly employerRate: string;
  readonly employeeRate: string;
}

/** What a payer owes for one period, before it becomes a bill. */
export interface Assessment {
  readonly payer: Payer;
  readonly period: Period;
  readonly region: string;
  readonly basis: 'declared' | 'undeclared' | 'back_payment';
  readonly declarationId: number | null;
  readonly declarationRevision: number | null;
  readonly lines: readonly AssessedLine[];
}

/** The payer columns of the collection tables. */
export function payerColumns(payer: Payer): {
  payer_kind: PayerKind;
  employer_id: number | null;
  person_id: number | null;
} {
  return payer.kind === 'employer'
    ? { payer_kind: 'employer', employer_id: payer.employerId, person_id: null }
    : { payer_kind: 'flexible', employer_id: null, person_id: payer.personId };
}

/** The payer of a row with payer columns. */
export function payerOf(row: { payer_kind: PayerKind; employer_id: number | null; person_id: number | null }): Payer {
  return row.payer_kind === 'employer'
    ? { kind: 'employer', employerId: row.employer_id! }
    : { kind: 'flexible', personId: row.person_id! };
}

/** A stable text key of a payer ('employer:17', 'flexible:42'). */
export function payerKey(payer: Payer): string {
  return payer.kind === 'employer' ? `employer:${payer.employerId}` : `flexible:${payer.personId}`;
}

/** A period's contributions are due by the last day of its month (所属期当月缴纳). */
export function billDueOn(period: Period): CalendarDate {
  return lastDayOf(period);
}

/** Late fees run from the first day of the month after the period (RULES §3). */
export function lateFeeStart(period: Period): CalendarDate {
  return firstDayOf(nextPeriod(period));
}

/** The day before `date` (a late fee's end: the day before the payment is assessed). */
export function dayBefore(date: CalendarDate): CalendarDate {
  return addDays(date, -1);
}

/** Document number prefixes (the 8-digit id follows the prefix and the period or date). */
export const DOCUMENT_PREFIXES = {
  declaration: 'SB',
  bill: 'JF',
  payment: 'SK',
  refund: 'TF',
  paymentFile: 'WJ',
  paymentOrder: 'CJ',
  deferral: 'HJ',
  backPayment: 'BJ',
  paymentNotice: 'TZ',
} as const;

/** 'JF' + '202511' + '00000017': a document's number from its kind, its period or date digits and its id. */
export function documentNo(kind: keyof typeof DOCUMENT_PREFIXES, stamp: string, id: number): string {
  return `${DOCUMENT_PREFIXES[kind]}${stamp}${String(id).padStart(8, '0')}`;
}

const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

/**
 * The exact product of two non-negative decimal strings ('0.004' × '1.2' = '0.0048'), for a rate
 * made of two factors (work injury: the class's base rate × the employer's float). Never rounded.
 */
export function multiplyRates(a: string, b: string): string {
  const [wa, fa] = splitDecimal(a);
  const [wb, fb] = splitDecimal(b);
  const scale = fa.length + fb.length;
  const digits = (BigInt(wa + fa) * BigInt(wb + fb)).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

function splitDecimal(value: string): [string, string] {
  const match = decimalPattern.exec(value);
  if (!match) throw new Error(`${JSON.stringify(value)} is not a non-negative decimal`);
  return [match[1]!, match[2] ?? ''];
}

/** How a declaration came in: the hall's form, the payroll API, the window, a spreadsheet import. */
export const DECLARATION_CHANNELS = ['web', 'api', 'window', 'import'] as const;
export type DeclarationChannel = (typeof DECLARATION_CHANNELS)[number];
