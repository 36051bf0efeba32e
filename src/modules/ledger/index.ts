export {
  creditInterest,
  divideHalfUp,
  foldCreditsAfter,
  INTEREST_METHODS,
  MONTHS_IN_YEAR,
  type InterestMethod,
  type InterestResult,
} from './ledger.interest.ts';
export {
  creditInterestOnClosing,
  interestRuns,
  refuseYearNotEnded,
  runInterest,
  settleInterestRuns,
  startInterestRun,
  yearTerms,
  type ClosingCredit,
  type ClosingReason,
  type InterestRunRequest,
  type InterestRunTrigger,
  type InterestRunView,
} from './ledger.interest-run.ts';
export { interestRejections } from './ledger.interest.rejections.ts';
export { calcInterest, type CalcOutcome } from './ledger.calc.ts';
export * from './ledger.model.ts';
export { ledgerRejections, rejectLedger } from './ledger.rejections.ts';
export {
  ensureChart,
  openIndividualAccount,
  closeIndividualAccount,
  accountsOf,
  FUND_NAMES,
  KIND_NAMES,
  type AccountView,
} from './ledger.accounts.ts';
export { postEntries, type PostOptions } from './ledger.journal.ts';
export { accountCode, contentHash, type PostingProblem } from './ledger.journal.rules.ts';
export {
  contributionPosting,
  interestPosting,
  type ContributionPayment,
  type InterestCredit,
} from './ledger.postings.ts';
export { accountBalance, accountBalances, individualBalance } from './ledger.balances.ts';
export { statementOf, issueStatement, checkStatement, type StatementView } from './ledger.statements.ts';
export { runStatements, statementRuns, type StatementRunView } from './ledger.statements-run.ts';
export {
  cumulativeMonths,
  deriveEvents,
  yearTable,
  type RightsEvent,
  type RightsMonthFact,
} from './ledger.rights.rules.ts';
export { postContributions, recordDue, contributionKey, type ContributionItem, type DueItem } from './ledger.rights.ts';
export { withdrawDue, type WithdrawItem } from './ledger.rights.withdraw.ts';
export { rightsView, type RightsView } from './ledger.rights.views.ts';
export { rightsRejections } from './ledger.rights.rejections.ts';
export {
  reconcile,
  RECONCILE_CHECKS,
  type ReconcileCheck,
  type ReconcileOutcome,
  type ReconcileRunView,
} from './ledger.reconcile.ts';
export { runReconcileCheck, type CheckOutcome } from './ledger.reconcile.checks.ts';
export { reconcileRejections } from './ledger.reconcile.rejections.ts';
export { verifyLedger, type ChainBreak, type LedgerVerification, type VerifyProgress } from './ledger.chain.ts';
export { journalLinkKind, keyJournal } from './ledger.chain.keying.ts';
export {
  proposeCorrection,
  approveCorrection,
  rejectCorrection,
  listCorrections,
  type CorrectionView,
} from './ledger.corrections.ts';
export { checkPostings } from './ledger.journal.ts';
export { listEntries, entryDetail, type EntrySummary, type EntryDetail } from './ledger.journal.views.ts';
export { renderIssuedStatement } from './ledger.statements.ts';
