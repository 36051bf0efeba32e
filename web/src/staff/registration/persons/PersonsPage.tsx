import { UserAddOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { usePersons, type PersonFilter } from '../registrationApi.ts';
import type { PersonSummary } from '../registrationTypes.ts';
import { citizenIdRule, maxLength, trimmed } from '../shared/rules.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** `/staff/registration/persons`: find an insured person by the full citizen ID or by name. */
export default function PersonsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<PersonFilter | null>(null);
  const list = usePersons(filter ?? { page: 1, pageSize: 20 }, filter !== null);
  const [form] = Form.useForm<{ citizenId?: string; name?: string }>();
  return (
    <>
      <PageTitle
        title={t('reg.menu.persons')}
        description={t('reg.persons.description')}
        extra={
          can('registration.write') && (
            <Link to="/staff/registration/persons/new">
              <Button type="primary" icon={<UserAddOutlined />} data-testid="person-new">
                {t('reg.persons.register')}
              </Button>
            </Link>
          )
        }
      />
      <Form<{ citizenId?: string; name?: string }>
        form={form}
        layout="inline"
        style={{ rowGap: 12, marginBottom: 16 }}
        onFinish={(v) => {
          const citizenId = trimmed(v.citizenId)?.toUpperCase();
          const name = trimmed(v.name);
          if (!citizenId && !name) {
            form.setFields([{ name: 'citizenId', errors: [t('reg.persons.searchNeeds')] }]);
            return;
          }
          setFilter({ citizenId, name, page: 1, pageSize: filter?.pageSize ?? 20 });
        }}
      >
        <Form.Item name="citizenId" label={t('reg.field.citizenId')} rules={[citizenIdRule(t)]}>
          <Input allowClear maxLength={18} className="mono" style={{ width: 220 }} data-testid="persons-citizen-id" />
        </Form.Item>
        <Form.Item name="name" label={t('reg.field.name')} rules={[maxLength(t, 100)]}>
          <Input allowClear maxLength={100} style={{ width: 160 }} data-testid="persons-name" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="persons-search">
            {t('common.search')}
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={list.error} />
      <Table<PersonSummary>
        rowKey="personId"
        size="middle"
        loading={list.isFetching}
        dataSource={filter ? (list.data?.items ?? []) : []}
        locale={filter ? undefined : { emptyText: t('reg.persons.searchFirst') }}
        scroll={{ x: 'max-content' }}
        onRow={(p) => ({ 'data-testid': `person-row-${p.personId}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: filter?.page ?? 1,
          pageSize: filter?.pageSize ?? 20,
          total: filter ? (list.data?.total ?? 0) : 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => filter && setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('reg.field.name'),
            dataIndex: 'name',
            render: (v: string, p) => (
              <Link to={`/staff/registration/persons/${p.personId}`} data-testid="person-link">
                {v}
              </Link>
            ),
          },
          {
            title: t('reg.field.citizenId'),
            dataIndex: 'idMasked',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('reg.field.gender'),
            dataIndex: 'gender',
            render: (v: PersonSummary['gender']) => t(`reg.gender.${v}`),
          },
          { title: t('reg.field.birthDate'), dataIndex: 'birthDate', render: (v: string) => <DateText value={v} /> },
          { title: t('reg.agency'), dataIndex: 'agencyName', render: (v: string | undefined) => v ?? '—' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: PersonSummary['status']) => <StatusTag family="person" status={v} />,
          },
        ]}
      />
    </>
  );
}
