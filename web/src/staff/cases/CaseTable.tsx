import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { CaseRow } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { DeadlineBadge } from '../../ui/DeadlineBadge.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

interface Props {
  rows: CaseRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

/** Cases with their promise state; the number opens the case. */
export function CaseTable({ rows, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useI18n();
  const local = useLocal();
  const columns: TableColumnsType<CaseRow> = [
    {
      title: t('progress.caseNumber'),
      dataIndex: 'caseNumber',
      fixed: 'left',
      render: (v: string, c) => (
        <Link to={`/staff/cases/${c.id}`} className="mono" data-testid="case-link">
          {v}
        </Link>
      ),
    },
    { title: t('progress.item'), key: 'item', render: (_, c) => local.name(c.item) },
    {
      title: t('progress.applicant'),
      key: 'applicant',
      render: (_, c) => (
        <>
          {c.applicant.name}
          <div className="mono" style={{ color: 'rgba(0,0,0,0.45)' }}>
            {c.applicant.identifierMasked}
          </div>
        </>
      ),
    },
    {
      title: t('progress.channel'),
      dataIndex: 'channel',
      render: (v: CaseRow['channel']) => <Tag>{t(`channel.${v}`)}</Tag>,
    },
    { title: t('common.status'), dataIndex: 'status', render: (_, c) => <StatusTag family="case" status={c.status} /> },
    {
      title: t('progress.promise'),
      key: 'sla',
      render: (_, c) => <DeadlineBadge state={c.slaState} dueOn={c.dueOn} provisional={c.dueOnProvisional} />,
    },
    { title: t('progress.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => <DateText value={v} instant /> },
    { title: t('progress.owner'), key: 'owner', render: (_, c) => c.owner?.displayName ?? '—' },
    { title: t('cases.assignee'), key: 'assignee', render: (_, c) => c.assignee?.displayName ?? '—' },
    { title: t('cases.agency'), key: 'agency', render: (_, c) => c.agency.name },
  ];
  return (
    <Table<CaseRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { n }),
        onChange: onPage,
      }}
      onRow={(c) =>
        ({ 'data-testid': `case-row-${c.caseNumber}`, 'data-sla': c.slaState }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
