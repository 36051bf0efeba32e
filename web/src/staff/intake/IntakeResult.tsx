import { ArrowLeftOutlined, FileSearchOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail, IntakeAnswer } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DeadlineBadge } from '../../ui/DeadlineBadge.tsx';
import { NoticeCard } from '../../ui/NoticeCard.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** What the intake produced: the cases with their numbers and promises, and the slip to hand over. */
export function IntakeResult({
  answer,
  fromWindow,
  onAgain,
}: {
  answer: IntakeAnswer;
  fromWindow: boolean;
  onAgain: () => void;
}) {
  const { t } = useI18n();
  const local = useLocal();
  const withSlip = answer.notice !== null;
  return (
    <Flex vertical gap={16} data-testid="intake-result">
      <Result
        status={withSlip ? 'warning' : 'success'}
        title={t(withSlip ? 'intake.doneWithSlip' : 'intake.done', { n: answer.cases.length })}
        subTitle={withSlip ? t('intake.slipHint') : undefined}
        style={{ padding: '16px 0' }}
        extra={[
          fromWindow && (
            <Link to="/staff/window" key="window">
              <Button icon={<ArrowLeftOutlined />} data-testid="intake-back-window">
                {t('intake.backToWindow')}
              </Button>
            </Link>
          ),
          <Button key="again" icon={<PlusOutlined />} onClick={onAgain} data-testid="intake-again">
            {t('intake.again')}
          </Button>,
        ]}
      />
      <Card size="small" title={t('intake.casesOpened')}>
        <Table<CaseDetail>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={answer.cases}
          columns={[
            {
              title: t('progress.caseNumber'),
              dataIndex: 'caseNumber',
              render: (v: string, c) => (
                <Link to={`/staff/cases/${c.id}`} className="mono" data-testid="intake-case-number">
                  {v}
                </Link>
              ),
            },
            { title: t('intake.item'), key: 'item', render: (_, c) => local.name(c.item) },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, c) => <StatusTag family="case" status={c.status} />,
            },
            {
              title: t('progress.promise'),
              key: 'sla',
              render: (_, c) => (
                <DeadlineBadge
                  state={c.slaState}
                  dueOn={c.dueOn}
                  remainingWorkdays={c.remainingWorkdays}
                  provisional={c.dueOnProvisional}
                />
              ),
            },
            {
              title: '',
              key: 'open',
              render: (_, c) => (
                <Link to={`/staff/cases/${c.id}`}>
                  <Button size="small" icon={<FileSearchOutlined />}>
                    {t('cases.open')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      </Card>
      {answer.notice && (
        <>
          <Typography.Text type="secondary">{t('intake.slipOnScreen')}</Typography.Text>
          <NoticeCard
            notice={answer.notice}
            pdfHref={`/api/case-notices/${answer.notice.id}/pdf`}
            testId="intake-notice"
          />
        </>
      )}
    </Flex>
  );
}
