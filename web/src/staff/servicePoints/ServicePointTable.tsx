import { Button, Space, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ServicePoint } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { openingHoursLines } from '../../shared/openingHoursText.ts';
import { WindowsTable } from './WindowsTable.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

export type ServicePointAction = 'edit' | 'addWindow' | 'close';

interface Props {
  points: ServicePoint[];
  loading: boolean;
  canManage: boolean;
  onAction: (action: ServicePointAction, point: ServicePoint) => void;
}

/** Halls with address, phone, hours and status; expand a row for its windows. */
export function ServicePointTable({ points, loading, canManage, onAction }: Props) {
  const { t, lang } = useI18n();
  const link = (action: ServicePointAction, p: ServicePoint, label: string, danger = false) => (
    <Button
      type="link"
      size="small"
      danger={danger}
      style={{ padding: '0 4px' }}
      onClick={() => onAction(action, p)}
      data-testid={`service-point-${action}-${p.id}`}
    >
      {label}
    </Button>
  );
  const columns: TableColumnsType<ServicePoint> = [
    {
      title: t('servicePoint.name'),
      dataIndex: 'name',
      width: 200,
      render: (v: string) => <strong style={{ fontWeight: 500 }}>{v}</strong>,
    },
    { title: t('staff.agency'), dataIndex: 'agencyName' },
    { title: t('servicePoint.address'), dataIndex: 'address' },
    { title: t('servicePoint.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('servicePoint.openingHours'),
      dataIndex: 'openingHours',
      render: (_, p) =>
        openingHoursLines(p.openingHours, lang).map((line) => (
          <div key={line} style={{ whiteSpace: 'nowrap' }}>
            {line}
          </div>
        )),
    },
    {
      title: t('servicePoint.windows'),
      key: 'windows',
      render: (_, p) => p.windows.filter((w) => w.status === 'active').length,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, p) => <StatusTag family="record" status={p.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        canManage && p.status === 'active' ? (
          <Space size={0}>
            {link('edit', p, t('common.edit'))}
            {link('addWindow', p, t('servicePoint.addWindow'))}
            {link('close', p, t('servicePoint.close'), true)}
          </Space>
        ) : null,
    },
  ];
  return (
    <Table<ServicePoint>
      rowKey="id"
      loading={loading}
      dataSource={points}
      columns={columns}
      size="middle"
      scroll={{ x: 1150 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{ expandedRowRender: (p) => <WindowsTable point={p} canManage={canManage} /> }}
      rowClassName={(p) => (p.status === 'closed' ? 'closed-row' : '')}
      onRow={(p) => ({ 'data-testid': `service-point-row-${p.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
