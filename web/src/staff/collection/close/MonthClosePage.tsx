import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Progress, Row, Select, Statistic, Steps, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useMonthClose, useMonthCloses, useStartMonthClose } from '../../../shared/collection/collectionApi.ts';
import {
  closeChartOption,
  closeProgress,
  closeRunning,
  ratePercent,
} from '../../../shared/collection/collectionFormat.ts';
import type { FundReport, MonthClose } from '../../../shared/collection/collectionTypes.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { currentPeriod, periodLabel, recentPeriods } from '../../../ui/periods.ts';

/** The steps of a month close in order (docs/collection-plan.md, part D). */
export const CLOSE_STEPS = ['payers', 'arrears', 'report', 'close'] as const;

function stepIndex(step: MonthClose['step']): number {
  return step === 'done' ? CLOSE_STEPS.length : CLOSE_STEPS.indexOf(step);
}

/** One month close: its progress while it runs, the report per fund once it has one. */
function CloseView({ id }: { id: number }) {
  const { t } = useI18n();
  const [poll, setPoll] = useState(true);
  const close = useMonthClose(id, poll);
  const data = close.data;
  const running = data ? closeRunning(data) : true;
  if (data && !running && poll) setPoll(false);
  const report = data?.report ?? null;
  const shown = useMemo(() => (report ? report.funds.filter((f) => f.fund !== 'total') : []), [report]);
  const total = report?.total;
  const option = useMemo(
    () =>
      closeChartOption(shown, {
        fund: (f) => labelOf(t, 'coll.scheme', f),
        due: t('coll.close.due'),
        collected: t('coll.close.collected'),
        arrears: t('coll.close.arrears'),
        rate: t('coll.close.rate'),
      }),
    [shown, t],
  );
  if (!data) return <ErrorAlert error={close.error} />;
  const percent = closeProgress(data);
  return (
    <Flex vertical gap={16} data-testid="coll-close" data-status={data.status} data-close-id={data.id}>
      <Card
        size="small"
        title={t('coll.close.runTitle', {
          period: periodLabel(data.period),
          region: data.region,
        })}
      >
        <Progress
          percent={percent}
          status={data.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
          data-testid="coll-close-progress"
          data-percent={percent}
        />
        <Steps
          size="small"
          style={{ marginTop: 12 }}
          current={running ? stepIndex(data.step) : CLOSE_STEPS.length}
          status={data.status === 'failed' ? 'error' : undefined}
          items={CLOSE_STEPS.map((s) => ({ title: t(`coll.close.step.${s}`) }))}
        />
        <Typography.Text type="secondary" data-testid="coll-close-payers">
          {t('coll.close.payers', { done: data.payersDone, total: data.payersTotal })}
        </Typography.Text>
        {data.error && <Typography.Text type="danger">{data.error}</Typography.Text>}
      </Card>
      {shown.length > 0 && (
        <Row gutter={[16, 16]} data-testid="coll-close-report">
          <Col xs={24} xl={10}>
            <Card size="small" title={t('coll.close.report')}>
              {total && (
                <Flex gap={24} wrap style={{ marginBottom: 12 }}>
                  <Statistic title={t('coll.close.due')} valueRender={() => <MoneyText value={total.due} />} />
                  <Statistic
                    title={t('coll.close.collected')}
                    valueRender={() => <MoneyText value={total.collected} />}
                  />
                  <Statistic
                    title={t('coll.close.rate')}
                    valueRender={() => <span data-testid="coll-close-total-rate">{ratePercent(total.rate)}</span>}
                  />
                </Flex>
              )}
              <Table<FundReport>
                rowKey={(f) => String(f.fund)}
                size="small"
                pagination={false}
                dataSource={shown}
                data-testid="coll-close-funds"
                columns={[
                  {
                    title: t('coll.close.fund'),
                    dataIndex: 'fund',
                    render: (v: string) => labelOf(t, 'coll.scheme', v),
                  },
                  {
                    title: t('coll.close.due'),
                    dataIndex: 'due',
                    align: 'right',
                    render: (v: string) => <MoneyText value={v} />,
                  },
                  {
                    title: t('coll.close.collected'),
                    dataIndex: 'collected',
                    align: 'right',
                    render: (v: string) => <MoneyText value={v} />,
                  },
                  {
                    title: t('coll.close.arrears'),
                    dataIndex: 'arrears',
                    align: 'right',
                    render: (v: string) => <MoneyText value={v} />,
                  },
                  {
                    title: t('coll.close.rate'),
                    key: 'rate',
                    align: 'right',
                    render: (_, f) => ratePercent(f.rate),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('coll.close.chart')}>
              <EChart option={option} height={300} testId="coll-close-chart" />
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}

/** `/staff/collection/month-close`: 月结 — start one, watch its progress, read the report per fund. */
export default function MonthClosePage() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const canClose = session?.permissions.includes('collection.close') ?? false;
  const periods = useMemo(() => recentPeriods(currentPeriod(), 6), []);
  const [period, setPeriod] = useState(periods[1]!);
  const [typed, setRegion] = useState<string | null>(null);
  const [shownId, setShownId] = useState<number | null>(null);
  const start = useStartMonthClose();
  const closes = useMonthCloses();
  const latest = (closes.data ?? [])[0];
  // The region: as typed, else the last close's, else the staff member's agency's division code.
  const region = typed ?? latest?.region ?? session?.agency?.code ?? '';
  const id = shownId ?? latest?.id ?? null;
  return (
    <>
      <PageTitle title={t('coll.menu.monthClose')} description={t('coll.home.monthClose')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Typography.Text strong>{t('coll.period')}</Typography.Text>
          <Select
            value={period}
            onChange={setPeriod}
            style={{ width: 140 }}
            options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
            data-testid="coll-close-period"
          />
          <Input
            placeholder={t('coll.close.regionPlaceholder')}
            value={region}
            onChange={(e) => setRegion(e.target.value.replace(/\D/g, '').slice(0, 6))}
            style={{ width: 200 }}
            data-testid="coll-close-region"
          />
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            disabled={!canClose || !/^\d{6}$/.test(region)}
            loading={start.isPending}
            onClick={() => start.mutate({ period, region }, { onSuccess: (c) => setShownId(c.id) })}
            data-testid="coll-close-start"
          >
            {t('coll.close.start')}
          </Button>
          {!canClose && <Typography.Text type="secondary">{t('coll.close.needPermission')}</Typography.Text>}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('coll.close.intro')}
        </Typography.Paragraph>
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={start.error} />
        </div>
      </Card>
      {id !== null && <CloseView key={id} id={id} />}
      <Card size="small" title={t('coll.close.history')} style={{ marginTop: 16 }}>
        <ErrorAlert error={closes.error} />
        <Table<MonthClose>
          rowKey="id"
          size="small"
          loading={closes.isFetching}
          dataSource={closes.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(c) => ({ onClick: () => setShownId(c.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('coll.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
            {
              title: t('coll.close.region'),
              dataIndex: 'region',
              render: (v: string) => <span className="mono">{v}</span>,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (v: string) => <Tag>{labelOf(t, 'coll.close.status', v)}</Tag>,
            },
            { title: t('coll.close.progress'), key: 'p', render: (_, c) => `${closeProgress(c)}%` },
            {
              title: t('coll.close.startedAt'),
              dataIndex: 'startedAt',
              render: (v: string) => <DateText value={v} instant />,
            },
            {
              title: t('coll.close.finishedAt'),
              dataIndex: 'finishedAt',
              render: (v: string | null) => <DateText value={v} instant />,
            },
          ]}
        />
      </Card>
    </>
  );
}
