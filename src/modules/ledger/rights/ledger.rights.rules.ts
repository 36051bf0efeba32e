/**
 * Pure rules of the rights record (权益记录, GB/T 27768 §7.2.3): which months count towards a
 * scheme's cumulative contribution months, a month's status on a given day (due until its due
 * day, in arrears after), the derived events (account established, interrupted, resumed,
 * transferred in and out) and the table by year. No I/O: the service loads the rows.
 */
import { addCents, zeroCents, type Cents } from '../../../kernel/cents.ts';
import { diffMonths, nextPeriod, periodOf, type Period } from '../../../kernel/period.ts';
import { compareDates, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { FUNDS, type Fund, type IndividualFund, type RightsStatus } from '../ledger.model.ts';

/** Statuses whose month counts as a contribution month of this agency's record. */
export const COUNTING_STATUSES: ReadonlySet<RightsStatus> = new Set(['paid', 'back_paid', 'transferred_in']);

/** The least a rule needs of a rights record. */
export interface RightsMonthFact {
  readonly scheme: Fund;
  readonly period: string;
  readonly status: RightsStatus;
}

/** A record with the day an owed month falls due (null once paid, if it never was owed). */
export interface OwedMonthFact extends RightsMonthFact {
  readonly dueOn: CalendarDate | null;
}

/**
 * A record's status on `today` (China time): an owed month is `due` (待缴, not yet due) up to and
 * including its due day and in `arrears` from the day after, even before the month close rolls the
 * stored record into arrears. An owed month without a due day is taken as overdue. Other statuses
 * stand as stored.
 */
export function statusOn(record: Pick<OwedMonthFact, 'status' | 'dueOn'>, today: CalendarDate): RightsStatus {
  if (record.status !== 'due') return record.status;
  return record.dueOn !== null && compareDates(today, record.dueOn) <= 0 ? 'due' : 'arrears';
}

/** The records with their status on `today` (`statusOn`). */
export function recordsOn<R extends OwedMonthFact>(records: readonly R[], today: CalendarDate): R[] {
  return records.map((r) => {
    const status = statusOn(r, today);
    return status === r.status ? r : { ...r, status };
  });
}

/** An individual account as the events need it. */
export interface AccountFact {
  readonly fund: IndividualFund;
  readonly openedOn: string;
}

/** What a derived event of a rights record says happened. */
export const RIGHTS_EVENT_KINDS = [
  'account_established',
  'transferred_in',
  'resumed',
  'interrupted',
  'transferred_out',
] as const;
export type RightsEventKind = (typeof RIGHTS_EVENT_KINDS)[number];

/** A derived event of a person's record; `months` is the length of the stretch it opens. */
export interface RightsEvent {
  readonly kind: RightsEventKind;
  readonly scheme: Fund;
  readonly period: Period;
  /** The day, when the event has one (the opening day of an account). */
  readonly on: CalendarDate | null;
  /** Months of the interruption or of the transferred stretch; null for an account. */
  readonly months: number | null;
}

const zeroMonths = (): Record<Fund, number> => ({ pension: 0, medical: 0, unemployment: 0, work_injury: 0 });

/**
 * Distinct counting months per scheme (paid, back-paid or transferred in): two payers in one month
 * count once; months transferred out belong to the receiving agency and no longer count here.
 */
export function cumulativeMonths(records: readonly RightsMonthFact[]): Record<Fund, number> {
  const seen = new Set<string>();
  const months = zeroMonths();
  for (const r of records) {
    if (!COUNTING_STATUSES.has(r.status)) continue;
    const key = `${r.scheme}:${r.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    months[r.scheme] += 1;
  }
  return months;
}

type MonthState = 'counted' | 'unpaid' | 'not_yet_due' | 'transferred_out' | 'gap';

/** One scheme's statuses by month (several payers may share a month). */
function monthStates(records: readonly RightsMonthFact[], scheme: Fund): Map<Period, RightsStatus[]> {
  const byMonth = new Map<Period, RightsStatus[]>();
  for (const r of records) {
    if (r.scheme !== scheme) continue;
    const list = byMonth.get(r.period as Period) ?? [];
    list.push(r.status);
    byMonth.set(r.period as Period, list);
  }
  return byMonth;
}

/**
 * A counting record wins over an unpaid one of another payer in the same month, and an overdue one
 * over one not yet due. Statuses are taken on the day (`statusOn`): 'due' is not yet due.
 */
function stateOf(statuses: readonly RightsStatus[] | undefined): MonthState {
  if (!statuses) return 'gap';
  if (statuses.some((s) => COUNTING_STATUSES.has(s))) return 'counted';
  if (statuses.includes('arrears')) return 'unpaid';
  if (statuses.includes('due')) return 'not_yet_due';
  return 'transferred_out';
}

/** Length of the run of flagged months from `start`, for the `months` of an event. */
function runLength(flags: readonly boolean[], start: number): number {
  let end = start;
  while (end < flags.length && flags[end]) end++;
  return end - start;
}

/** Every month from the scheme's first record to its last, with its statuses. */
function monthSpan(
  byMonth: Map<Period, RightsStatus[]>,
): Array<{ period: Period; statuses: RightsStatus[] | undefined }> {
  const periods = [...byMonth.keys()].sort();
  const first = periods[0]!;
  const span = diffMonths(first, periods.at(-1)!) + 1;
  const months: Array<{ period: Period; statuses: RightsStatus[] | undefined }> = [];
  for (let p = first, i = 0; i < span; i++, p = nextPeriod(p)) months.push({ period: p, statuses: byMonth.get(p) });
  return months;
}

/** Walks one scheme month by month from its first record to its last. */
function schemeEvents(records: readonly RightsMonthFact[], scheme: Fund): RightsEvent[] {
  const byMonth = monthStates(records, scheme);
  if (byMonth.size === 0) return [];
  const months = monthSpan(byMonth);
  const states = months.map((m) => stateOf(m.statuses));
  const transferredIn = months.map((m) => m.statuses?.includes('transferred_in') ?? false);
  const transferredOut = states.map((s) => s === 'transferred_out');
  const unpaid = states.map((s) => s === 'unpaid' || s === 'gap');
  const events: RightsEvent[] = [];
  const push = (kind: RightsEventKind, i: number, length: number | null) =>
    events.push({ kind, scheme, period: months[i]!.period, on: null, months: length });
  let paying = false;
  let interrupted = false;
  for (let i = 0; i < states.length; i++) {
    if (transferredIn[i] && !transferredIn[i - 1]) push('transferred_in', i, runLength(transferredIn, i));
    if (states[i] === 'counted') {
      if (interrupted) push('resumed', i, null);
      paying = true;
      interrupted = false;
    } else if (states[i] === 'not_yet_due') {
      // Owed but not yet due: the payer is not late, so nothing is interrupted (yet).
      continue;
    } else if (transferredOut[i]) {
      // The relationship moved to another agency: not an interruption of payment.
      if (!transferredOut[i - 1]) push('transferred_out', i, runLength(transferredOut, i));
      paying = false;
      interrupted = false;
    } else if (paying) {
      push('interrupted', i, runLength(unpaid, i));
      paying = false;
      interrupted = true;
    }
  }
  return events;
}

const KIND_ORDER: Readonly<Record<RightsEventKind, number>> = {
  account_established: 0,
  transferred_in: 1,
  resumed: 2,
  interrupted: 3,
  transferred_out: 4,
};

/** Orders events by month, then by kind (an account opens before the month's payment), then scheme. */
function compareEvents(a: RightsEvent, b: RightsEvent): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return FUNDS.indexOf(a.scheme) - FUNDS.indexOf(b.scheme);
}

/**
 * The derived events of a record on `today`, in time order: each account's opening, and per scheme
 * every interruption (first month overdue or missing after paid months), resumption (first paid
 * month after one), and stretch transferred in or out. A month owed but not yet due (`statusOn`)
 * interrupts nothing. A stop after the last record is not an event until a later record (owed or
 * paid) shows it.
 */
export function deriveEvents(
  records: readonly OwedMonthFact[],
  accounts: readonly AccountFact[],
  today: CalendarDate,
): RightsEvent[] {
  const onToday = recordsOn(records, today);
  const events: RightsEvent[] = accounts.map((a) => ({
    kind: 'account_established',
    scheme: a.fund,
    period: periodOf(a.openedOn as CalendarDate),
    on: a.openedOn as CalendarDate,
    months: null,
  }));
  for (const scheme of FUNDS) events.push(...schemeEvents(onToday, scheme));
  return events.sort(compareEvents);
}

/** A row of the table by year: one record with its money. */
export interface RightsRow extends OwedMonthFact {
  readonly base: Cents;
  readonly employerAmount: Cents;
  readonly employeeAmount: Cents;
  readonly accountCredit: Cents;
}

export interface YearTotals {
  /** Counting months of the year per scheme. */
  readonly months: Record<Fund, number>;
  /** Money of the counting records (paid, back-paid, transferred in). */
  readonly employerAmount: Cents;
  readonly employeeAmount: Cents;
  readonly accountCredit: Cents;
  /** Employer and employee amounts overdue (in arrears on the day): 欠缴. */
  readonly outstanding: Cents;
  /** Employer and employee amounts owed and not yet due: 待缴. */
  readonly notYetDue: Cents;
}

export interface YearGroup<R extends RightsRow> {
  readonly year: number;
  readonly rows: R[];
  readonly totals: YearTotals;
}

function totalsOf(rows: readonly RightsRow[]): YearTotals {
  let employerAmount = zeroCents;
  let employeeAmount = zeroCents;
  let accountCredit = zeroCents;
  let outstanding = zeroCents;
  let notYetDue = zeroCents;
  for (const r of rows) {
    if (COUNTING_STATUSES.has(r.status)) {
      employerAmount = addCents(employerAmount, r.employerAmount);
      employeeAmount = addCents(employeeAmount, r.employeeAmount);
      accountCredit = addCents(accountCredit, r.accountCredit);
    } else if (r.status === 'arrears')
      outstanding = addCents(outstanding, addCents(r.employerAmount, r.employeeAmount));
    else if (r.status === 'due') notYetDue = addCents(notYetDue, addCents(r.employerAmount, r.employeeAmount));
  }
  return { months: cumulativeMonths(rows), employerAmount, employeeAmount, accountCredit, outstanding, notYetDue };
}

/**
 * Groups records by calendar year (ascending), rows by month then scheme, with each year's totals;
 * every row carries its status on `today` (`statusOn`), so a month not yet due is no arrears.
 */
export function yearTable<R extends RightsRow>(records: readonly R[], today: CalendarDate): YearGroup<R>[] {
  const byYear = new Map<number, R[]>();
  for (const r of recordsOn(records, today)) {
    const year = Number(r.period.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push(r);
    byYear.set(year, list);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, rows]) => {
      const sorted = [...rows].sort(
        (a, b) => a.period.localeCompare(b.period) || FUNDS.indexOf(a.scheme) - FUNDS.indexOf(b.scheme),
      );
      return { year, rows: sorted, totals: totalsOf(sorted) };
    });
}

/** A contribution month as the service receives it, reduced to what the checks look at. */
export interface ContributionFacts {
  readonly personId: number;
  readonly employerId: number | null;
  readonly scheme: Fund;
  readonly period: string;
  readonly base: Cents;
  readonly employerAmount: Cents;
  readonly employeeAmount: Cents;
  readonly accountCredit: Cents;
}

export type ContributionProblem =
  | 'rights_duplicate_in_batch'
  | 'rights_amount_negative'
  | 'rights_account_credit_not_allowed'
  | 'rights_account_credit_exceeds_contribution'
  | 'rights_nothing_paid';

/** The record's identity: one row per person, scheme, period and payer (the unique index). */
export function recordKey(item: Pick<ContributionFacts, 'personId' | 'scheme' | 'period' | 'employerId'>): string {
  return `${item.personId}:${item.scheme}:${item.period}:${item.employerId ?? 0}`;
}

function problemOf(item: ContributionFacts, paid: boolean): ContributionProblem | null {
  const amounts = [item.base, item.employerAmount, item.employeeAmount, item.accountCredit];
  if (amounts.some((a) => a < 0)) return 'rights_amount_negative';
  if (item.accountCredit > 0 && item.scheme !== 'pension' && item.scheme !== 'medical')
    return 'rights_account_credit_not_allowed';
  const paidTotal = addCents(item.employerAmount, item.employeeAmount);
  if (item.accountCredit > paidTotal) return 'rights_account_credit_exceeds_contribution';
  if (paid && paidTotal === 0) return 'rights_nothing_paid';
  return null;
}

/**
 * Every problem of a batch, with the item's index: amounts, account credits, duplicates. `paid`
 * items must move money; due ones may be zero (a month owed at a zero rate is still recorded).
 */
export function checkContributionItems(
  items: readonly ContributionFacts[],
  paid: boolean,
): Array<{ index: number; code: ContributionProblem }> {
  const problems: Array<{ index: number; code: ContributionProblem }> = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = recordKey(item);
    const code = seen.has(key) ? 'rights_duplicate_in_batch' : problemOf(item, paid);
    seen.add(key);
    if (code) problems.push({ index, code });
  });
  return problems;
}
