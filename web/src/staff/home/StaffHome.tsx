import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { visibleMenu } from '../layout/menuItems.tsx';
import { AgencyLevelTag } from '../agencies/AgencyLevelTag.tsx';
import { RoleTags } from '../roles/RoleTags.tsx';

/** `/staff`: who is logged in, for which agency, and the sections they may open. */
export default function StaffHome() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  if (!session) return null;
  const sections = visibleMenu(session.permissions).filter((e) => e.path !== '/staff');
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-welcome">
        {t('home.welcome', { name: session.displayName })}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 24 }}
        items={[
          { key: 'user', label: t('staff.username'), children: <span className="mono">{session.username}</span> },
          {
            key: 'agency',
            label: t('staff.agency'),
            children: session.agency ? (
              <>
                {session.agency.name} <AgencyLevelTag level={session.agency.level} />
              </>
            ) : (
              '—'
            ),
          },
          { key: 'roles', label: t('staff.roles'), children: <RoleTags roles={session.roles} /> },
        ]}
      />
      <Row gutter={[16, 16]}>
        {sections.map((e) => (
          <Col xs={24} sm={12} lg={8} key={e.path}>
            <Link to={e.path} data-testid={`home-${e.testId}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 24, color: '#1a4f9c' }}>{e.icon}</span>}
                  title={t(e.label)}
                  description={t(e.description)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
        <Tag>{t('home.idleNote', { minutes: Math.round(session.idleTimeoutSeconds / 60) })}</Tag>
      </Typography.Paragraph>
    </>
  );
}
