/**
 * The ledger's shapes under the names the fund accountant's pages use, each the type the server
 * declares (`web/src/api/schema.gen.ts`; docs/api-reconcile.md, docs/api-ledger.md), and the lists
 * the pages' filters offer.
 */
import type { BodyOf, Schema } from '../../api/typed.ts';

/** An account of the chart with its balance (cached, or computed as of / as known at). */
export type Account = Schema<'LedgerAccount'>;
export type Fund = Account['fund'];
export type Side = Account['normalSide'];

/** Every fund, in the order the filters and the summary show them. */
export const FUNDS: readonly Fund[] = ['pension', 'medical', 'unemployment', 'work_injury'];

export type ReconcileRun = Schema<'LedgerReconcileRun'>;
export type ReconcileDifference = Schema<'LedgerReconcileDifference'>;
export type ReconcileCheck = ReconcileDifference['kind'];

/** Every check of a run, in the order the run page shows their counts. */
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
  'reference_missing',
];

export type FlowMonth = Schema<'LedgerFlowMonth'>;
export type FundSummary = Schema<'LedgerFundSummary'>;

export type EntrySummary = Schema<'LedgerEntrySummary'>;
export type EntryDetail = Schema<'LedgerEntry'>;
export type LineView = Schema<'LedgerEntryLine'>;

export type Correction = Schema<'LedgerCorrection'>;
export type CorrectionStatus = Correction['status'];
/** A proposal to reverse an entry, with the lines to book in its place if any. */
export type CorrectionProposal = BodyOf<'/api/ledger/entries/{id}/corrections'>;
export type ReplacementLine = NonNullable<CorrectionProposal['replacementLines']>[number];

export type InterestRun = Schema<'LedgerInterestRun'>;
export type StatementRun = Schema<'LedgerStatementRun'>;
export type RunStatus = InterestRun['status'];
