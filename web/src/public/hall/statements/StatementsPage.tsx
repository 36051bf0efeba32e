import { ArrowLeftOutlined, FilePdfOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { AccessLogCard } from './AccessLogCard.tsx';
import { DiscrepancyModal } from './DiscrepancyModal.tsx';
import { useDownloadStatement, useMyStatements, type IssuedStatement } from './statementsApi.ts';

const rowProps = (testId: string) => () => ({ 'data-testid': testId }) as HTMLAttributes<HTMLElement>;

/** The years with records, each with its PDF download, and the statements already issued. */
function StatementsCard({ onDoubt }: { onDoubt: () => void }) {
  const { t } = useI18n();
  const list = useMyStatements();
  const download = useDownloadStatement();
  return (
    <Card
      title={t('stmt.years.title')}
      data-testid="statement-years"
      extra={
        <Button icon={<QuestionCircleOutlined />} onClick={onDoubt} data-testid="discrepancy-open">
          {t('stmt.discrepancy.open')}
        </Button>
      }
    >
      <ErrorAlert error={list.error ?? download.error} />
      {download.data && !download.isPending && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="statement-downloaded"
          title={t('stmt.years.downloaded', { year: download.data.year, no: download.data.statementNo })}
        />
      )}
      <Table
        size="small"
        rowKey="year"
        loading={list.isPending}
        pagination={false}
        dataSource={list.data?.years ?? []}
        locale={{ emptyText: t('stmt.years.empty') }}
        onRow={(r) => ({ 'data-testid': `statement-year-${r.year}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('stmt.years.year'), dataIndex: 'year' },
          {
            title: t('stmt.years.state'),
            dataIndex: 'closed',
            render: (closed: boolean) =>
              closed ? <Tag color="green">{t('stmt.years.closed')}</Tag> : <Tag>{t('stmt.years.open')}</Tag>,
          },
          {
            title: 'PDF',
            key: 'pdf',
            align: 'right',
            render: (_: unknown, r: { year: number; closed: boolean }) => (
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                disabled={!r.closed}
                loading={download.isPending && download.variables === r.year}
                onClick={() => download.mutate(r.year)}
                data-testid={`statement-download-${r.year}`}
              >
                {t('stmt.years.download')}
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('stmt.issued.title')}
      </Typography.Title>
      <Table<IssuedStatement>
        size="small"
        rowKey="statementNo"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={list.data?.statements ?? []}
        locale={{ emptyText: t('stmt.issued.empty') }}
        onRow={rowProps('statement-issued-row')}
        columns={[
          {
            title: t('stmt.issued.no'),
            dataIndex: 'statementNo',
            render: (v: string) => (
              <span className="mono" data-testid="statement-no">
                {v}
              </span>
            ),
          },
          { title: t('stmt.issued.year'), dataIndex: 'year' },
          {
            title: t('stmt.issued.issuedAt'),
            dataIndex: 'issuedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('stmt.issued.code'),
            dataIndex: 'verificationCode',
            render: (v: string) => (
              <span className="mono" data-testid="statement-code">
                {v}
              </span>
            ),
          },
          {
            title: t('stmt.issued.closing'),
            dataIndex: 'closing',
            align: 'right',
            render: (v: string) => (
              <span className="mono" data-testid="statement-closing">
                {v}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** `/hall/statements`: the person's annual rights statements, the discrepancy form and the access log. */
export default function StatementsPage() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const location = useLocation();
  const list = useMyStatements();
  const [doubting, setDoubting] = useState(false);
  if (!session || session.kind === 'staff')
    return <Navigate to={`/login/person?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (session.kind !== 'person') return <Alert type="warning" showIcon title={t('stmt.page.personOnly')} />;
  return (
    <div data-testid="statements-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stmt.page.title')}
        </Typography.Title>
        <Flex gap={16}>
          <Link to="/hall/rights" data-testid="statements-rights-link">
            {t('stmt.page.rightsRecord')}
          </Link>
          <Link to="/hall">
            <ArrowLeftOutlined /> {t('stmt.page.backToHall')}
          </Link>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t('stmt.page.intro')}</Typography.Paragraph>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={13}>
          <StatementsCard onDoubt={() => setDoubting(true)} />
        </Col>
        <Col xs={24} xl={11}>
          <AccessLogCard />
        </Col>
      </Row>
      <DiscrepancyModal
        open={doubting}
        years={(list.data?.years ?? []).map((y) => y.year)}
        onClose={() => setDoubting(false)}
      />
    </div>
  );
}
