import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import type { ChartOption } from '../../../ui/charts/echarts.ts';
import { reportRows } from '../../../shared/collection/collectionFormat.ts';
import type { ReconciliationReport, ReconciliationRow } from '../../../shared/collection/collectionTypes.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';

type Outcome = ReconciliationRow['outcome'];
type Counted = keyof ReconciliationReport['counts'];

/** The outcomes in the order the page shows them, with the report's name of each count. */
const OUTCOMES: ReadonlyArray<[Outcome, Counted]> = [
  ['matched', 'matched'],
  ['over_paid', 'overPaid'],
  ['under_paid', 'underPaid'],
  ['unmatched', 'unmatched'],
];

const colours: Record<Outcome, string> = {
  matched: 'green',
  over_paid: 'blue',
  under_paid: 'orange',
  unmatched: 'red',
};

/** 对账结果: how many rows matched, were over- or under-paid or matched no payer, and each row. */
export function ReconciliationView({ report }: { report: ReconciliationReport }) {
  const { t } = useI18n();
  const rows = useMemo(() => reportRows(report), [report]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          data: OUTCOMES.map(([o, c]) => ({ name: t(`coll.recon.${o}`), value: report.counts[c] })),
        },
      ],
      color: ['#52c41a', '#1a4f9c', '#f0a020', '#d9534f'],
    }),
    [report, t],
  );
  const total = OUTCOMES.reduce((s, [, c]) => s + report.counts[c], 0);
  return (
    <div data-testid="coll-recon">
      <Row gutter={[16, 16]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={14}>
          <Row gutter={[12, 12]}>
            {OUTCOMES.map(([o, c]) => (
              <Col span={12} key={o}>
                <Card size="small" data-testid={`coll-recon-${o}`} data-count={report.counts[c]}>
                  <Statistic title={t(`coll.recon.${o}`)} value={report.counts[c]} />
                </Card>
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} lg={10}>
          <EChart option={option} height={200} empty={total === 0} testId="coll-recon-chart" />
        </Col>
      </Row>
      {rows.length > 0 && (
        <Table<ReconciliationRow>
          rowKey={(r) => `${r.row}:${r.reference}`}
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('coll.upload.row'), dataIndex: 'row' },
            { title: t('coll.recon.payer'), key: 'payer', render: (_, r) => r.payerName || r.payerCode },
            {
              title: t('coll.payment.reference'),
              dataIndex: 'reference',
              render: (v: string) => <span className="mono">{v}</span>,
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
              dataIndex: 'due',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.payment.held'),
              dataIndex: 'held',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.recon.outcome'),
              dataIndex: 'outcome',
              render: (v: string) => (
                <Tag color={colours[v as Outcome]} data-outcome={v}>
                  {labelOf(t, 'coll.recon', v)}
                </Tag>
              ),
            },
            {
              title: t('coll.recon.notice'),
              dataIndex: 'noticeNo',
              render: (v: string | null) => <span className="mono">{v ?? ''}</span>,
            },
          ]}
        />
      )}
    </div>
  );
}
