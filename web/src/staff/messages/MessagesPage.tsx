import { Button, Card, Descriptions, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n, type Translate } from '../../i18n/index.ts';
import { EChart } from '../../ui/charts/EChart.tsx';
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useConfirm } from '../../ui/useConfirm.ts';
import {
  useMessages,
  useMessageSummary,
  useRequeue,
  type MessageChannel,
  type MessageFilter,
  type MessageRow,
  type MessageStatus,
  type MessageSummary,
} from './messagesApi.ts';

const CHANNELS: MessageChannel[] = ['sms', 'email', 'inbox'];
const STATUSES: MessageStatus[] = ['queued', 'sent', 'dead'];

/** Stacked bars: per channel, how many messages wait, went out, or were given up. */
function chartOption(t: Translate, summary: MessageSummary | undefined): ChartOption {
  const count = (channel: MessageChannel, status: MessageStatus) =>
    summary?.counts.find((c) => c.channel === channel && c.status === status)?.count ?? 0;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 80, right: 24, top: 16, bottom: 48 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: CHANNELS.map((c) => t(`msg.channel.${c}`)) },
    series: STATUSES.map((status) => ({
      name: t(`msg.status.${status}`),
      type: 'bar' as const,
      stack: 'all',
      data: CHANNELS.map((c) => count(c, status)),
    })),
  };
}

/** `/staff/messages`: the system administrator's view of message delivery, with requeue. */
export default function MessagesPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<MessageFilter>({ page: 1, pageSize: 20 });
  const messages = useMessages(filter);
  const summary = useMessageSummary();
  const requeue = useRequeue();
  const confirm = useConfirm();
  const option = useMemo(() => chartOption(t, summary.data), [t, summary.data]);
  const columns = [
    { title: t('msg.col.id'), dataIndex: 'id', width: 80 },
    { title: t('msg.col.channel'), dataIndex: 'channel', render: (c: MessageChannel) => t(`msg.channel.${c}`) },
    { title: t('msg.col.recipient'), dataIndex: 'recipientMasked' },
    { title: t('msg.col.purpose'), dataIndex: 'purpose' },
    {
      title: t('msg.col.status'),
      dataIndex: 'status',
      render: (s: MessageStatus) => <StatusTag family="message" status={s} />,
    },
    { title: t('msg.col.attempts'), dataIndex: 'attempts', width: 90 },
    { title: t('msg.col.lastError'), dataIndex: 'lastError', ellipsis: true },
    { title: t('msg.col.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateText value={v} instant /> },
    { title: t('msg.col.sentAt'), dataIndex: 'sentAt', render: (v: string | null) => <DateText value={v} instant /> },
    {
      title: t('msg.col.nextAttemptAt'),
      dataIndex: 'nextAttemptAt',
      render: (v: string | null, row: MessageRow) => (row.status === 'queued' ? <DateText value={v} instant /> : '—'),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, row: MessageRow) =>
        row.status === 'dead' ? (
          <Button
            size="small"
            data-testid={`requeue-${row.id}`}
            onClick={() =>
              confirm({
                title: t('msg.requeue'),
                content: t('msg.requeueConfirm', { id: row.id }),
                successText: t('msg.requeued'),
                run: () => requeue.mutateAsync(row.id),
              })
            }
          >
            {t('msg.requeue')}
          </Button>
        ) : null,
    },
  ];
  const providers = summary.data?.providers;
  return (
    <>
      <PageTitle title={t('menu.messages')} description={t('msg.description')} />
      <ErrorAlert error={messages.error ?? summary.error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={2} title={t('msg.providers')}>
          <Descriptions.Item label={t('msg.channel.sms')}>{providers?.sms ?? t('msg.provider.none')}</Descriptions.Item>
          <Descriptions.Item label={t('msg.channel.email')}>
            {providers?.email ?? t('msg.provider.none')}
          </Descriptions.Item>
        </Descriptions>
        <div aria-label={t('msg.chart')} role="img">
          <EChart option={option} height={200} testId="messages-chart" />
        </div>
      </Card>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label={t('msg.filter.status')}
          style={{ width: 160 }}
          value={filter.status ?? ''}
          onChange={(v: MessageStatus | '') => setFilter({ ...filter, status: v || undefined, page: 1 })}
          options={[
            { value: '', label: `${t('msg.filter.status')}：${t('msg.filter.all')}` },
            ...STATUSES.map((s) => ({ value: s, label: t(`msg.status.${s}`) })),
          ]}
          data-testid="messages-status"
        />
        <Select
          aria-label={t('msg.filter.channel')}
          style={{ width: 160 }}
          value={filter.channel ?? ''}
          onChange={(v: MessageChannel | '') => setFilter({ ...filter, channel: v || undefined, page: 1 })}
          options={[
            { value: '', label: `${t('msg.filter.channel')}：${t('msg.filter.all')}` },
            ...CHANNELS.map((c) => ({ value: c, label: t(`msg.channel.${c}`) })),
          ]}
        />
      </Space>
      <Table<MessageRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={messages.data?.items ?? []}
        loading={messages.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: messages.data?.total ?? 0,
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        data-testid="messages-table"
      />
    </>
  );
}
