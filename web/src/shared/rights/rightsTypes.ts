/** The rights record as GET /api/ledger/persons/:id/rights and GET /api/hall/person/rights send it. */
export type Scheme = 'pension' | 'medical' | 'unemployment' | 'work_injury';
export type RightsStatus = 'due' | 'paid' | 'arrears' | 'back_paid' | 'transferred_in' | 'transferred_out';
export type RightsEventKind = 'account_established' | 'transferred_in' | 'resumed' | 'interrupted' | 'transferred_out';

export const SCHEMES: readonly Scheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];

export interface RightsScheme {
  scheme: Scheme;
  cumulativeMonths: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
  /** Yuan as a decimal string; null for schemes without an individual account. */
  accountBalance: string | null;
  accountStatus: 'open' | 'closed' | null;
  accountOpenedOn: string | null;
}

export interface RightsRow {
  period: string;
  scheme: Scheme;
  base: string;
  employerAmount: string;
  employeeAmount: string;
  accountCredit: string;
  /** The status on the day: 'due' is owed and not yet due (待缴), 'arrears' overdue. */
  status: RightsStatus;
  employerName: string | null;
  paidOn: string | null;
  /** The day an owed month falls due; null for a month never owed. */
  dueOn: string | null;
}

export interface RightsYear {
  year: number;
  rows: RightsRow[];
  totals: {
    months: Record<Scheme, number>;
    employerAmount: string;
    employeeAmount: string;
    accountCredit: string;
    /** Overdue (欠缴). */
    outstanding: string;
    /** Owed and not yet due (待缴). */
    notYetDue: string;
  };
}

export interface RightsEvent {
  kind: RightsEventKind;
  scheme: Scheme;
  period: string;
  on: string | null;
  months: number | null;
}

export interface RightsView {
  schemes: RightsScheme[];
  /** Newest year first. */
  years: RightsYear[];
  events: RightsEvent[];
  truncated: boolean;
}
