/**
 * Collection's checks of the control reconciliation, in the order they run after the
 * ledger's own: bills against their lines and the receivables, payments against their allocations
 * and the bank postings, arrears against the receivables past due, rights records against the
 * entries and the open bill lines. The ledger's `reconcile` runs them in its snapshot; the HTTP
 * registrar, the nightly schedule and `shebao reconcile` hand them over.
 */
import type { ReconcileCheck } from '../ledger/index.ts';
import { arrearsReceivableCheck } from './collection.reconcile.arrears.ts';
import { billLinesCheck, billReceivableCheck } from './collection.reconcile.bills.ts';
import { paymentAllocationCheck, paymentBankCheck } from './collection.reconcile.payments.ts';
import { rightsOwedCheck, rightsPaidCheck } from './collection.reconcile.rights.ts';

export const COLLECTION_RECONCILE_CHECKS: readonly ReconcileCheck[] = [
  billLinesCheck,
  billReceivableCheck,
  paymentAllocationCheck,
  paymentBankCheck,
  arrearsReceivableCheck,
  rightsPaidCheck,
  rightsOwedCheck,
];
