import { Card, Col, Descriptions, Row } from 'antd';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ChangePasswordForm } from '../../ui/ChangePasswordForm.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { RoleTags } from '../roles/RoleTags.tsx';

/** `/staff/account`: the user's own record and the password change. */
export default function AccountPage() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  if (!session) return null;
  return (
    <>
      <PageTitle title={t('menu.account')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'username',
                  label: t('staff.username'),
                  children: <span className="mono">{session.username}</span>,
                },
                { key: 'name', label: t('staff.displayName'), children: session.displayName },
                { key: 'agency', label: t('staff.agency'), children: session.agency?.name ?? '—' },
                { key: 'roles', label: t('staff.roles'), children: <RoleTags roles={session.roles} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('password.change')} size="small">
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
