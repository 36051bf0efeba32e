import { SyncOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MonitorOverdue } from './monitorApi.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateRangeField } from '../../ui/DateRangeField.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatShare, minutes } from '../../ui/format.ts';
import { formatInstant } from '../../ui/formatTime.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { EChart } from '../../ui/charts/EChart.tsx';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { ChartCard } from './ChartCard.tsx';
import {
  completionBar,
  itemsBar,
  queueGroupChart,
  queueHourChart,
  ratingsBar,
  ratingsChannelBar,
  slaBar,
  statusPie,
} from './charts.ts';
import {
  useCaseStats,
  useMonitorCases,
  useMonitorCompletion,
  useMonitorOverdue,
  useMonitorQueue,
  useMonitorRatings,
  useRunSweep,
  useSweeps,
  type MonitorRange,
  type StatsGroup,
} from './monitorApi.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

type QueueView = 'window' | 'category';

/** A sweep's count; a run that has not finished (or never will, having failed) has none yet. */
const counted = (n: number | null) => n ?? '—';

/** `/staff/monitor`: the supervisor dashboard: open cases, overdue, completion against the promise, queue waits, ratings. */
export default function MonitorPage() {
  const { t, lang } = useI18n();
  const local = useLocal();
  const notify = useNotify();
  const [range, setRange] = useState<MonitorRange>({});
  const [overduePage, setOverduePage] = useState({ page: 1, pageSize: 10 });
  const [group, setGroup] = useState<StatsGroup>('item');
  const [queueView, setQueueView] = useState<QueueView>('window');
  const cases = useMonitorCases(range);
  const completion = useMonitorCompletion(range);
  const queue = useMonitorQueue(range);
  const ratings = useMonitorRatings(range);
  const overdue = useMonitorOverdue(range.agencyId, overduePage.page, overduePage.pageSize);
  const statsRange = cases.data ? { from: cases.data.from, to: cases.data.to, agencyId: range.agencyId } : null;
  const stats = useCaseStats(group, statsRange);
  const sweeps = useSweeps();
  const sweep = useRunSweep();

  const options = useMemo(() => {
    const q = queue.data;
    const queueRows =
      q &&
      (queueView === 'window'
        ? q.byWindow.map((w) => ({ ...w, label: `${w.windowNumber} ${w.windowName}` }))
        : q.byCategory.map((c) => ({ ...c, label: `${c.letter} ${local.name(c)}` })));
    return {
      status: cases.data ? statusPie(cases.data, t) : null,
      sla: cases.data ? slaBar(cases.data, t) : null,
      items: cases.data ? itemsBar(cases.data, t, local) : null,
      completion: completion.data ? completionBar(completion.data, t, local) : null,
      hours: q ? queueHourChart(q, t) : null,
      queueGroup: queueRows ? queueGroupChart(queueRows, t) : null,
      ratings: ratings.data ? ratingsBar(ratings.data, t) : null,
      ratingChannels: ratings.data ? ratingsChannelBar(ratings.data, t) : null,
    };
  }, [cases.data, completion.data, queue.data, ratings.data, queueView, t, local]);

  const error = cases.error ?? completion.error ?? queue.error ?? ratings.error ?? overdue.error;
  const lastSweep = sweeps.data?.[0];
  return (
    <div data-testid="monitor">
      <PageTitle
        title={t('menu.monitor')}
        description={
          cases.data ? t('monitor.range', { from: cases.data.from, to: cases.data.to }) : t('monitor.description')
        }
        extra={
          <>
            <DateRangeField
              value={range.from && range.to ? [range.from, range.to] : null}
              onChange={(v) => setRange({ ...range, from: v?.[0] || undefined, to: v?.[1] || undefined })}
              testId="monitor-range"
            />
            <AgencyTreeSelect
              allowClear
              value={range.agencyId ?? null}
              onChange={(agencyId) => setRange({ ...range, agencyId: agencyId ?? undefined })}
              placeholder={t('staff.allAgencies')}
              style={{ width: 240 }}
              testId="monitor-agency"
            />
            <Button
              icon={<SyncOutlined />}
              loading={sweep.isPending}
              onClick={() =>
                sweep.mutate(undefined, {
                  onSuccess: (run) =>
                    notify.success(
                      t('monitor.sweepDone', { changed: counted(run.changed), alerts: counted(run.alertsRaised) }),
                    ),
                  onError: notify.error,
                })
              }
              data-testid="monitor-sweep"
            >
              {t('monitor.sweep')}
            </Button>
          </>
        }
      />
      {lastSweep && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: -8, marginBottom: 12, fontSize: 12 }}>
          {t('monitor.lastSweep', {
            at: formatInstant(lastSweep.startedAt),
            changed: counted(lastSweep.changed),
            alerts: counted(lastSweep.alertsRaised),
          })}
        </Typography.Text>
      )}
      <ErrorAlert error={error} />

      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {[
          { key: 'open', title: t('monitor.open'), value: cases.data?.open ?? '—' },
          { key: 'overdue', title: t('sla.overdue'), value: overdue.data?.total ?? '—', colour: '#cf1322' },
          { key: 'received', title: t('monitor.received'), value: cases.data?.received ?? '—' },
          { key: 'finished', title: t('monitor.finished'), value: cases.data?.finished ?? '—' },
          { key: 'share', title: t('monitor.withinShare'), value: formatShare(completion.data?.total.share) },
          {
            key: 'wait',
            title: t('monitor.avgWaitMinutes'),
            value: minutes(queue.data?.totals.avgWaitSeconds) ?? '—',
          },
          { key: 'poor', title: t('monitor.poorRate'), value: formatShare(ratings.data?.poorRate), colour: '#d4380d' },
          {
            key: 'callbacks',
            title: t('monitor.callbacksOpen'),
            value: ratings.data ? `${ratings.data.callbacks.open} / ${ratings.data.callbacks.overdue}` : '—',
          },
        ].map((k) => (
          <Col xs={12} md={6} xl={3} key={k.key}>
            <Card size="small" style={{ height: '100%' }} data-testid={`monitor-kpi-${k.key}`}>
              <Statistic title={k.title} value={k.value} styles={{ content: { color: k.colour, fontSize: 22 } }} />
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <ChartCard
            title={t('monitor.byStatus')}
            option={options.status}
            empty={(cases.data?.open ?? 0) === 0}
            testId="chart-status"
          />
        </Col>
        <Col xs={24} lg={16}>
          <ChartCard title={t('monitor.bySla')} option={options.sla} empty={!cases.data} testId="chart-sla" />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('monitor.byItem')}
            option={options.items}
            empty={(cases.data?.byItem.length ?? 0) === 0}
            height={Math.max(280, (cases.data?.byItem.length ?? 0) * 28 + 60)}
            testId="chart-items"
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('monitor.completion')}
            option={options.completion}
            empty={(completion.data?.items.length ?? 0) === 0}
            height={Math.max(280, (cases.data?.byItem.length ?? 0) * 28 + 60)}
            testId="chart-completion"
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('monitor.queueByHour')}
            option={options.hours}
            empty={(queue.data?.totals.tickets ?? 0) === 0}
            testId="chart-queue-hours"
          />
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('monitor.queueBy')}
            extra={
              <Segmented<QueueView>
                size="small"
                value={queueView}
                onChange={setQueueView}
                options={[
                  { value: 'window', label: t('display.window') },
                  { value: 'category', label: t('monitor.category') },
                ]}
              />
            }
            style={{ height: '100%' }}
          >
            <EChart
              option={options.queueGroup ?? {}}
              empty={(queue.data?.totals.called ?? 0) === 0}
              height={280}
              testId="chart-queue-group"
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('monitor.ratings')}
            option={options.ratings}
            empty={(ratings.data?.total ?? 0) === 0}
            testId="chart-ratings"
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t('monitor.ratingsByChannel')}
            option={options.ratingChannels}
            empty={(ratings.data?.total ?? 0) === 0}
            testId="chart-rating-channels"
          />
        </Col>
      </Row>

      <Card title={t('monitor.overdueList')} size="small" style={{ marginTop: 16 }} data-testid="monitor-overdue">
        <Table<MonitorOverdue['items'][number]>
          rowKey="caseNumber"
          size="small"
          loading={overdue.isFetching}
          dataSource={overdue.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('monitor.noOverdue') }}
          pagination={{
            current: overduePage.page,
            pageSize: overduePage.pageSize,
            total: overdue.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (page, pageSize) => setOverduePage({ page, pageSize }),
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
            { title: t('progress.item'), key: 'item', render: (_, r) => local.text(r.itemName) },
            { title: t('cases.agency'), dataIndex: 'agencyName' },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (_, r) => <StatusTag family="case" status={r.status} />,
            },
            { title: t('progress.dueOn'), dataIndex: 'dueOn', render: (v: string) => <DateText value={v} /> },
            {
              title: t('monitor.daysOverdue'),
              dataIndex: 'workingDaysOverdue',
              render: (v: number | null) => <Tag color="red">{v ?? '—'}</Tag>,
            },
            { title: t('progress.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>

      <Card
        title={t('monitor.statsTitle')}
        size="small"
        style={{ marginTop: 16 }}
        extra={
          <Segmented<StatsGroup>
            size="small"
            value={group}
            onChange={setGroup}
            options={(['item', 'agency', 'window', 'staff'] as const).map((g) => ({
              value: g,
              label: t(`monitor.group.${g}`),
            }))}
          />
        }
      >
        <ErrorAlert error={stats.error} />
        <Table
          rowKey="key"
          size="small"
          loading={stats.isFetching}
          dataSource={stats.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t(`monitor.group.${group}`),
              dataIndex: 'label',
              render: (_: string, row: { label: string; labelEn: string }) => (lang === 'en' ? row.labelEn : row.label),
            },
            { title: t('monitor.finished'), dataIndex: 'finished' },
            { title: t('monitor.withinPromise'), dataIndex: 'withinPromise' },
            { title: t('monitor.withinShare'), dataIndex: 'share', render: (v: number | null) => formatShare(v) },
          ]}
          summary={() =>
            stats.data ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <b>{t('monitor.total')}</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{stats.data.total.finished}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{stats.data.total.withinPromise}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{formatShare(stats.data.total.share)}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      <Flex style={{ height: 8 }} />
    </div>
  );
}
