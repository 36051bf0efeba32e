import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequirePermission } from './staff/layout/RequirePermission.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { NotFound } from './ui/NotFound.tsx';
import { PageSpinner } from './ui/PageSpinner.tsx';

const PublicLayout = lazy(() => import('./public/PublicLayout.tsx'));
const Landing = lazy(() => import('./public/Landing.tsx'));
const PublicLogin = lazy(() => import('./public/login/PublicLoginPage.tsx'));
const PublicRegister = lazy(() => import('./public/register/RegisterPage.tsx'));
const PublicActivate = lazy(() => import('./public/activate/ActivatePage.tsx'));
const Hall = lazy(() => import('./public/hall/HallPage.tsx'));
const HallRegistration = lazy(() => import('./public/hall/registration/HallRegistrationRoutes.tsx'));
const HallRights = lazy(() => import('./public/hall/rights/MyRightsPage.tsx'));
const VerifyCertificate = lazy(() => import('./public/verify/VerifyPage.tsx'));
const HallStatements = lazy(() => import('./public/hall/statements/StatementsPage.tsx'));
const VerifyStatement = lazy(() => import('./public/verify-statement/VerifyStatementPage.tsx'));
const HallCase = lazy(() => import('./public/hall/HallCasePage.tsx'));
const Apply = lazy(() => import('./public/hall/ApplyPage.tsx'));
const Catalog = lazy(() => import('./public/services/CatalogPage.tsx'));
const ServiceGuide = lazy(() => import('./public/services/ServiceGuidePage.tsx'));
const ProgressLookup = lazy(() => import('./public/progress/ProgressLookupPage.tsx'));
const QueueHalls = lazy(() => import('./queue/QueueHallsPage.tsx'));
const Kiosk = lazy(() => import('./queue/KioskPage.tsx'));
const HallDisplay = lazy(() => import('./queue/DisplayPage.tsx'));
const StaffLogin = lazy(() => import('./staff/login/StaffLoginPage.tsx'));
const StaffLayout = lazy(() => import('./staff/layout/StaffLayout.tsx'));
const StaffHome = lazy(() => import('./staff/home/StaffHome.tsx'));
const Agencies = lazy(() => import('./staff/agencies/AgenciesPage.tsx'));
const ServicePoints = lazy(() => import('./staff/servicePoints/ServicePointsPage.tsx'));
const StaffPage = lazy(() => import('./staff/people/StaffPage.tsx'));
const Roles = lazy(() => import('./staff/roles/RolesPage.tsx'));
const Audit = lazy(() => import('./staff/audit/AuditPage.tsx'));
const Messages = lazy(() => import('./staff/messages/MessagesPage.tsx'));
const CredentialResets = lazy(() => import('./staff/credentialResets/CredentialResetsPage.tsx'));
const Holidays = lazy(() => import('./staff/calendar/HolidayCalendarPage.tsx'));
const Account = lazy(() => import('./staff/account/AccountPage.tsx'));
const WindowPanel = lazy(() => import('./staff/window/WindowPage.tsx'));
const Intake = lazy(() => import('./staff/intake/IntakePage.tsx'));
const NameOverrides = lazy(() => import('./staff/intake/NameOverridePage.tsx'));
const Cases = lazy(() => import('./staff/cases/CasesPage.tsx'));
const CaseDetail = lazy(() => import('./staff/cases/CaseDetailPage.tsx'));
const Alerts = lazy(() => import('./staff/cases/AlertsPage.tsx'));
const CatalogAdmin = lazy(() => import('./staff/catalog/CatalogAdminPage.tsx'));
const ItemEditor = lazy(() => import('./staff/catalog/ItemEditorPage.tsx'));
const Archive = lazy(() => import('./staff/archive/ArchivePage.tsx'));
const Callbacks = lazy(() => import('./staff/callbacks/CallbacksPage.tsx'));
const Monitor = lazy(() => import('./staff/monitor/MonitorPage.tsx'));
const Registration = lazy(() => import('./staff/registration/RegistrationRoutes.tsx'));
const Ledger = lazy(() => import('./staff/ledger/LedgerRoutes.tsx'));
const Policy = lazy(() => import('./staff/policy/PolicyPage.tsx'));
const Collection = lazy(() => import('./staff/collection/CollectionRoutes.tsx'));
const HallCollection = lazy(() => import('./public/hall/collection/HallCollectionRoutes.tsx'));

/** A workbench page behind its permission. */
function guarded(permission: string, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

/**
 * Public hall at `/` (with the service guide, progress and the applicant's cases), the hall's
 * kiosk and calling display full-screen under `/queue/:id`, the staff workbench under `/staff`;
 * every page is its own lazy chunk.
 */
export function AppRoutes() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route index element={<Landing />} />
            <Route path="login/:kind" element={<PublicLogin />} />
            <Route path="register/:kind" element={<PublicRegister />} />
            <Route path="activate" element={<PublicActivate />} />
            <Route path="activate/:kind" element={<PublicActivate />} />
            <Route path="hall" element={<Hall />} />
            <Route path="hall/cases/:caseNumber" element={<HallCase />} />
            <Route path="hall/apply/:code" element={<Apply />} />
            <Route path="services" element={<Catalog />} />
            <Route path="services/:code" element={<ServiceGuide />} />
            <Route path="progress" element={<ProgressLookup />} />
            <Route path="hall/registration/*" element={<HallRegistration />} />
            <Route path="hall/rights" element={<HallRights />} />
            <Route path="hall/collection/*" element={<HallCollection />} />
            <Route path="verify" element={<VerifyCertificate />} />
            <Route path="hall/statements" element={<HallStatements />} />
            <Route path="verify-statement" element={<VerifyStatement />} />
            <Route path="queue" element={<QueueHalls />} />
          </Route>
          <Route path="queue/:servicePointId/kiosk" element={<Kiosk />} />
          <Route path="queue/:servicePointId/display" element={<HallDisplay />} />
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
            <Route path="messages" element={guarded('message.monitor', <Messages />)} />
            <Route path="credential-resets" element={guarded('credential_reset.approve', <CredentialResets />)} />
            <Route path="holidays" element={guarded('calendar.manage', <Holidays />)} />
            <Route path="window" element={guarded('queue.operate', <WindowPanel />)} />
            <Route path="intake" element={guarded('case.accept', <Intake />)} />
            <Route path="name-overrides" element={guarded('case.review', <NameOverrides />)} />
            <Route path="cases" element={guarded('case.read', <Cases />)} />
            <Route path="cases/:id" element={guarded('case.read', <CaseDetail />)} />
            <Route path="alerts" element={guarded('case.read', <Alerts />)} />
            <Route path="catalog" element={guarded('catalog.manage', <CatalogAdmin />)} />
            <Route path="catalog/new" element={guarded('catalog.manage', <ItemEditor />)} />
            <Route path="catalog/:code/edit" element={guarded('catalog.manage', <ItemEditor />)} />
            <Route path="archive" element={guarded('archive.read', <Archive />)} />
            <Route path="callbacks" element={guarded('callback.handle', <Callbacks />)} />
            <Route path="monitor" element={guarded('service.monitor', <Monitor />)} />
            <Route path="registration/*" element={guarded('registration.read', <Registration />)} />
            <Route path="ledger/*" element={guarded('ledger.read', <Ledger />)} />
            <Route path="policy" element={guarded('policy.read', <Policy />)} />
            <Route path="collection/*" element={guarded('collection.read', <Collection />)} />
            <Route path="account" element={<Account />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
