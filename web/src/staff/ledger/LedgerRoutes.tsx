import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/NotFound.tsx';

const Overview = lazy(() => import('./overview/LedgerOverviewPage.tsx'));
const Accounts = lazy(() => import('./accounts/AccountsPage.tsx'));
const AccountEntries = lazy(() => import('./accounts/AccountEntriesPage.tsx'));
const Entry = lazy(() => import('./entries/EntryPage.tsx'));
const Corrections = lazy(() => import('./corrections/CorrectionsPage.tsx'));
const ReconcileRuns = lazy(() => import('./reconcile/ReconcileRunsPage.tsx'));
const ReconcileRun = lazy(() => import('./reconcile/ReconcileRunPage.tsx'));
const Runs = lazy(() => import('./runs/RunsPage.tsx'));

/** `/staff/ledger/*` (behind `ledger.read`): the fund accountant's workbench 基金账务. */
export default function LedgerRoutes() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path="accounts" element={<Accounts />} />
      <Route path="accounts/:id" element={<AccountEntries />} />
      <Route path="entries/:id" element={<Entry />} />
      <Route path="corrections" element={<Corrections />} />
      <Route path="reconcile" element={<ReconcileRuns />} />
      <Route path="reconcile/:id" element={<ReconcileRun />} />
      <Route path="runs" element={<Runs />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
