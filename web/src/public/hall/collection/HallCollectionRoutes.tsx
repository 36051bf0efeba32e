import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { HallArrearsPage } from './HallArrearsPage.tsx';
import { HallBillsPage } from './HallBillsPage.tsx';
import { HallDeclarePage } from './HallDeclarePage.tsx';
import { HallNoticesPage } from './HallNoticesPage.tsx';
import { HallPaymentsPage } from './HallPaymentsPage.tsx';
import { HallStatementPage } from './HallStatementPage.tsx';
import { collectionSections } from './sections.tsx';

/** `/hall/collection/*`: 征缴 for the logged-in employer (or flexible worker), with its own menu. */
export default function HallCollectionRoutes() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const location = useLocation();
  if (!session || session.kind === 'staff') {
    return <Navigate to={`/login/employer?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  const kind = session.kind;
  const mine = collectionSections[kind];
  const current = location.pathname.split('/')[3] ?? '';
  return (
    <div data-testid="hall-collection" data-kind={kind}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(kind === 'employer' ? 'hcoll.title' : 'hcoll.titlePerson')}
        </Typography.Title>
        <Link to="/hall">
          <ArrowLeftOutlined /> {t('hcoll.backToHall')}
        </Link>
      </Flex>
      <nav
        aria-label={t('hcoll.title')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 24, borderBottom: '1px solid #e5e8ee', marginBottom: 16 }}
      >
        {mine.map((s) => (
          <Link
            key={s.path}
            to={`/hall/collection/${s.path}`}
            data-testid={`hcoll-tab-${s.path}`}
            aria-current={s.path === current ? 'page' : undefined}
            style={{
              display: 'inline-flex',
              gap: 6,
              padding: '10px 2px',
              color: s.path === current ? '#1a4f9c' : 'rgba(0,0,0,0.75)',
              fontWeight: s.path === current ? 600 : 400,
              borderBottom: `2px solid ${s.path === current ? '#1a4f9c' : 'transparent'}`,
              marginBottom: -1,
            }}
          >
            {s.icon}
            {t(s.title)}
          </Link>
        ))}
      </nav>
      <Routes>
        <Route path="declare" element={<HallDeclarePage kind={kind} />} />
        <Route path="bills" element={<HallBillsPage kind={kind} />} />
        {kind === 'employer' && <Route path="payments" element={<HallPaymentsPage />} />}
        {kind === 'employer' && <Route path="notices" element={<HallNoticesPage />} />}
        <Route path="arrears" element={<HallArrearsPage kind={kind} />} />
        <Route path="statement" element={<HallStatementPage kind={kind} />} />
        <Route path="*" element={<Navigate to="/hall/collection/declare" replace />} />
      </Routes>
    </div>
  );
}
