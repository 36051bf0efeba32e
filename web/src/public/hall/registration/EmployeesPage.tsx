import { UserAddOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useEmployees } from './hallRegistrationApi.ts';
import { HireModal } from './HireModal.tsx';
import { SchemeTags } from './labels.tsx';
import { SeparationModal } from './SeparationModal.tsx';
import type { Employee } from './types.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

type Filter = 'active' | 'ended' | 'all';

/** 职工: the employer's employees (current, separated or all), paged, with hire and separation forms. */
export function EmployeesPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('active');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<'hire' | 'separate' | null>(null);
  const employees = useEmployees(filter, page.page, page.pageSize);
  return (
    <Card
      title={t('hreg.emp.title')}
      data-testid="hreg-employees"
      extra={
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => setOpen('hire')}
            data-testid="hreg-hire-open"
          >
            {t('hreg.hire.open')}
          </Button>
          <Button icon={<UserDeleteOutlined />} onClick={() => setOpen('separate')} data-testid="hreg-separate-open">
            {t('hreg.sep.open')}
          </Button>
        </Flex>
      }
    >
      <Segmented<Filter>
        value={filter}
        onChange={(v) => {
          setFilter(v);
          setPage((p) => ({ ...p, page: 1 }));
        }}
        options={[
          { value: 'active', label: t('hreg.emp.active') },
          { value: 'ended', label: t('hreg.emp.ended') },
          { value: 'all', label: t('hreg.emp.all') },
        ]}
        style={{ marginBottom: 16 }}
        data-testid="hreg-employees-filter"
      />
      <ErrorAlert error={employees.error} />
      <Table<Employee>
        rowKey="employmentId"
        size="small"
        loading={employees.isFetching}
        dataSource={employees.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('hreg.emp.none') }}
        onRow={(r) => ({ 'data-testid': `hreg-employee-${r.employmentId}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: employees.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
        }}
        columns={[
          { title: t('hreg.emp.name'), dataIndex: 'name' },
          { title: t('hreg.emp.id'), dataIndex: 'idMasked', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('hreg.emp.hiredOn'), dataIndex: 'hiredOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('hreg.emp.separatedOn'),
            dataIndex: 'separatedOn',
            render: (v: string | null) => <DateText value={v} />,
          },
          {
            title: t('hreg.emp.schemes'),
            dataIndex: 'schemes',
            render: (v: Employee['schemes']) => <SchemeTags t={t} schemes={v ?? []} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: Employee['status']) => <StatusTag family="hallEmployment" status={v} />,
          },
        ]}
      />
      <HireModal open={open === 'hire'} onClose={() => setOpen(null)} />
      <SeparationModal open={open === 'separate'} onClose={() => setOpen(null)} />
    </Card>
  );
}
