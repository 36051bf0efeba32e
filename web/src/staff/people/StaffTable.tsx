import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { RoleTags } from '../roles/RoleTags.tsx';
import { StaffRowActions, type StaffAction } from './StaffRowActions.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

interface Props {
  rows: Staff[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  canManage: boolean;
  canManageRoles: boolean;
  onPage: (page: number, pageSize: number) => void;
  onAction: (action: StaffAction, staff: Staff) => void;
}

/** Staff with their roles and the state of their credentials; paged on the server. */
export function StaffTable(props: Props) {
  const { rows, total, page, pageSize, loading, canManage, canManageRoles, onPage, onAction } = props;
  const { t } = useI18n();
  const columns: TableColumnsType<Staff> = [
    { title: t('staff.username'), dataIndex: 'username', render: (v: string) => <span className="mono">{v}</span> },
    { title: t('staff.displayName'), dataIndex: 'displayName' },
    { title: t('staff.agency'), dataIndex: 'agencyName' },
    { title: t('staff.roles'), dataIndex: 'roles', render: (_, s) => <RoleTags roles={s.roles} /> },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, s) => (
        <>
          <StatusTag family="record" status={s.status} />
          {s.loginThrottled && <StatusTag family="record" status="throttled" />}
          {s.mustChangePassword && <Tag color="gold">{t('staff.mustChange')}</Tag>}
        </>
      ),
    },
    {
      title: t('staff.totp'),
      dataIndex: 'totpEnrolled',
      render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'staff.totpYes' : 'staff.totpNo')}</Tag>,
    },
    {
      title: t('staff.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) => <DateText value={v} instant />,
    },
  ];
  if (canManage || canManageRoles) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) => (
        <StaffRowActions staff={s} canManage={canManage} canManageRoles={canManageRoles} onAction={onAction} />
      ),
    });
  }
  return (
    <Table<Staff>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { n }),
        onChange: onPage,
      }}
      onRow={(s) => ({ 'data-testid': `staff-row-${s.username}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
