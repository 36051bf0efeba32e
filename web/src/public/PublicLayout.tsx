import { Flex, Layout, Typography } from 'antd';
import { Link, NavLink, Outlet } from 'react-router';
import { useSessionInfo } from '../api/session.ts';
import { useI18n } from '../i18n/index.ts';
import { BrandMark } from '../ui/BrandMark.tsx';
import { DemoBanner } from '../ui/DemoBanner.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { PageSpinner } from '../ui/PageSpinner.tsx';
import { ServerUnavailable } from '../ui/ServerUnavailable.tsx';

const navStyle = ({ isActive }: { isActive: boolean }) => ({
  color: isActive ? '#1a4f9c' : 'rgba(0,0,0,0.75)',
  fontWeight: isActive ? 600 : 400,
  borderBottom: isActive ? '2px solid #1a4f9c' : '2px solid transparent',
  paddingBottom: 2,
});

/** Frame of the self-service hall: white header with the hall's sections, demo banner, centred content, footer. */
export default function PublicLayout() {
  const { t } = useI18n();
  const info = useSessionInfo();
  const session = info.data?.session;
  const publicUser = session !== null && session !== undefined && session.kind !== 'staff';
  return (
    <Layout style={{ minHeight: '100vh', background: '#f4f6f9' }}>
      <Layout.Header
        style={{ background: '#fff', borderBottom: '3px solid #1a4f9c', height: 64, lineHeight: 'normal' }}
      >
        <Flex justify="space-between" align="center" style={{ height: '100%', maxWidth: 1120, margin: '0 auto' }}>
          <Link to="/" data-testid="home-link" style={{ display: 'flex' }}>
            <BrandMark subtitle={t('public.hallName')} />
          </Link>
          <Flex gap={20} align="center" className="no-print">
            <nav style={{ display: 'flex', gap: 20 }} aria-label={t('public.hallName')}>
              <NavLink to="/services" style={navStyle} data-testid="nav-services">
                {t('nav.services')}
              </NavLink>
              <NavLink to="/progress" style={navStyle} data-testid="nav-progress">
                {t('nav.progress')}
              </NavLink>
              <NavLink to="/verify" style={navStyle} data-testid="nav-verify">
                {t('hreg.nav.verify')}
              </NavLink>
              {publicUser ? (
                <NavLink to="/hall" style={navStyle} data-testid="nav-my-cases">
                  {t('nav.myCases')}
                </NavLink>
              ) : (
                <NavLink to="/login/person" style={navStyle} data-testid="nav-login">
                  {t('public.login')}
                </NavLink>
              )}
            </nav>
            <LanguageSwitch />
            <Link to="/staff/login" data-testid="staff-login-link">
              {t('public.staffLogin')}
            </Link>
          </Flex>
        </Flex>
      </Layout.Header>
      {info.data?.demo && <DemoBanner />}
      <Layout.Content style={{ width: '100%', maxWidth: 1120, margin: '0 auto', padding: '24px 16px 48px' }}>
        {info.isPending ? <PageSpinner /> : info.isError ? <ServerUnavailable error={info.error} /> : <Outlet />}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', background: '#e9edf3' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('public.footer')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
