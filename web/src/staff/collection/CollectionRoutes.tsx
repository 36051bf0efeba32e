import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NotFound } from '../../ui/NotFound.tsx';
import { RequirePermission } from '../layout/RequirePermission.tsx';

const Declare = lazy(() => import('./declare/WindowDeclarePage.tsx'));
const Bills = lazy(() => import('./bills/BillsPage.tsx'));
const Payments = lazy(() => import('./payments/PaymentsPage.tsx'));
const Arrears = lazy(() => import('./arrears/ArrearsPage.tsx'));
const BackPayments = lazy(() => import('./back-payments/BackPaymentsPage.tsx'));
const Refunds = lazy(() => import('./refunds/RefundsPage.tsx'));
const MonthClose = lazy(() => import('./close/MonthClosePage.tsx'));

const needs = (permission: string, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/** `/staff/collection/*` (behind `collection.read`): the 征缴 workbench. */
export default function CollectionRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="bills" replace />} />
      <Route path="declarations" element={needs('collection.declare', <Declare />)} />
      <Route path="bills" element={<Bills />} />
      <Route path="payments" element={<Payments />} />
      <Route path="arrears" element={<Arrears />} />
      <Route path="back-payments" element={<BackPayments />} />
      <Route path="refunds" element={<Refunds />} />
      <Route path="month-close" element={<MonthClose />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
