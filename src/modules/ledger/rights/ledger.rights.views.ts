/**
 * A person's rights record as staff (person 360) and the person (self-service hall) see it on a
 * day: per scheme the cumulative months and the individual account, the table by year, the derived
 * events. A month owed and not yet due shows as due (待缴), not in arrears. Money leaves as decimal
 * strings in yuan.
 */
import type { Executor } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, type Cents } from '../../../kernel/cents.ts';
import { FUNDS, type Fund, type IndividualFund, type RightsStatus } from '../ledger.model.ts';
import {
  cumulativeMonths,
  deriveEvents,
  yearTable,
  COUNTING_STATUSES,
  type RightsEvent,
  type RightsRow,
} from './ledger.rights.rules.ts';

/** A lifetime is far below this: 50 years × 12 months × 4 schemes × a few payers. */
export const RIGHTS_ROWS_MAX = 10_000;

export interface RightsSchemeView {
  readonly scheme: Fund;
  readonly cumulativeMonths: number;
  /** First and last counting month, null when none. */
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
  /** Individual account (pension, medical) balance in yuan; null for schemes without one or none opened. */
  readonly accountBalance: string | null;
  readonly accountStatus: 'open' | 'closed' | null;
  readonly accountOpenedOn: string | null;
}

export interface RightsRowView {
  readonly period: string;
  readonly scheme: Fund;
  readonly base: string;
  readonly employerAmount: string;
  readonly employeeAmount: string;
  readonly accountCredit: string;
  /** The status on the day: 'due' is owed and not yet due, 'arrears' overdue (even before the month close). */
  readonly status: RightsStatus;
  readonly employerName: string | null;
  readonly paidOn: string | null;
  /** The day an owed month falls due; null for a month that was never owed. */
  readonly dueOn: string | null;
}

export interface RightsYearView {
  readonly year: number;
  readonly rows: RightsRowView[];
  readonly totals: {
    readonly months: Record<Fund, number>;
    readonly employerAmount: string;
    readonly employeeAmount: string;
    readonly accountCredit: string;
    readonly outstanding: string;
    readonly notYetDue: string;
  };
}

export interface RightsView {
  readonly schemes: RightsSchemeView[];
  /** Newest year first, as the page shows it. */
  readonly years: RightsYearView[];
  readonly events: RightsEvent[];
  /** True when the record had more rows than `RIGHTS_ROWS_MAX` and the oldest were left out. */
  readonly truncated: boolean;
}

interface LoadedRow extends RightsRow {
  readonly employerName: string | null;
  readonly paidOn: string | null;
}

const yuan = (fen: Cents): string => centsToDecimal(fen);

/** The person's records in booking order, newest last; at most `RIGHTS_ROWS_MAX` of the latest months. */
async function loadRows(db: Executor, personId: number): Promise<{ rows: LoadedRow[]; truncated: boolean }> {
  const found = await db
    .selectFrom('rights_records as r')
    .leftJoin('employers as e', 'e.id', 'r.employer_id')
    .select([
      'r.scheme',
      'r.period',
      'r.status',
      'r.base_fen',
      'r.employer_fen',
      'r.employee_fen',
      'r.account_credit_fen',
      'r.paid_on',
      'r.due_on',
      'e.name as employer_name',
    ])
    .where('r.person_id', '=', personId)
    .orderBy('r.period', 'desc')
    .orderBy('r.id', 'desc')
    .limit(RIGHTS_ROWS_MAX + 1)
    .execute();
  const rows = found.slice(0, RIGHTS_ROWS_MAX).map((r) => ({
    scheme: r.scheme,
    period: r.period,
    status: r.status,
    base: centsFromInteger(r.base_fen),
    employerAmount: centsFromInteger(r.employer_fen),
    employeeAmount: centsFromInteger(r.employee_fen),
    accountCredit: centsFromInteger(r.account_credit_fen),
    employerName: r.employer_name,
    paidOn: r.paid_on,
    dueOn: r.due_on as CalendarDate | null,
  }));
  return { rows: rows.reverse(), truncated: found.length > RIGHTS_ROWS_MAX };
}

function schemeViews(
  rows: readonly LoadedRow[],
  accounts: ReadonlyArray<{ fund: IndividualFund; status: 'open' | 'closed'; opened_on: string; balance_fen: number }>,
): RightsSchemeView[] {
  const months = cumulativeMonths(rows);
  return FUNDS.map((scheme) => {
    const counted = rows.filter((r) => r.scheme === scheme && COUNTING_STATUSES.has(r.status)).map((r) => r.period);
    const account = accounts.find((a) => a.fund === scheme);
    return {
      scheme,
      cumulativeMonths: months[scheme],
      firstPeriod: counted.length > 0 ? counted.reduce((a, b) => (a < b ? a : b)) : null,
      lastPeriod: counted.length > 0 ? counted.reduce((a, b) => (a > b ? a : b)) : null,
      accountBalance: account ? yuan(centsFromInteger(account.balance_fen)) : null,
      accountStatus: account?.status ?? null,
      accountOpenedOn: account?.opened_on ?? null,
    };
  });
}

function rowView(r: LoadedRow): RightsRowView {
  return {
    period: r.period,
    scheme: r.scheme,
    base: yuan(r.base),
    employerAmount: yuan(r.employerAmount),
    employeeAmount: yuan(r.employeeAmount),
    accountCredit: yuan(r.accountCredit),
    status: r.status,
    employerName: r.employerName,
    paidOn: r.paidOn,
    dueOn: r.dueOn,
  };
}

/** A person's rights record on `today` (China time): schemes with cumulative months and accounts, years, events. */
export async function rightsView(db: Executor, personId: number, today: CalendarDate): Promise<RightsView> {
  const { rows, truncated } = await loadRows(db, personId);
  const accounts = await db
    .selectFrom('individual_accounts')
    .select(['fund', 'status', 'opened_on', 'balance_fen'])
    .where('person_id', '=', personId)
    .execute();
  const years = yearTable(rows, today)
    .reverse()
    .map(({ year, rows: yearRows, totals }) => ({
      year,
      rows: yearRows.map(rowView),
      totals: {
        months: totals.months,
        employerAmount: yuan(totals.employerAmount),
        employeeAmount: yuan(totals.employeeAmount),
        accountCredit: yuan(totals.accountCredit),
        outstanding: yuan(totals.outstanding),
        notYetDue: yuan(totals.notYetDue),
      },
    }));
  const events = deriveEvents(
    rows,
    accounts.map((a) => ({ fund: a.fund, openedOn: a.opened_on })),
    today,
  );
  return { schemes: schemeViews(rows, accounts), years, events, truncated };
}
