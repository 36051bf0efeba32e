import { Table, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes, type Key } from 'react';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { buildAgencyTree, parentIds, type AgencyNode } from './agencyTree.ts';
import { AgencyLevelTag } from './AgencyLevelTag.tsx';
import { AgencyRowActions, type AgencyAction } from './AgencyRowActions.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

interface Props {
  agencies: Agency[];
  loading: boolean;
  canManage: boolean;
  onAction: (action: AgencyAction, agency: Agency) => void;
}

/** The agency hierarchy as a tree table, fully expanded until the user folds it. */
export function AgencyTable({ agencies, loading, canManage, onAction }: Props) {
  const { t } = useI18n();
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const columns: TableColumnsType<AgencyNode> = [
    {
      title: t('agency.name'),
      dataIndex: 'name',
      render: (v: string) => <strong style={{ fontWeight: 500 }}>{v}</strong>,
    },
    { title: t('agency.code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
    { title: t('agency.level'), dataIndex: 'level', render: (_, r) => <AgencyLevelTag level={r.level} /> },
    {
      title: t('agency.divisionCode'),
      dataIndex: 'divisionCode',
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, r) => <StatusTag family="record" status={r.status} />,
    },
    {
      title: t('agency.dates'),
      dataIndex: 'openedOn',
      render: (_, r) => (
        <>
          <DateText value={r.openedOn} />
          {r.closedOn && (
            <>
              {' – '}
              <DateText value={r.closedOn} />
            </>
          )}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => <AgencyRowActions agency={r} canManage={canManage} onAction={onAction} />,
    },
  ];
  return (
    <Table<AgencyNode>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={tree}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowKeys: expanded ?? parentIds(tree), onExpandedRowsChange: setExpanded }}
      rowClassName={(r) => (r.status === 'closed' ? 'closed-row' : '')}
      onRow={(r) => ({ 'data-testid': `agency-row-${r.code}`, 'data-agency-id': r.id }) as HTMLAttributes<HTMLElement>}
    />
  );
}
