import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useLogout, useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ChangePasswordForm } from '../../ui/ChangePasswordForm.tsx';

/** `/hall`: the logged-in person's or employer's account. Business services arrive in later issues. */
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
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('hall.welcome', { name: session.displayName })}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12}>
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
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
              {t('hall.servicesSoon')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('password.change')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
