import { FileExcelOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useEmployees } from '../registrationApi.ts';
import type { Employee, EmployerDetail } from '../registrationTypes.ts';
import { HireModal, SeparateModal } from '../shared/EmploymentModals.tsx';
import { SchemeTags } from '../shared/RegistrationTags.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';

type Status = 'active' | 'ended' | 'all';

/** The employer's employees with hire, separation and spreadsheet import. */
export function EmployeesTab({ employer }: { employer: EmployerDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<{ status: Status; page: number; pageSize: number }>({
    status: 'active',
    page: 1,
    pageSize: 20,
  });
  const list = useEmployees(employer.id, filter);
  const [hiring, setHiring] = useState(false);
  const [importing, setImporting] = useState(false);
  const [separating, setSeparating] = useState<Employee | null>(null);
  const writable = can('registration.write') && employer.status === 'active';
  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Segmented<Status>
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status, page: 1 })}
          options={(['active', 'ended', 'all'] as const).map((s) => ({ value: s, label: t(`reg.employees.${s}`) }))}
        />
        {writable && (
          <Flex gap={8}>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setHiring(true)}
              data-testid="employees-hire"
            >
              {t('reg.action.hire')}
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)} data-testid="employees-import">
              {t('reg.import.button')}
            </Button>
          </Flex>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<Employee>
        rowKey="employmentId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(e) => ({ 'data-testid': `employee-row-${e.personId}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('reg.field.name'),
            dataIndex: 'name',
            render: (v: string, e) => <Link to={`/staff/registration/persons/${e.personId}`}>{v}</Link>,
          },
          {
            title: t('reg.field.citizenId'),
            dataIndex: 'idMasked',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('reg.hiredOn'), dataIndex: 'hiredOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('reg.separatedOn'),
            dataIndex: 'separatedOn',
            render: (v: string | null) => <DateText value={v} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: Employee['status']) => <StatusTag family="employment" status={v} />,
          },
          {
            title: t('reg.schemes'),
            dataIndex: 'schemes',
            render: (v: Employee['schemes']) => <SchemeTags schemes={v} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, e) =>
              e.status === 'active' && can('registration.write') ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => setSeparating(e)}
                  data-testid="employee-separate"
                >
                  {t('reg.action.separate')}
                </Button>
              ) : null,
          },
        ]}
      />
      <HireModal open={hiring} employerId={employer.id} onClose={() => setHiring(false)} />
      <SeparateModal
        personId={separating?.personId ?? 0}
        employment={
          separating ? { id: separating.employmentId, hiredOn: separating.hiredOn, label: separating.name } : null
        }
        onClose={() => setSeparating(null)}
      />
      <ImportPanel employerId={employer.id} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
