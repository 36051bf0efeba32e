import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ApiKeysPage } from './ApiKeysPage.tsx';
import { EmployeesPage } from './EmployeesPage.tsx';
import { EmployerPage } from './EmployerPage.tsx';
import { ImportsPage } from './ImportsPage.tsx';
import { MyRegistrationPage } from './MyRegistrationPage.tsx';
import { sections } from './sections.tsx';

/**
 * `/hall/registration/*`: the employer's unit, employees, bulk import and API keys, or the
 * person's insurance record, with a menu of the pages the account kind may use.
 */
export default function HallRegistrationRoutes() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const location = useLocation();
  if (!session || session.kind === 'staff') {
    return <Navigate to={`/login/person?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  const kind = session.kind;
  const mine = sections[kind];
  const current = location.pathname.split('/')[3] ?? '';
  const wrongKind = (
    <Alert type="warning" showIcon title={t(kind === 'person' ? 'hreg.employerOnly' : 'hreg.personOnly')} />
  );
  const forEmployer = (page: ReactNode) => (kind === 'employer' ? page : wrongKind);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('hreg.hallEntries')}
        </Typography.Title>
        <Link to="/hall">
          <ArrowLeftOutlined /> {t('hreg.backToHall')}
        </Link>
      </Flex>
      <nav
        aria-label={t('hreg.hallEntries')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 24, borderBottom: '1px solid #e5e8ee', marginBottom: 16 }}
      >
        {mine.map((s) => (
          <Link
            key={s.path}
            to={`/hall/registration/${s.path}`}
            data-testid={`hreg-tab-${s.path}`}
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
        <Route path="employer" element={forEmployer(<EmployerPage />)} />
        <Route path="employees" element={forEmployer(<EmployeesPage />)} />
        <Route path="imports" element={forEmployer(<ImportsPage />)} />
        <Route path="api-keys" element={forEmployer(<ApiKeysPage />)} />
        <Route path="person" element={kind === 'person' ? <MyRegistrationPage /> : wrongKind} />
        <Route path="*" element={<Navigate to={`/hall/registration/${mine[0]?.path ?? ''}`} replace />} />
      </Routes>
    </>
  );
}
