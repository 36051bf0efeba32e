import { Empty } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { chartFont, echarts } from '../../../ui/charts/echarts.ts';
import { todayIso } from '../../../ui/formatTime.ts';
import type { EnrolmentWithEvents } from '../registrationTypes.ts';
import { timelineOption } from './enrolmentTimeline.ts';

/** Enrolments over time as a timeline chart (one row per scheme, today marked). */
export function EnrolmentTimeline({ enrolments }: { enrolments: EnrolmentWithEvents[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const empty = enrolments.length === 0;
  const option = useMemo(() => timelineOption(enrolments, todayIso(), t), [enrolments, t]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({ textStyle: { fontFamily: chartFont }, animationDuration: 300, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, empty]);
  if (empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.noEnrolments')} />;
  return <div ref={ref} style={{ width: '100%', height: 220 }} data-testid="enrolment-timeline" data-chart="echarts" />;
}
