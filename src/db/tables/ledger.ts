/** Tables of the rights ledger (migrations 0016, 0033): accounts, journal, balances, rights records, runs. */
import type { ColumnType, Generated } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export type Fund = 'pension' | 'medical' | 'unemployment' | 'work_injury';
export type IndividualFund = 'pension' | 'medical';
export type AccountKind =
  | 'pooled_fund'
  | 'individual_liability'
  | 'employer_receivable'
  | 'person_receivable'
  | 'contributions_billed'
  | 'contribution_income'
  | 'interest_expense'
  | 'benefit_expenditure'
  | 'transfer_clearing'
  | 'bank_income'
  | 'bank_expenditure'
  | 'bank_fiscal';
export type Side = 'debit' | 'credit';

export interface LedgerAccountTable {
  id: Id;
  code: string;
  fund: Fund;
  kind: AccountKind;
  region_code: string;
  normal_side: Side;
  name_zh: string;
  name_en: string;
  status: Defaulted<'open' | 'closed'>;
  opened_on: string;
  closed_on: string | null;
}

export interface IndividualAccountTable {
  person_id: number;
  fund: IndividualFund;
  region_code: string;
  status: Defaulted<'open' | 'closed'>;
  opened_on: string;
  closed_on: string | null;
  closed_reason: 'retired' | 'transferred_out' | 'died' | 'merged' | null;
  balance_fen: Defaulted<number>;
  last_entry_id: number | null;
}

/** A person's rights-record version, bumped by every write of the person's rights records (0022, 0033). */
export interface PersonRightsVersionTable {
  person_id: number;
  version: number;
}

/** The history aggregates of a statement of `year`, valid at the watermark they were read at (0022). */
export interface StatementSummaryTable {
  person_id: number;
  year: number;
  rights_version: number;
  journal_mark: number;
  cumulative: Json<Record<string, number>>;
  opening: Json<Record<string, number>>;
  movements: Json<Array<[string, string, number]>>;
  records: Json<unknown[]>;
  payers: Json<number[]>;
  computed_at: Instant;
}

export interface JournalHeadTable {
  id: number;
  batch_no: number;
  hash: string;
}

export interface JournalBatchTable {
  batch_no: number;
  prev_hash: string;
  merkle_root: string;
  entry_count: number;
  batch_hash: string;
  booked_at: Instant;
  source: string;
}

export interface JournalEntryTable {
  id: Id;
  batch_no: number;
  seq_in_batch: number;
  idempotency_key: string;
  content_hash: string;
  entry_hash: string;
  kind: 'posting' | 'reversal';
  effective_on: string;
  period: string | null;
  booked_at: Instant;
  source_module: string;
  source_ref: string;
  reason: string;
  reverses_entry_id: number | null;
  requested_by: number | null;
  approved_by: number | null;
}

export interface JournalLineTable {
  entry_id: number;
  line_no: number;
  account_id: number;
  person_id: number | null;
  side: Side;
  amount_fen: number;
  effective_on: string;
  booked_at: Instant;
}

export interface LedgerBalanceTable {
  account_id: number;
  debit_fen: Defaulted<number>;
  credit_fen: Defaulted<number>;
  balance_fen: Defaulted<number>;
  last_entry_id: number | null;
}

export type RightsStatus = 'due' | 'paid' | 'arrears' | 'back_paid' | 'transferred_in' | 'transferred_out';

/** The current state of a rights record: the projection of its latest version (0016, 0033). */
export interface RightsRecordTable {
  person_id: number;
  id: Generated<number>;
  scheme: Fund;
  period: string;
  employer_id: number | null;
  region_code: string;
  base_fen: number;
  employer_fen: number;
  employee_fen: number;
  account_credit_fen: number;
  status: RightsStatus;
  source: string;
  entry_id: number | null;
  paid_on: string | null;
  /** The day an owed month falls due; set while due or in arrears. */
  due_on: string | null;
  updated_at: Instant;
}

/** One state of a rights record, appended and never changed (0033); 'withdrawn' ends a record. */
export interface RightsRecordVersionTable {
  person_id: number;
  id: Generated<number>;
  scheme: Fund;
  period: string;
  employer_id: number | null;
  /** Generated: coalesce(employer_id, 0). */
  payer_id: Generated<number>;
  rights_version: number;
  recorded_at: Instant;
  status: RightsStatus | 'withdrawn';
  region_code: string;
  base_fen: number;
  employer_fen: number;
  employee_fen: number;
  account_credit_fen: number;
  source: string;
  entry_id: number | null;
  paid_on: string | null;
  due_on: string | null;
}

type RunStatus = 'running' | 'completed' | 'failed';

export interface InterestRunTable {
  id: Id;
  region_code: string;
  fund: IndividualFund;
  year: number;
  method: 'annual' | 'monthly-product';
  rate: string;
  status: RunStatus;
  accounts_total: Defaulted<number>;
  accounts_done: Defaulted<number>;
  interest_fen: Defaulted<number>;
  cursor_person: Defaulted<number>;
  started_by: string;
  started_at: Instant;
  finished_at: InstantNullable;
  error: string | null;
}

export interface RightsStatementTable {
  person_id: number;
  id: Generated<number>;
  statement_no: string;
  year: number;
  verification_code: string;
  content_hash: string;
  closing_fen: number;
  issued_at: Instant;
  issued_by: string;
  run_id: number | null;
  /** What the statement knew (0033): the person's rights version and newest account entry; null before. */
  rights_version: number | null;
  entry_mark: number | null;
  part_hashes: ColumnType<Record<string, string> | null, string | null, never>;
}

export interface StatementRunTable {
  id: Id;
  region_code: string;
  year: number;
  status: RunStatus;
  persons_total: Defaulted<number>;
  persons_done: Defaulted<number>;
  cursor_person: Defaulted<number>;
  started_by: string;
  started_at: Instant;
  finished_at: InstantNullable;
  error: string | null;
}

export interface ReconcileRunTable {
  id: Id;
  trigger: 'schedule' | 'cli' | 'api';
  started_at: Instant;
  finished_at: InstantNullable;
  ok: boolean | null;
  checks: Defaulted<Json<Record<string, { checked: number; differences: number }>>>;
}

export type ReconcileDifferenceKind =
  | 'balance_cache'
  | 'individual_cache'
  | 'control_total'
  | 'entry_unbalanced'
  | 'chain_broken'
  | 'rights_projection'
  | 'bill_lines'
  | 'bill_receivable'
  | 'payment_allocation'
  | 'payment_bank'
  | 'arrears_receivable'
  | 'rights_paid'
  | 'rights_owed'
  | 'reference_missing';

export interface ReconcileDifferenceTable {
  run_id: number;
  seq: number;
  kind: ReconcileDifferenceKind;
  account_id: number | null;
  person_id: number | null;
  fund: string | null;
  entry_id: number | null;
  batch_no: number | null;
  expected_fen: number | null;
  actual_fen: number | null;
  detail: string;
  /** Added by 0036: the bill, payment and employer a collection check's difference names. */
  bill_id: Defaulted<number | null>;
  payment_id: Defaulted<number | null>;
  employer_id: Defaulted<number | null>;
}

export interface LedgerTables {
  ledger_accounts: LedgerAccountTable;
  individual_accounts: IndividualAccountTable;
  journal_head: JournalHeadTable;
  journal_batches: JournalBatchTable;
  journal_entries: JournalEntryTable;
  journal_lines: JournalLineTable;
  ledger_balances: LedgerBalanceTable;
  rights_records: RightsRecordTable;
  rights_record_versions: RightsRecordVersionTable;
  interest_runs: InterestRunTable;
  rights_statements: RightsStatementTable;
  person_rights_versions: PersonRightsVersionTable;
  statement_summaries: StatementSummaryTable;
  statement_runs: StatementRunTable;
  reconcile_runs: ReconcileRunTable;
  reconcile_differences: ReconcileDifferenceTable;
}
