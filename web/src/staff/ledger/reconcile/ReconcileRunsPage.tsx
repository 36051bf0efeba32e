import { Button, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { useReconcileRuns, useRunReconcile } from '../ledgerApi.ts';
import { RECONCILE_CHECKS, type ReconcileRun } from '../ledgerTypes.ts';
import { ReconcileStatusTag } from './ReconcileTags.tsx';

/** `/staff/ledger/reconcile`: control reconciliation runs (nightly, command line, or 运行对账 here). */
export default function ReconcileRunsPage() {
  const { t } = useI18n();
  const can = useCan();
  const notify = useNotify();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const runs = useReconcileRuns(page, pageSize);
  const start = useRunReconcile();
  const runNow = () =>
    start.mutate(undefined, {
      onSuccess: (run) => {
        notify.success(t(run.ok ? 'ledger.reconcile.doneOk' : 'ledger.reconcile.doneDifferences'));
        void navigate(`/staff/ledger/reconcile/${run.id}`);
      },
      onError: notify.error,
    });
  return (
    <>
      <PageTitle
        title={t('ledger.menu.reconcile')}
        description={t('ledger.reconcile.description')}
        extra={
          can('ledger.post') ? (
            <Button type="primary" loading={start.isPending} onClick={runNow} data-testid="reconcile-run">
              {t('ledger.reconcile.run')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={runs.error} />
      <Table<ReconcileRun>
        rowKey="id"
        size="middle"
        loading={runs.isFetching}
        dataSource={runs.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `reconcile-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          total: runs.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          {
            title: t('ledger.reconcile.id'),
            dataIndex: 'id',
            render: (id: number) => <Link to={`/staff/ledger/reconcile/${id}`}>#{id}</Link>,
          },
          {
            title: t('ledger.reconcile.startedAt'),
            dataIndex: 'startedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('ledger.reconcile.trigger'),
            dataIndex: 'trigger',
            render: (v: ReconcileRun['trigger']) => t(`ledger.trigger.${v}`),
          },
          { title: t('common.status'), key: 'status', render: (_, r) => <ReconcileStatusTag run={r} /> },
          ...RECONCILE_CHECKS.map((check) => ({
            title: t(`ledger.check.${check}`),
            key: check,
            align: 'right' as const,
            render: (_: unknown, r: ReconcileRun) => {
              const counts = r.checks[check];
              if (!counts) return '—';
              return (
                <span style={{ color: counts.differences > 0 ? '#cf1322' : undefined }}>
                  {counts.differences} / {counts.checked}
                </span>
              );
            },
          })),
        ]}
      />
    </>
  );
}
