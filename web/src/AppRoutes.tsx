import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequirePermission } from './staff/layout/RequirePermission.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { NotFound } from './ui/NotFound.tsx';
import { PageSpinner } from './ui/PageSpinner.tsx';

const PublicLayout = lazy(() => import('./public/PublicLayout.tsx'));
const Landing = lazy(() => import('./public/Landing.tsx'));
const PublicLogin = lazy(() => import('./public/login/PublicLoginPage.tsx'));
const PublicRegister = lazy(() => import('./public/register/RegisterPage.tsx'));
const Hall = lazy(() => import('./public/hall/HallPage.tsx'));
const StaffLogin = lazy(() => import('./staff/login/StaffLoginPage.tsx'));
const StaffLayout = lazy(() => import('./staff/layout/StaffLayout.tsx'));
const StaffHome = lazy(() => import('./staff/home/StaffHome.tsx'));
const Agencies = lazy(() => import('./staff/agencies/AgenciesPage.tsx'));
const ServicePoints = lazy(() => import('./staff/servicePoints/ServicePointsPage.tsx'));
const StaffPage = lazy(() => import('./staff/people/StaffPage.tsx'));
const Roles = lazy(() => import('./staff/roles/RolesPage.tsx'));
const Audit = lazy(() => import('./staff/audit/AuditPage.tsx'));
const Account = lazy(() => import('./staff/account/AccountPage.tsx'));

/** Public hall at `/`, staff workbench under `/staff`; every page is its own lazy chunk. */
export function AppRoutes() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route index element={<Landing />} />
            <Route path="login/:kind" element={<PublicLogin />} />
            <Route path="register/:kind" element={<PublicRegister />} />
            <Route path="hall" element={<Hall />} />
          </Route>
          <Route path="staff/login" element={<StaffLogin />} />
          <Route path="staff" element={<StaffLayout />}>
            <Route index element={<StaffHome />} />
            <Route
              path="agencies"
              element={
                <RequirePermission permission="org.read">
                  <Agencies />
                </RequirePermission>
              }
            />
            <Route
              path="service-points"
              element={
                <RequirePermission permission="org.read">
                  <ServicePoints />
                </RequirePermission>
              }
            />
            <Route
              path="staff"
              element={
                <RequirePermission permission="staff.read">
                  <StaffPage />
                </RequirePermission>
              }
            />
            <Route
              path="roles"
              element={
                <RequirePermission permission="role.manage">
                  <Roles />
                </RequirePermission>
              }
            />
            <Route
              path="audit"
              element={
                <RequirePermission permission="audit.read">
                  <Audit />
                </RequirePermission>
              }
            />
            <Route path="account" element={<Account />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
