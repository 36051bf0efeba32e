export {
  creditInterest,
  divideHalfUp,
  foldCreditsAfter,
  INTEREST_METHODS,
  MONTHS_IN_YEAR,
  type InterestMethod,
  type InterestResult,
} from './interest/ledger.interest.ts';
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
} from './interest/ledger.interest-run.ts';
export { interestRejections } from './interest/ledger.interest.rejections.ts';
export { calcInterest, type CalcOutcome } from './interest/ledger.calc.ts';
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
} from './journal/ledger.accounts.ts';
export { postEntries, type PostOptions } from './journal/ledger.journal.ts';
export { accountCode, contentHash, type PostingProblem } from './journal/ledger.journal.rules.ts';
export {
  contributionPosting,
  interestPosting,
  type ContributionPayment,
  type InterestCredit,
} from './journal/ledger.postings.ts';
export { accountBalance, accountBalances, individualBalance } from './journal/ledger.balances.ts';
export { statementOf, issueStatement, checkStatement, type StatementView } from './statements/ledger.statements.ts';
export { runStatements, statementRuns, type StatementRunView } from './statements/ledger.statements-run.ts';
export {
  cumulativeMonths,
  deriveEvents,
  yearTable,
  type RightsEvent,
  type RightsMonthFact,
} from './rights/ledger.rights.rules.ts';
export {
  postContributions,
  recordDue,
  contributionKey,
  type ContributionItem,
  type DueItem,
} from './rights/ledger.rights.ts';
export { withdrawDue, type WithdrawItem } from './rights/ledger.rights.withdraw.ts';
export { rightsView, type RightsView } from './rights/ledger.rights.views.ts';
export { rightsRejections } from './rights/ledger.rights.rejections.ts';
export {
  reconcile,
  RECONCILE_CHECKS,
  type ReconcileCheck,
  type ReconcileOutcome,
  type ReconcileRunView,
} from './reconcile/ledger.reconcile.ts';
export { runReconcileCheck, type CheckOutcome } from './reconcile/ledger.reconcile.checks.ts';
export { reconcileRejections } from './reconcile/ledger.reconcile.rejections.ts';
export { verifyLedger, type ChainBreak, type LedgerVerification, type VerifyProgress } from './journal/ledger.chain.ts';
export { journalLinkKind, keyJournal } from './journal/ledger.chain.keying.ts';
export {
  proposeCorrection,
  approveCorrection,
  rejectCorrection,
  listCorrections,
  type CorrectionView,
} from './journal/ledger.corrections.ts';
export { checkPostings } from './journal/ledger.journal.ts';
export { listEntries, entryDetail, type EntrySummary, type EntryDetail } from './journal/ledger.journal.views.ts';
export { renderIssuedStatement } from './statements/ledger.statements.ts';
