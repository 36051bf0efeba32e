import { Layout } from 'antd';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionInfo } from '../../api/session.ts';
import { DemoBanner } from '../../ui/DemoBanner.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { ServerUnavailable } from '../../ui/ServerUnavailable.tsx';
import { IdleWatch } from './IdleWatch.tsx';
import { StaffHeader } from './StaffHeader.tsx';
import { StaffMenu } from './StaffMenu.tsx';

/** The workbench frame for `/staff/*`; without a staff session it sends the user to log in. */
export default function StaffLayout() {
  const info = useSessionInfo();
  const { pathname } = useLocation();
  if (info.isPending) return <PageSpinner />;
  if (info.isError) return <ServerUnavailable error={info.error} />;
  const session = info.data?.session;
  if (!session || session.kind !== 'staff') return <Navigate to="/staff/login" replace state={{ from: pathname }} />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <StaffHeader session={session} />
      {info.data?.demo && <DemoBanner />}
      <Layout>
        <Layout.Sider width={208} breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #e8e8e8' }}>
          <StaffMenu permissions={session.permissions} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20 }}>
          <div style={{ background: '#fff', padding: 24, borderRadius: 6, minHeight: 'calc(100vh - 100px)' }}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
      <IdleWatch idleTimeoutSeconds={session.idleTimeoutSeconds} />
    </Layout>
  );
}
