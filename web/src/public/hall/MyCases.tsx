import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { ProgressRow } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { DeadlineBadge } from '../../ui/DeadlineBadge.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useMyCases } from './hallApi.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** 我的办件: every case of the logged-in applicant, newest first, each opening its progress page. */
export function MyCases() {
  const { t } = useI18n();
  const local = useLocal();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const cases = useMyCases(page.page, page.pageSize);
  return (
    <Card
      title={t('hall.myCases')}
      data-testid="my-cases"
      extra={
        <Link to="/services">
          <Button type="primary" icon={<FormOutlined />} data-testid="hall-apply">
            {t('hall.applyOnline')}
          </Button>
        </Link>
      }
    >
      <ErrorAlert error={cases.error} />
      <Table<ProgressRow>
        rowKey="caseNumber"
        size="small"
        loading={cases.isFetching}
        dataSource={cases.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('hall.noCases') }}
        onRow={(r) => ({ 'data-testid': `my-case-${r.caseNumber}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: cases.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: t('progress.caseNumber'),
            dataIndex: 'caseNumber',
            render: (v: string) => (
              <Link to={`/hall/cases/${v}`} className="mono" data-testid="my-case-link">
                {v}
              </Link>
            ),
          },
          { title: t('progress.item'), key: 'item', render: (_, r) => local.name(r.item) },
          { title: t('common.status'), key: 'status', render: (_, r) => <StatusTag family="case" status={r.status} /> },
          {
            title: t('progress.promise'),
            key: 'sla',
            render: (_, r) => <DeadlineBadge state={r.slaState} dueOn={r.dueOn} provisional={r.dueOnProvisional} />,
          },
          {
            title: t('progress.receivedAt'),
            dataIndex: 'receivedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
        ]}
      />
    </Card>
  );
}
