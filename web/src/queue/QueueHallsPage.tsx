import { DesktopOutlined, NumberOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageSpinner } from '../ui/PageSpinner.tsx';
import { useQueueHalls } from './queueApi.ts';

/** `/queue`: the halls with a queue, each with its kiosk and its calling display. */
export default function QueueHallsPage() {
  const { t } = useI18n();
  const halls = useQueueHalls();
  if (halls.isPending) return <PageSpinner />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('queue.hallsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('queue.hallsIntro')}</Typography.Paragraph>
      <ErrorAlert error={halls.error} />
      {halls.data?.length === 0 && <Empty />}
      <Row gutter={[16, 16]}>
        {halls.data?.map((h) => (
          <Col xs={24} md={12} key={h.id}>
            <Card title={h.name} data-testid={`queue-hall-${h.id}`}>
              <Typography.Paragraph type="secondary">
                {h.agencyName}
                <br />
                {h.address}
              </Typography.Paragraph>
              <Flex gap={8}>
                <Link to={`/queue/${h.id}/kiosk`}>
                  <Button type="primary" icon={<NumberOutlined />} data-testid={`queue-kiosk-${h.id}`}>
                    {t('queue.kiosk')}
                  </Button>
                </Link>
                <Link to={`/queue/${h.id}/display`}>
                  <Button icon={<DesktopOutlined />} data-testid={`queue-display-${h.id}`}>
                    {t('queue.display')}
                  </Button>
                </Link>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
