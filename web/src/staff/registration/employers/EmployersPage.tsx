import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useEmployers, type EmployerFilter } from '../registrationApi.ts';
import type { EmployerStatus, EmployerSummary } from '../registrationTypes.ts';
import { maxLength, trimmed } from '../shared/rules.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

const statuses: EmployerStatus[] = ['active', 'suspended', 'cancelled'];

/** `/staff/registration/employers`: employers in the caller's agency subtree, searched by code or name. */
export default function EmployersPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<EmployerFilter>({ page: 1, pageSize: 20 });
  const list = useEmployers(filter);
  return (
    <>
      <PageTitle
        title={t('reg.menu.employers')}
        description={t('reg.employers.description')}
        extra={
          can('registration.write') && (
            <Link to="/staff/registration/employers/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="employer-new">
                {t('reg.employers.register')}
              </Button>
            </Link>
          )
        }
      />
      <Form<{ q?: string; status?: EmployerStatus }>
        layout="inline"
        style={{ rowGap: 12, marginBottom: 16 }}
        onFinish={(v) => setFilter({ q: trimmed(v.q), status: v.status, page: 1, pageSize: filter.pageSize })}
      >
        <Form.Item name="q" label={t('reg.employers.q')} rules={[maxLength(t, 100)]}>
          <Input allowClear style={{ width: 260 }} placeholder={t('reg.employers.qHint')} data-testid="employers-q" />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select
            allowClear
            style={{ width: 120 }}
            options={statuses.map((s) => ({ value: s, label: t(`reg.employerStatus.${s}`) }))}
            data-testid="employers-status"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="employers-search">
            {t('common.search')}
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={list.error} />
      <Table<EmployerSummary>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(e) => ({ 'data-testid': `employer-row-${e.creditCode}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('reg.employerNo'),
            dataIndex: 'employerNo',
            render: (v: string, e) => (
              <Link to={`/staff/registration/employers/${e.id}`} className="mono" data-testid="employer-link">
                {v}
              </Link>
            ),
          },
          { title: t('reg.field.name'), dataIndex: 'name' },
          {
            title: t('reg.field.creditCode'),
            dataIndex: 'creditCode',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('reg.field.type'),
            dataIndex: 'type',
            render: (v: EmployerSummary['type']) => t(`reg.employerType.${v}`),
          },
          {
            title: t('reg.riskClass'),
            dataIndex: 'riskClass',
            render: (v: number) => <Tag>{t('reg.riskClassN', { n: v })}</Tag>,
          },
          {
            title: t('reg.field.poolingRegion'),
            dataIndex: 'poolingRegion',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('reg.field.registeredOn'),
            dataIndex: 'registeredOn',
            render: (v: string) => <DateText value={v} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: EmployerStatus) => <StatusTag family="employer" status={v} />,
          },
        ]}
      />
    </>
  );
}
