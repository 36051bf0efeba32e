/**
 * Shapes of the collection API (征缴, issue 6; docs/collection-plan.md) as the pages read them.
 * Money is yuan as decimal strings ("1234.56"), periods YYYYMM, dates YYYY-MM-DD.
 */
export type PayerKind = 'employer' | 'flexible';
export type CollectionScheme = 'pension' | 'medical' | 'unemployment' | 'work_injury';
export const COLLECTION_SCHEMES: readonly CollectionScheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];

export type Payer = { kind: 'employer'; employerId: number } | { kind: 'flexible'; personId: number };

export type DeclarationChannel = 'web' | 'api' | 'window' | 'import';
export type DeclarationKind = 'monthly' | 'annual_base';

export interface DeclarationLine {
  personId: number;
  name?: string | null;
  idMasked?: string | null;
  wage: string;
}

export interface DeclarationRevision {
  revision: number;
  submittedAt: string;
  submittedBy?: string;
  channel?: DeclarationChannel;
  lineCount: number;
  totalWage: string;
}

export interface Declaration {
  id: number;
  declarationNo: string;
  payerKind: PayerKind;
  employerId: number | null;
  personId: number | null;
  payerName?: string | null;
  kind: DeclarationKind;
  period: string;
  revision: number;
  status: 'submitted' | 'closed';
  channel: DeclarationChannel;
  lineCount: number;
  totalWage: string;
  fileName?: string | null;
  submittedAt: string;
  submittedBy?: string;
  lines?: DeclarationLine[];
  revisions?: DeclarationRevision[];
  /** The receipt of a submission: the bill issued at once. */
  bill?:
    (Pick<Bill, 'id' | 'billNo' | 'total'> & { status?: string; paid?: string; lines?: number | BillLine[] }) | null;
  /** Covered persons the declaration left out (masked), when it answers a submission. */
  notDeclared?: Array<{ personId: number; idMasked: string; name: string }>;
  declarationId?: number;
  billId?: number | null;
  billNo?: string | null;
}

/** A refused spreadsheet or form: one entry per problem, with the file's row number when there is one. */
export interface RowError {
  row?: number | null;
  line?: number | null;
  column?: string | null;
  field?: string | null;
  code: string;
  message: string;
}

export type BillStatus = 'open' | 'paid' | 'cancelled';
export type BillKind = 'regular' | 'back_payment';
export type BillBasis = 'declared' | 'undeclared' | 'back_payment';

export interface BillLine {
  personId: number;
  name?: string | null;
  /** The masked citizen ID. */
  citizenId?: string | null;
  scheme: CollectionScheme;
  wage: string;
  base: string;
  employer: string;
  employee: string;
  accountCredit: string;
  employerRate: string;
  employeeRate: string;
  total?: string;
  status: 'open' | 'paid';
  paidOn?: string | null;
  paymentId?: number | null;
  entryId?: number | null;
}

export interface BillAllocation {
  id: number;
  paymentId: number | null;
  paymentNo: string | null;
  creditId: number | null;
  personId: number | null;
  scheme: string | null;
  lateFeeId: number | null;
  amount: string;
  allocatedAt: string;
}

export interface Bill {
  id: number;
  billNo: string;
  payer: Payer;
  payerName?: string | null;
  period: string;
  regionCode?: string;
  kind: BillKind;
  basis: BillBasis;
  status: BillStatus;
  total: string;
  paid: string;
  /** What is still open (total − paid). */
  open: string;
  dueOn: string;
  issuedAt: string;
  declarationId: number | null;
  backPaymentId: number | null;
  lines?: BillLine[];
  lateFees?: LateFee[];
  allocations?: BillAllocation[];
}

export type PaymentChannel = 'window' | 'bank_file' | 'tax_file' | 'api';

export interface Allocation {
  billId?: number | null;
  billNo?: string | null;
  period?: string | null;
  personId?: number | null;
  name?: string | null;
  scheme?: CollectionScheme | null;
  lateFeeId?: number | null;
  /** 'line' | 'late_fee' | 'credit' when the server names it. */
  kind?: string;
  amount: string;
}

export interface Payment {
  id: number;
  paymentNo: string;
  /** The answer to recording one: how it matched what was open. */
  match?: 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
  linesPaid?: number;
  linesLeftOpen?: number;
  lateFeesCharged?: string;
  payerKind: PayerKind;
  employerId: number | null;
  personId: number | null;
  payerName?: string | null;
  amount: string;
  receivedOn: string;
  channel: PaymentChannel;
  reference: string;
  allocated: string;
  held: string;
  recordedAt: string;
  paymentFileId?: number | null;
  allocations?: Allocation[];
  /** The employer's payment notice this payment answered, when recording it matched one. */
  noticeNo?: string | null;
}

export type NoticeStatus = 'open' | 'matched' | 'dismissed';
export const NOTICE_STATUSES: NoticeStatus[] = ['open', 'matched', 'dismissed'];

/** 缴款通知: what an employer says it paid; it waits for the bank-side payment and moves no money. */
export interface PaymentNotice {
  id: number;
  noticeNo: string;
  employerId: number;
  employerName: string;
  amount: string;
  /** The day the employer says it paid: its word, never a payment's date. */
  paidOn: string;
  bank: string;
  reference: string;
  billNos: string[];
  note: string | null;
  channel: 'api' | 'hall';
  sentAt: string;
  status: NoticeStatus;
  payment: { paymentNo: string; receivedOn: string; channel: PaymentChannel; amount: string } | null;
  resolvedAt: string | null;
  resolvedBy: 'auto' | 'staff' | null;
  resolutionNote: string | null;
}

export interface NoticeBody {
  amount: string;
  paidOn: string;
  bank: string;
  reference: string;
  billNos: string[];
  note?: string;
}

export interface CreditMovement {
  movement: 'held' | 'applied' | 'refunded';
  amount: string;
  at: string;
  paymentNo?: string | null;
  refundNo?: string | null;
}

export interface Credit {
  /** The hall's answer: `{credit}`. */
  credit?: string;
  balance?: string;
  movements?: CreditMovement[];
}

export interface LateFee {
  id: number;
  billId?: number;
  billNo?: string | null;
  period?: string | null;
  personId: number;
  name?: string | null;
  scheme: CollectionScheme;
  arrears: string;
  startOn: string;
  endOn: string;
  days: number;
  fee: string;
  status: 'open' | 'paid' | 'waived';
  paid?: string;
}

export interface ArrearsByPeriod {
  period: string;
  amount: string;
  lateFee: string;
  payers?: number;
}

export interface ArrearsRow {
  payerKind: PayerKind;
  employerId: number | null;
  personId: number | null;
  name: string;
  code?: string | null;
  /** What is overdue (the bill lines not paid). */
  amount: string;
  lines?: number;
  months: number;
  oldestPeriod?: string | null;
  /** Late fee accrued to the day asked (not yet charged). */
  lateFeeAccrued: string;
  lateFeesCharged?: string;
  enforcement?: { step: string; takenOn: string } | null;
  deferral?: { agreementNo: string; payBy: string } | null;
  byPeriod?: ArrearsByPeriod[];
}

/** GET /api/collection/arrears and the hall's arrears: the payers owing, totals and totals by period. */
export interface ArrearsView {
  asOf: string;
  payerCount: number;
  total: string;
  lateFeeAccrued: string;
  payers: ArrearsRow[];
  byPeriod: ArrearsByPeriod[];
}

export interface PaymentOrder {
  id: number;
  orderNo: string;
  employerId: number | null;
  personId: number | null;
  payerName?: string | null;
  arrears: string;
  lateFee: string;
  asOf: string;
  payBy: string;
  periods: string[];
  issuedAt: string;
}

export type EnforcementStepKind = 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
export const ENFORCEMENT_STEPS: readonly EnforcementStepKind[] = [
  'order_to_pay',
  'bank_query',
  'deduction',
  'guarantee',
  'deferral',
  'court',
];

export interface EnforcementStep {
  id: number;
  employerId: number;
  employerName?: string | null;
  step: EnforcementStepKind;
  takenOn: string;
  documentNo?: string | null;
  note: string;
  paymentOrderId?: number | null;
  recordedAt: string;
}

export type DeferralStatus = 'proposed' | 'active' | 'rejected' | 'completed' | 'breached' | 'cancelled';

export interface Deferral {
  id: number;
  agreementNo: string;
  employerId: number;
  employerName?: string | null;
  fromPeriod: string;
  toPeriod: string;
  payBy: string;
  guarantee?: string | null;
  status: DeferralStatus;
  proposedBy?: number;
  proposedAt: string;
  decidedAt?: string | null;
  note?: string | null;
}

export type DecisionStatus = 'proposed' | 'approved' | 'rejected';

export interface BackPayment {
  id: number;
  backPaymentNo: string;
  kind: 'back_payment' | 'extension';
  payerKind?: PayerKind;
  employerId: number | null;
  employerName?: string | null;
  personId: number;
  personName?: string | null;
  fromPeriod: string;
  toPeriod: string;
  wage: string;
  schemes?: CollectionScheme[];
  employerAtFault?: boolean;
  reason?: string | null;
  caseNumber?: string | null;
  status: DecisionStatus | string;
  proposedAt?: string;
  decidedAt?: string | null;
  bills?: Array<{ id: number; billNo: string; period: string; total: string; status: string }>;
}

export interface Refund {
  id: number;
  refundNo: string;
  payerKind: PayerKind;
  employerId: number | null;
  personId: number | null;
  payerName?: string | null;
  amount: string;
  reason: string;
  status: DecisionStatus;
  proposedBy?: number;
  proposedAt: string;
  decidedAt?: string | null;
  decisionNote?: string | null;
}

export interface ReconciliationRow {
  row?: number | null;
  line?: number | null;
  payerCode?: string | null;
  payerName?: string | null;
  amount: string;
  receivedOn?: string | null;
  reference?: string | null;
  billNo?: string | null;
  paymentNo?: string | null;
  outcome: 'matched' | 'over_paid' | 'under_paid' | 'unmatched' | string;
  /** What was open when the payment was allocated. */
  due?: string | null;
  held?: string | null;
  open?: string | null;
  note?: string | null;
  /** The employer's payment notice the row answered. */
  noticeNo?: string | null;
}

export interface ReconciliationReport {
  matched: ReconciliationRow[] | number;
  overPaid?: ReconciliationRow[] | number;
  underPaid?: ReconciliationRow[] | number;
  unmatched?: ReconciliationRow[] | number;
  rows?: ReconciliationRow[];
  totals?: Record<string, string | number>;
}

export interface PaymentFile {
  id: number;
  fileNo: string;
  source: 'bank' | 'tax';
  fileName: string;
  rowCount: number;
  total: string;
  report: ReconciliationReport;
  importedAt: string;
}

/** A refused payment file: every bad row. */
export interface PaymentFileRejection {
  code: string;
  message: string;
  errors: RowError[];
}

export type MonthCloseStatus = 'running' | 'done' | 'failed' | 'pending' | string;

export interface FundReport {
  fund: CollectionScheme | string;
  due: string;
  collected: string;
  arrears: string;
  /** The collection rate as a decimal string ('0.9731') or a number. */
  rate: string | number | null;
}

export interface MonthClose {
  id: number;
  regionCode?: string;
  region?: string;
  period: string;
  status: MonthCloseStatus;
  step?: string | null;
  /** 0–100, or the done/total pair (older shapes). */
  progress?: number | { done: number; total: number } | null;
  done?: number | null;
  total?: number | null;
  /** Payers assessed and billed so far, of all the region's payers (the long step). */
  payersDone?: number;
  payersTotal?: number;
  counts?: Record<string, number>;
  asOf?: string;
  startedAt?: string;
  finishedAt?: string | null;
  error?: string | null;
  report?: { funds?: FundReport[]; byFund?: FundReport[]; total?: FundReport } | FundReport[] | null;
}

/** GET /api/collection/employers/:id/summary (the 360 view's 征缴 tab). */
export interface EmployerCollectionSummary {
  openBills: Bill[];
  paidThisYear: string;
  arrears: string;
  lateFeesOpen: string;
  credit: string;
}
