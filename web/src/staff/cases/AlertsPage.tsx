import { Button, Flex, Segmented, Select, Switch, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { CaseAlert } from '../../api/deskTypes.ts';
import { useCan } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useConfirm } from '../../ui/useConfirm.ts';
import { useAcknowledgeAlert, useAlerts, type AlertFilter } from './casesApi.ts';

/** `/staff/alerts`: due-soon and overdue alerts raised by the sweep, mine or (supervisors) the subtree's. */
export default function AlertsPage() {
  const { t } = useI18n();
  const can = useCan();
  const confirm = useConfirm();
  const acknowledge = useAcknowledgeAlert();
  const [filter, setFilter] = useState<AlertFilter>({ scope: 'mine', open: true, page: 1, pageSize: 20 });
  const alerts = useAlerts(filter);
  return (
    <>
      <PageTitle title={t('menu.alerts')} description={t('alerts.description')} />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        {can('service.monitor') && (
          <Segmented<AlertFilter['scope']>
            value={filter.scope}
            onChange={(scope) => setFilter({ ...filter, scope, page: 1 })}
            options={[
              { value: 'mine', label: t('alerts.mine') },
              { value: 'subtree', label: <span data-testid="alerts-scope-subtree">{t('alerts.subtree')}</span> },
            ]}
          />
        )}
        <Select
          allowClear
          placeholder={t('alerts.kind')}
          style={{ width: 160 }}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind, page: 1 })}
          options={(['due_soon', 'overdue'] as const).map((k) => ({ value: k, label: t(`alertKind.${k}`) }))}
          data-testid="alerts-kind"
        />
        <Flex gap={8} align="center">
          <Switch
            checked={filter.open ?? false}
            onChange={(open) => setFilter({ ...filter, open: open || undefined, page: 1 })}
            data-testid="alerts-open"
          />
          <Typography.Text>{t('alerts.openOnly')}</Typography.Text>
        </Flex>
      </Flex>
      <ErrorAlert error={alerts.error} />
      <Table<CaseAlert>
        rowKey="id"
        loading={alerts.isFetching}
        dataSource={alerts.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('alerts.none') }}
        onRow={(a) => ({ 'data-testid': `alert-row-${a.id}`, 'data-kind': a.kind }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: alerts.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('alerts.kind'),
            dataIndex: 'kind',
            render: (k: CaseAlert['kind']) => <StatusTag family="caseAlert" status={k} />,
          },
          {
            title: t('progress.caseNumber'),
            dataIndex: 'caseNumber',
            render: (v: string, a) => (
              <Link to={`/staff/cases/${a.caseId}`} className="mono">
                {v}
              </Link>
            ),
          },
          { title: t('progress.dueOn'), dataIndex: 'dueOn', render: (v: string) => <DateText value={v} /> },
          { title: t('alerts.raisedAt'), dataIndex: 'raisedAt', render: (v: string) => <DateText value={v} instant /> },
          { title: t('progress.owner'), key: 'owner', render: (_, a) => a.owner?.displayName ?? '—' },
          { title: t('cases.agency'), key: 'agency', render: (_, a) => a.agency.name },
          {
            title: t('alerts.acknowledged'),
            key: 'ack',
            render: (_, a) =>
              a.acknowledgedAt ? (
                <DateText value={a.acknowledgedAt} instant />
              ) : (
                <Button
                  size="small"
                  onClick={() =>
                    confirm({
                      title: t('alerts.acknowledgeConfirm', { number: a.caseNumber }),
                      successText: t('alerts.acknowledgedToast'),
                      run: () => acknowledge.mutateAsync(a.id),
                    })
                  }
                  data-testid={`alert-ack-${a.id}`}
                >
                  {t('alerts.acknowledge')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
