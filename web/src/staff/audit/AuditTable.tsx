import { Table, Tooltip, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { AuditEntry } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

interface Props {
  rows: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  agencyName: (id: number | null) => string;
  onPage: (page: number, pageSize: number) => void;
}

const mono = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : <span className="mono">{String(v)}</span>;

function Details({ details }: { details: unknown }) {
  return (
    <pre
      className="mono"
      data-testid="audit-details"
      style={{ margin: 0, background: '#f6f8fa', padding: 12, borderRadius: 4, maxHeight: 320, overflow: 'auto' }}
    >
      {JSON.stringify(details, null, 2)}
    </pre>
  );
}

/** The audit trail; each row expands to its details as JSON. */
export function AuditTable({ rows, total, page, pageSize, loading, agencyName, onPage }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', render: mono },
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => <DateText value={v} instant /> },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (_, e) =>
        e.actorName ? (
          <Tooltip title={`${e.actorKind ?? ''} #${e.actorId ?? ''}`}>{e.actorName}</Tooltip>
        ) : (
          mono(e.actorId)
        ),
    },
    { title: t('staff.agency'), dataIndex: 'agencyId', render: (_, e) => agencyName(e.agencyId) },
    { title: t('audit.action'), dataIndex: 'action', render: mono },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      render: (_, e) =>
        e.entity ? (
          <span className="mono">
            {e.entity}
            {e.entityId !== null ? ` #${e.entityId}` : ''}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      render: (_, e) => <StatusTag family="outcome" status={e.outcome} />,
    },
    { title: t('audit.ip'), dataIndex: 'ip', render: mono },
    { title: t('audit.requestId'), dataIndex: 'requestId', render: mono },
  ];
  return (
    <Table<AuditEntry>
      rowKey="seq"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (e) => <Details details={e.details} />,
        rowExpandable: (e) => e.details !== null && e.details !== undefined,
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { n }),
        onChange: onPage,
      }}
      onRow={(e) => ({ 'data-testid': `audit-row-${e.seq}`, 'data-action': e.action }) as HTMLAttributes<HTMLElement>}
    />
  );
}
