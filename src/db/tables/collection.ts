/** Contribution collection (征缴): migrations/0023_collection.sql. Money in fen. */
import type { ColumnType } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export type PayerKind = 'employer' | 'flexible';
export type CollectionScheme = 'pension' | 'medical' | 'unemployment' | 'work_injury';

interface PayerColumns {
  payer_kind: PayerKind;
  employer_id: number | null;
  person_id: number | null;
}

export interface CollectionPeriodTable {
  region_code: string;
  period: string;
  status: Defaulted<'open' | 'closed'>;
  closed_at: InstantNullable;
  month_close_id: number | null;
}

export interface ContributionDeclarationTable extends PayerColumns {
  id: Id;
  declaration_no: string;
  kind: 'monthly' | 'annual_base';
  period: string;
  region_code: string;
  revision: Defaulted<number>;
  status: Defaulted<'submitted' | 'closed'>;
  channel: 'web' | 'api' | 'window' | 'import';
  line_count: number;
  total_wage_fen: number;
  file_name: string | null;
  case_id: number | null;
  submitted_at: Instant;
  submitted_by: string;
}

export interface DeclarationLineTable {
  declaration_id: number;
  revision: number;
  person_id: number;
  wage_fen: number;
}

export interface EmployerRateFloatTable {
  employer_id: number;
  valid_from: string;
  /** numeric(6,4) as an exact decimal string. */
  multiplier: string;
  reason: string;
  set_by: string;
  set_at: Instant;
}

export interface ContributionBillTable extends PayerColumns {
  id: Id;
  bill_no: string;
  period: string;
  region_code: string;
  kind: 'regular' | 'back_payment';
  basis: 'declared' | 'undeclared' | 'back_payment';
  declaration_id: number | null;
  declaration_revision: number | null;
  back_payment_id: number | null;
  month_close_id: number | null;
  status: Defaulted<'open' | 'paid' | 'cancelled'>;
  total_fen: number;
  paid_fen: Defaulted<number>;
  due_on: string;
  issued_at: Instant;
}

export interface BillLineTable {
  bill_id: number;
  person_id: number;
  scheme: CollectionScheme;
  wage_fen: number;
  base_fen: number;
  employer_fen: number;
  employee_fen: number;
  account_credit_fen: number;
  employer_rate: string;
  employee_rate: string;
  status: Defaulted<'open' | 'paid'>;
  payment_id: number | null;
  entry_id: number | null;
  paid_on: string | null;
}

export interface PaymentTable extends PayerColumns {
  id: Id;
  payment_no: string;
  region_code: string;
  amount_fen: number;
  received_on: string;
  channel: 'window' | 'bank_file' | 'tax_file' | 'api';
  reference: string;
  payment_file_id: number | null;
  allocated_fen: Defaulted<number>;
  held_fen: Defaulted<number>;
  recorded_at: Instant;
  recorded_by: string;
}

export interface PaymentAllocationTable {
  id: Id;
  payment_id: number | null;
  credit_id: number | null;
  bill_id: number | null;
  person_id: number | null;
  scheme: CollectionScheme | null;
  late_fee_id: number | null;
  amount_fen: number;
  entry_id: number;
  allocated_at: Instant;
}

export interface PayerCreditTable extends PayerColumns {
  id: Id;
  region_code: string;
  movement: 'held' | 'applied' | 'refunded';
  amount_fen: number;
  payment_id: number | null;
  refund_id: number | null;
  entry_id: number;
  at: Instant;
}

export interface RefundTable extends PayerColumns {
  id: Id;
  refund_no: string;
  region_code: string;
  amount_fen: number;
  reason: string;
  status: Defaulted<'proposed' | 'approved' | 'rejected'>;
  proposed_by: number;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
  entry_id: number | null;
}

export interface PaymentFileTable {
  id: Id;
  file_no: string;
  source: 'bank' | 'tax';
  file_name: string;
  content_hash: string;
  row_count: number;
  total_fen: number;
  report: Json<unknown>;
  imported_by: number;
  imported_at: Instant;
}

/** 缴款通知 (migration 0031): what an employer says it paid, waiting to be matched to a payment. */
export interface PaymentNoticeTable {
  id: Id;
  notice_no: string;
  employer_id: number;
  amount_fen: number;
  paid_on: string;
  bank: string;
  reference: string;
  bill_ids: Defaulted<number[]>;
  note: string | null;
  channel: 'api' | 'hall';
  sent_by: string;
  sent_at: Instant;
  status: Defaulted<'open' | 'matched' | 'dismissed'>;
  payment_id: number | null;
  resolved_at: InstantNullable;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface LateFeeTable {
  id: Id;
  bill_id: number;
  person_id: number;
  scheme: CollectionScheme;
  arrears_fen: number;
  start_on: string;
  end_on: string;
  days: number;
  fee_fen: number;
  status: Defaulted<'open' | 'paid' | 'waived'>;
  paid_fen: Defaulted<number>;
  charged_at: Instant;
}

export interface PaymentOrderTable {
  id: Id;
  order_no: string;
  employer_id: number | null;
  person_id: number | null;
  arrears_fen: number;
  late_fee_fen: number;
  as_of: string;
  pay_by: string;
  periods: string[];
  issued_by: number;
  issued_at: Instant;
}

export interface DeferralAgreementTable {
  id: Id;
  agreement_no: string;
  employer_id: number;
  from_period: string;
  to_period: string;
  pay_by: string;
  guarantee: string | null;
  status: Defaulted<'proposed' | 'active' | 'rejected' | 'completed' | 'breached' | 'cancelled'>;
  proposed_by: number;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: InstantNullable;
  note: string | null;
}

export interface EnforcementStepTable {
  id: Id;
  employer_id: number;
  step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
  taken_on: string;
  document_no: string | null;
  note: string;
  payment_order_id: number | null;
  recorded_by: number;
  recorded_at: Instant;
}

export interface BackPaymentTable {
  id: Id;
  back_payment_no: string;
  kind: 'back_payment' | 'extension';
  payer_kind: PayerKind;
  employer_id: number | null;
  person_id: number;
  from_period: string;
  to_period: string;
  wage_fen: number;
  schemes: CollectionScheme[];
  employer_at_fault: boolean;
  reason: string;
  case_id: number | null;
  status: Defaulted<'proposed' | 'approved' | 'rejected'>;
  proposed_by: number;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
}

export interface MonthCloseTable {
  id: Id;
  region_code: string;
  period: string;
  status: Defaulted<'running' | 'completed' | 'failed'>;
  step: Defaulted<'payers' | 'arrears' | 'report' | 'close' | 'done'>;
  cursor: Defaulted<number>;
  payers_total: Defaulted<number>;
  payers_done: Defaulted<number>;
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  report: ColumnType<unknown, string | null | undefined, string | null>;
  error: string | null;
  started_by: string;
  started_at: Instant;
  updated_at: Instant;
  finished_at: InstantNullable;
}

export interface CollectionTables {
  collection_periods: CollectionPeriodTable;
  contribution_declarations: ContributionDeclarationTable;
  declaration_lines: DeclarationLineTable;
  employer_rate_floats: EmployerRateFloatTable;
  contribution_bills: ContributionBillTable;
  bill_lines: BillLineTable;
  payments: PaymentTable;
  payment_allocations: PaymentAllocationTable;
  payer_credits: PayerCreditTable;
  refunds: RefundTable;
  payment_files: PaymentFileTable;
  payment_notices: PaymentNoticeTable;
  late_fees: LateFeeTable;
  payment_orders: PaymentOrderTable;
  deferral_agreements: DeferralAgreementTable;
  enforcement_steps: EnforcementStepTable;
  back_payments: BackPaymentTable;
  month_closes: MonthCloseTable;
}
