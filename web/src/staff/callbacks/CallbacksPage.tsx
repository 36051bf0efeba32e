import { Button, Flex, Segmented, Switch, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { CallbackTask } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LevelTag } from '../../ui/LevelTag.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { CallbackDrawer } from './CallbackDrawer.tsx';
import { CallbackStepModal } from './CallbackStepModal.tsx';
import { useCallbacks, type CallbackFilter, type CallbackStep } from './callbacksApi.ts';

type StatusOption = NonNullable<CallbackFilter['status']> | 'all';

function Due({ date, overdue }: { date: string | null; overdue: boolean }) {
  return (
    <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue}>
      <DateText value={date} />
    </Typography.Text>
  );
}

/** `/staff/callbacks`: every 差评 becomes a task: call back, rectify, close, within the local deadlines. */
export default function CallbacksPage() {
  const { t } = useI18n();
  const local = useLocal();
  const [filter, setFilter] = useState<CallbackFilter>({ status: 'active', page: 1, pageSize: 20 });
  const list = useCallbacks(filter);
  const [acting, setActing] = useState<{ task: CallbackTask; step: CallbackStep } | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const status: StatusOption = filter.status ?? 'all';
  const act = (task: CallbackTask, step: CallbackStep) => setActing({ task, step });
  return (
    <>
      <PageTitle title={t('menu.callbacks')} description={t('callback.description')} />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<StatusOption>
          value={status}
          onChange={(v) => setFilter({ ...filter, status: v === 'all' ? undefined : v, page: 1 })}
          options={(['active', 'open', 'called_back', 'rectified', 'closed', 'all'] as const).map((s) => ({
            value: s,
            label: <span data-testid={`callbacks-status-${s}`}>{t(`callbackFilter.${s}`)}</span>,
          }))}
        />
        <Flex gap={8} align="center">
          <Switch
            checked={filter.overdue ?? false}
            onChange={(v) => setFilter({ ...filter, overdue: v || undefined, page: 1 })}
            data-testid="callbacks-overdue"
          />
          {t('callback.overdueOnly')}
        </Flex>
        <Flex gap={8} align="center">
          <Switch
            checked={filter.mine ?? false}
            onChange={(v) => setFilter({ ...filter, mine: v || undefined, page: 1 })}
            data-testid="callbacks-mine"
          />
          {t('callback.mineOnly')}
        </Flex>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<CallbackTask>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('callback.none') }}
        onRow={(c) =>
          ({ 'data-testid': `callback-row-${c.caseNumber}`, 'data-status': c.status }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('progress.caseNumber'),
            dataIndex: 'caseNumber',
            render: (v: string, row: { caseId: number }) => (
              <Link to={`/staff/cases/${row.caseId}`} className="mono">
                {v}
              </Link>
            ),
          },
          { title: t('progress.item'), key: 'item', render: (_, c) => local.text(c.itemName) || c.itemCode },
          {
            title: t('callback.rating'),
            key: 'rating',
            render: (_, c) => (
              <>
                <LevelTag level={c.rating.overall} />
                {c.rating.comment && (
                  <Typography.Text
                    type="secondary"
                    ellipsis
                    style={{ maxWidth: 200, display: 'inline-block', verticalAlign: 'middle' }}
                  >
                    {c.rating.comment}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('cases.agency'), dataIndex: 'agencyName' },
          {
            title: t('callback.openedAt'),
            dataIndex: 'openedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('callback.callbackDue'),
            key: 'cbDue',
            render: (_, c) => <Due date={c.callbackDueOn} overdue={c.callbackOverdue} />,
          },
          {
            title: t('callback.rectifyDue'),
            key: 'rDue',
            render: (_, c) => <Due date={c.rectifyDueOn} overdue={c.rectifyOverdue} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: CallbackTask['status']) => <StatusTag family="callback" status={s} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => setViewing(c.id)} data-testid={`callback-view-${c.id}`}>
                  {t('callback.view')}
                </Button>
                {(c.status === 'open' || c.status === 'called_back') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(c, 'callback')}
                    data-testid={`callback-do-callback-${c.id}`}
                  >
                    {t(c.status === 'open' ? 'callback.callback' : 'callback.callbackAgain')}
                  </Button>
                )}
                {c.status === 'called_back' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(c, 'rectify')}
                    data-testid={`callback-do-rectify-${c.id}`}
                  >
                    {t('callback.rectify')}
                  </Button>
                )}
                {c.status === 'rectified' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(c, 'close')}
                    data-testid={`callback-do-close-${c.id}`}
                  >
                    {t('callback.close')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {(['callback', 'rectify', 'close'] as const).map((step) => (
        <CallbackStepModal
          key={step}
          step={step}
          task={acting?.step === step ? acting.task : null}
          onClose={() => setActing(null)}
        />
      ))}
      <CallbackDrawer id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
