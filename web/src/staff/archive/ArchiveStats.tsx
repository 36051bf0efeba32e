import { Card, Col, DatePicker, Flex, Row, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { EChart } from '../../ui/charts/EChart.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatBytes } from '../../ui/format.ts';
import { useArchiveStats } from './archiveApi.ts';
import { useArchiveLabels } from './useArchiveLabels.ts';

/** Archive statistics: documents by type, by month (stacked by type), and archive uses per month. */
export function ArchiveStats() {
  const { t } = useI18n();
  const { label } = useArchiveLabels();
  const [range, setRange] = useState<[string, string] | null>(null);
  const stats = useArchiveStats({ from: range?.[0], to: range?.[1] });
  const s = stats.data;

  const charts = useMemo(() => {
    if (!s) return null;
    const types = [...new Set(s.byType.map((b) => b.documentType))];
    const byType: ChartOption = {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}' },
          data: s.byType.map((b) => ({ name: label('documentTypes', b.documentType), value: b.count })),
        },
      ],
    };
    const byMonth: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.months },
      yAxis: { type: 'value', minInterval: 1 },
      series: types.map((type) => ({
        name: label('documentTypes', type),
        type: 'bar',
        stack: 'docs',
        barMaxWidth: 36,
        data: s.months.map((m) => s.byMonth.find((x) => x.month === m && x.documentType === type)?.count ?? 0),
      })),
    };
    const uses: ChartOption = {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('archive.uses'),
          type: 'line',
          smooth: true,
          areaStyle: { opacity: 0.15 },
          data: s.months.map((m) => s.usesByMonth.find((u) => u.month === m)?.count ?? 0),
        },
      ],
    };
    return { byType, byMonth, uses };
  }, [s, label, t]);

  const total = s?.byType.reduce((n, b) => n + b.count, 0) ?? 0;
  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          picker="month"
          value={range ? [dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)] : null}
          onChange={(r) => setRange(r?.[0] && r[1] ? [r[0].format('YYYY-MM'), r[1].format('YYYY-MM')] : null)}
          data-testid="archive-stats-range"
        />
        {s && s.months.length > 0 && (
          <span style={{ color: 'rgba(0,0,0,0.45)' }}>
            {t('archive.statsRange', { from: s.months[0] ?? '', to: s.months[s.months.length - 1] ?? '', n: total })}
          </span>
        )}
      </Flex>
      <ErrorAlert error={stats.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('archive.byType')} style={{ height: '100%' }}>
            <EChart option={charts?.byType ?? {}} empty={total === 0} height={300} testId="chart-archive-types" />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('archive.byMonth')} style={{ height: '100%' }}>
            <EChart option={charts?.byMonth ?? {}} empty={total === 0} height={300} testId="chart-archive-months" />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('archive.usesByMonth')}>
            <EChart
              option={charts?.uses ?? {}}
              empty={(s?.usesByMonth.length ?? 0) === 0}
              height={240}
              testId="chart-archive-uses"
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('archive.typeTable')}>
            <Table
              rowKey="documentType"
              size="small"
              pagination={false}
              dataSource={s?.byType ?? []}
              columns={[
                {
                  title: t('archive.documentType'),
                  dataIndex: 'documentType',
                  render: (v: string) => label('documentTypes', v),
                },
                { title: t('archive.count'), dataIndex: 'count' },
                { title: t('archive.size'), dataIndex: 'bytes', render: (v: number) => formatBytes(v) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
