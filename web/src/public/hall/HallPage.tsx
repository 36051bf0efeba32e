import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router';
import { useLogout, useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ChangePasswordForm } from '../../ui/ChangePasswordForm.tsx';
import { LoginPhone } from './account/LoginPhone.tsx';
import { MyCases } from './MyCases.tsx';
import { HallRegistrationEntries } from './registration/HallRegistrationEntries.tsx';
import { HallStatementsEntry } from './statements/HallStatementsEntry.tsx';
import { RightsEntry } from './rights/RightsEntry.tsx';
import { HallCollectionEntry } from './collection/HallCollectionEntry.tsx';

/** `/hall`: the logged-in person's or employer's cases, account and password. */
export default function HallPage() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const logout = useLogout();
  const navigate = useNavigate();
  if (!session || session.kind === 'staff') return <Navigate to="/" replace />;
  const signOut = async () => {
    await logout();
    navigate('/', { replace: true });
  };
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('hall.welcome', { name: session.displayName })}
        </Typography.Title>
        <Flex gap={12}>
          <Link to="/services">{t('nav.services')}</Link>
          <Link to="/progress">{t('nav.progress')}</Link>
        </Flex>
      </Flex>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <MyCases />
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            <HallRegistrationEntries kind={session.kind} />
            <HallCollectionEntry kind={session.kind} />
            <HallStatementsEntry kind={session.kind} />
            <RightsEntry kind={session.kind} />
            <Card
              title={t('hall.myAccount')}
              extra={
                <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="logout">
                  {t('common.logout')}
                </Button>
              }
              data-testid="hall-account"
            >
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  {
                    key: 'name',
                    label: t('hall.displayName'),
                    children: <span data-testid="hall-display-name">{session.displayName}</span>,
                  },
                  {
                    key: 'kind',
                    label: t('hall.accountKind'),
                    children: t(session.kind === 'person' ? 'public.person' : 'public.employer'),
                  },
                  {
                    key: 'identifier',
                    label: t(session.kind === 'person' ? 'public.citizenId' : 'public.creditCode'),
                    children: (
                      <span className="mono" data-testid="hall-identifier">
                        {session.identifierMasked ?? '—'}
                      </span>
                    ),
                  },
                  { key: 'phone', label: t('identity.phone.label'), children: <LoginPhone /> },
                ]}
              />
            </Card>
            <Card title={t('password.change')}>
              <ChangePasswordForm />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
