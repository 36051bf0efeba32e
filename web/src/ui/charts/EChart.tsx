import { Empty } from 'antd';
import { useEffect, useRef } from 'react';
import { chartFont, echarts, palette, type ChartOption } from './echarts.ts';

interface Props {
  option: ChartOption;
  height?: number;
  /** Shows "no data" instead of an empty grid. */
  empty?: boolean;
  testId?: string;
}

/** One ECharts instance bound to a div: follows the option, the container's size, and unmounts cleanly. */
export function EChart({ option, height = 300, empty = false, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [empty]);

  useEffect(() => {
    chart.current?.setOption(
      { color: palette, textStyle: { fontFamily: chartFont }, animationDuration: 300, ...option },
      { notMerge: true },
    );
  }, [option, empty]);

  if (empty) {
    return (
      <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-testid={testId}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      </div>
    );
  }
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} data-chart="echarts" />;
}
