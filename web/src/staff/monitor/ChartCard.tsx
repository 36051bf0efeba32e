import { Card } from 'antd';
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { EChart } from '../../ui/charts/EChart.tsx';

/** A titled card holding one chart. */
export function ChartCard({
  title,
  option,
  empty,
  height = 280,
  testId,
}: {
  title: string;
  option: ChartOption | null;
  empty: boolean;
  height?: number;
  testId: string;
}) {
  return (
    <Card title={title} size="small" style={{ height: '100%' }}>
      <EChart option={option ?? {}} empty={empty || option === null} height={height} testId={testId} />
    </Card>
  );
}
