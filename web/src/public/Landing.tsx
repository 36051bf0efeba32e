import {
  BankOutlined,
  BookOutlined,
  FileSearchOutlined,
  FormOutlined,
  LockOutlined,
  PhoneOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { KindCard } from './KindCard.tsx';

const entrances: { icon: ReactNode; title: MessageKey; text: MessageKey; to: string; testId: string }[] = [
  {
    icon: <BookOutlined />,
    title: 'nav.services',
    text: 'landing.servicesText',
    to: '/services',
    testId: 'entry-services',
  },
  {
    icon: <FileSearchOutlined />,
    title: 'nav.progress',
    text: 'landing.progressText',
    to: '/progress',
    testId: 'entry-progress',
  },
  { icon: <FormOutlined />, title: 'landing.online', text: 'landing.onlineText', to: '/hall', testId: 'entry-online' },
];

const notes: { icon: ReactNode; title: MessageKey; text: MessageKey }[] = [
  { icon: <LockOutlined />, title: 'public.note1Title', text: 'public.note1Text' },
  { icon: <SafetyCertificateOutlined />, title: 'public.note2Title', text: 'public.note2Text' },
  { icon: <PhoneOutlined />, title: 'public.note3Title', text: 'public.note3Text' },
];

/** `/`: what the hall is, the two entrances, and the way to the staff workbench. */
export default function Landing() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  return (
    <>
      {params.get('expired') && (
        <Alert
          type="warning"
          showIcon
          title={t('session.expired')}
          style={{ marginBottom: 16 }}
          data-testid="session-expired"
        />
      )}
      <div
        style={{
          background: 'linear-gradient(120deg, #0f3d7a 0%, #1a4f9c 60%, #2f6cc0 100%)',
          color: '#fff',
          borderRadius: 6,
          padding: '36px 40px',
          marginBottom: 24,
        }}
      >
        <Typography.Title level={2} style={{ color: '#fff', marginTop: 0 }}>
          {t('public.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.88)', fontSize: 15, maxWidth: 720, marginBottom: 0 }}>
          {t('public.heroText')}
        </Typography.Paragraph>
      </div>
      <Row gutter={[24, 24]} style={{ marginBottom: 24 }}>
        {entrances.map((e) => (
          <Col xs={24} md={8} key={e.to}>
            <Link to={e.to} data-testid={e.testId}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: '#1a4f9c' }}>{e.icon}</span>}
                  title={t(e.title)}
                  description={t(e.text)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12}>
          <KindCard
            kind="person"
            icon={<UserOutlined />}
            title="public.personTitle"
            text="public.personText"
            services={['public.personService1', 'public.personService2', 'public.personService3']}
          />
        </Col>
        <Col xs={24} md={12}>
          <KindCard
            kind="employer"
            icon={<BankOutlined />}
            title="public.employerTitle"
            text="public.employerText"
            services={['public.employerService1', 'public.employerService2', 'public.employerService3']}
          />
        </Col>
      </Row>
      <Card style={{ marginTop: 24 }}>
        <Row gutter={[24, 16]}>
          {notes.map((n) => (
            <Col xs={24} md={8} key={n.title}>
              <Flex gap={12}>
                <span style={{ fontSize: 22, color: '#1a4f9c' }}>{n.icon}</span>
                <div>
                  <Typography.Text strong>{t(n.title)}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {t(n.text)}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </Col>
          ))}
        </Row>
      </Card>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24 }}>
        {t('public.staffPrompt')}{' '}
        <Link to="/staff/login" data-testid="staff-login-link-bottom">
          {t('public.staffLogin')} →
        </Link>
      </Typography.Paragraph>
    </>
  );
}
