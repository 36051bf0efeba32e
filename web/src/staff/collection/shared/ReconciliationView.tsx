import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import type { ChartOption } from '../../../ui/charts/echarts.ts';
import { OUTCOMES, reportView, type Outcome } from '../../../shared/collection/collectionFormat.ts';
import type { ReconciliationReport, ReconciliationRow } from '../../../shared/collection/collectionTypes.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';

const colours: Record<Outcome, string> = {
  matched: 'green',
  over_paid: 'blue',
  under_paid: 'orange',
  unmatched: 'red',
};

/** 对账结果: how many rows matched, were over- or under-paid or matched no payer, and each row. */
export function ReconciliationView({ report }: { report: ReconciliationReport }) {
  const { t } = useI18n();
  const view = useMemo(() => reportView(report), [report]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          data: OUTCOMES.map((o) => ({ name: t(`coll.recon.${o}`), value: view.counts[o] })),
        },
      ],
      color: ['#52c41a', '#1a4f9c', '#f0a020', '#d9534f'],
    }),
    [view, t],
  );
  const total = OUTCOMES.reduce((s, o) => s + view.counts[o], 0);
  return (
    <div data-testid="coll-recon">
      <Row gutter={[16, 16]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={14}>
          <Row gutter={[12, 12]}>
            {OUTCOMES.map((o) => (
              <Col span={12} key={o}>
                <Card size="small" data-testid={`coll-recon-${o}`} data-count={view.counts[o]}>
                  <Statistic title={t(`coll.recon.${o}`)} value={view.counts[o]} />
                </Card>
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} lg={10}>
          <EChart option={option} height={200} empty={total === 0} testId="coll-recon-chart" />
        </Col>
      </Row>
      {view.rows.length > 0 && (
        <Table<ReconciliationRow>
          rowKey={(r, i) => `${r.row ?? r.line ?? i}:${r.reference ?? ''}`}
          size="small"
          dataSource={view.rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('coll.upload.row'), key: 'row', render: (_, r) => r.row ?? r.line ?? '—' },
            { title: t('coll.recon.payer'), key: 'payer', render: (_, r) => r.payerName ?? r.payerCode ?? '—' },
            {
              title: t('coll.payment.reference'),
              dataIndex: 'reference',
              render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
            },
            {
              title: t('coll.bill.no'),
              dataIndex: 'billNo',
              render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
            },
            {
              title: t('coll.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.recon.due'),
              key: 'due',
              align: 'right',
              render: (_, r) => <MoneyText value={r.due ?? r.open ?? null} />,
            },
            {
              title: t('coll.payment.held'),
              dataIndex: 'held',
              align: 'right',
              render: (v: string | null) => <MoneyText value={v} />,
            },
            {
              title: t('coll.recon.outcome'),
              dataIndex: 'outcome',
              render: (v: string) => (
                <Tag color={colours[v as Outcome] ?? 'default'} data-outcome={v}>
                  {labelOf(t, 'coll.recon', v)}
                </Tag>
              ),
            },
            {
              title: t('coll.recon.notice'),
              dataIndex: 'noticeNo',
              render: (v: string | null | undefined) => <span className="mono">{v ?? ''}</span>,
            },
            { title: t('coll.recon.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          ]}
        />
      )}
    </div>
  );
}
