/** Shapes of the ledger API the fund accountant's pages use (docs/api-reconcile.md, docs/api-ledger.md). */

export type Fund = 'pension' | 'medical' | 'unemployment' | 'work_injury';
export const FUNDS: readonly Fund[] = ['pension', 'medical', 'unemployment', 'work_injury'];

export type ReconcileCheck =
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
  | 'rights_owed';
export const RECONCILE_CHECKS: readonly ReconcileCheck[] = [
  'balance_cache',
  'individual_cache',
  'control_total',
  'entry_unbalanced',
  'chain_broken',
  'rights_projection',
  'bill_lines',
  'bill_receivable',
  'payment_allocation',
  'payment_bank',
  'arrears_receivable',
  'rights_paid',
  'rights_owed',
];

export interface ReconcileRun {
  id: number;
  trigger: 'schedule' | 'cli' | 'api';
  startedAt: string;
  finishedAt: string | null;
  ok: boolean | null;
  checks: Partial<Record<ReconcileCheck, { checked: number; differences: number }>>;
}

export interface ReconcileDifference {
  seq: number;
  kind: ReconcileCheck;
  accountId: number | null;
  accountCode: string | null;
  accountNameZh: string | null;
  accountNameEn: string | null;
  personId: number | null;
  personName: string | null;
  fund: Fund | null;
  entryId: number | null;
  batchNo: number | null;
  billId: number | null;
  paymentId: number | null;
  employerId: number | null;
  expected: string | null;
  actual: string | null;
  detail: string;
}

export interface ReconcileRunDetail extends ReconcileRun {
  differences: { total: number; items: ReconcileDifference[] };
}

export interface FlowMonth {
  period: string;
  fund: Fund;
  contributions: string;
  accountCredits: string;
  interest: string;
  benefits: string;
  transfers: string;
}

export interface FundSummary {
  fund: Fund;
  pooled: string;
  individual: string;
  bank: string;
  /** Employer and person receivables together: open bills less the payers' credit. */
  receivable: string;
  employerReceivable: string;
  personReceivable: string;
  accounts: number;
}

export type Side = 'debit' | 'credit';

/** An account of the chart with its balance (cached, or computed as of / as known at). */
export interface Account {
  id: number;
  code: string;
  fund: Fund;
  kind: string;
  region: string;
  normalSide: Side;
  nameZh: string;
  nameEn: string;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
  balance: { debit: string; credit: string; balance: string };
  lastEntryId: number | null;
}

export interface AccountsAnswer {
  asOf: string | null;
  knownAt: string | null;
  source: 'cache' | 'journal';
  items: Account[];
}

export interface EntrySummary {
  id: number;
  batchNo: number;
  seqInBatch: number;
  idempotencyKey: string;
  kind: 'posting' | 'reversal';
  effectiveOn: string;
  period: string | null;
  bookedAt: string;
  sourceModule: string;
  sourceRef: string;
  reason: string;
  amount: string;
  reversesEntryId: number | null;
  reversedByEntryId: number | null;
  accountDebit?: string;
  accountCredit?: string;
}

export interface LineView {
  lineNo: number;
  accountId: number;
  accountCode: string;
  accountNameZh: string;
  accountNameEn: string;
  personId: number | null;
  personName: string | null;
  side: Side;
  amount: string;
}

export type CorrectionStatus = 'proposed' | 'approved' | 'rejected';

export interface Correction {
  id: number;
  entryId: number;
  reason: string;
  replacementLines: { accountId: number; side: Side; amount: string; personId: number | null }[] | null;
  status: CorrectionStatus;
  requestedBy: number;
  requestedAt: string;
  decidedBy: number | null;
  decidedAt: string | null;
  decisionNote: string | null;
  reversalEntryId: number | null;
  replacementEntryId: number | null;
}

export interface EntryDetail {
  entry: EntrySummary & {
    contentHash: string;
    entryHash: string;
    requestedBy: number | null;
    approvedBy: number | null;
  };
  lines: LineView[];
  batch: {
    batchNo: number;
    prevHash: string;
    merkleRoot: string;
    batchHash: string;
    entryCount: number;
    bookedAt: string;
    source: string;
  };
  corrections: Correction[];
}

export type RunStatus = 'running' | 'completed' | 'failed';

export interface InterestRun {
  id: number;
  region: string;
  fund: 'pension' | 'medical';
  year: number;
  method: 'annual' | 'monthly-product';
  rate: string;
  status: RunStatus;
  accountsTotal: number;
  accountsDone: number;
  interest: string;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface StatementRun {
  id: number;
  region: string;
  year: number;
  status: RunStatus;
  personsTotal: number;
  personsDone: number;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}
