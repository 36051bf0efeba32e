/**
 * The chart of the certificates-due page: due and overdue registration certificates per month of
 * their due date. Days and months are the kernel's (calendar-date.ts, period.ts), so a due date is
 * read as the calendar day it names, never through the device's time zone.
 */
import { compareDates, isCalendarDate, type CalendarDate } from '../../../../../src/kernel/calendar-date.ts';
import { comparePeriods, periodOf, type Period } from '../../../../../src/kernel/period.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { ChartOption } from '../../../ui/charts/echarts.ts';
import { periodLabel } from '../../../ui/periods.ts';
import type { Certificate } from '../registrationTypes.ts';

interface MonthCount {
  due: number;
  overdue: number;
}

/** How many certificates fall due in each month, split at `today` (due before it: overdue), months in order. */
export function countDueByMonth(
  certificates: readonly Pick<Certificate, 'verifyDueOn'>[],
  today: CalendarDate,
): [Period, MonthCount][] {
  const months = new Map<Period, MonthCount>();
  for (const { verifyDueOn } of certificates) {
    if (!verifyDueOn || !isCalendarDate(verifyDueOn)) continue;
    const month = periodOf(verifyDueOn);
    const slot = months.get(month) ?? { due: 0, overdue: 0 };
    if (compareDates(verifyDueOn, today) < 0) slot.overdue += 1;
    else slot.due += 1;
    months.set(month, slot);
  }
  return [...months].sort(([a], [b]) => comparePeriods(a, b));
}

/** Due and overdue registration certificates per month of their due date, as stacked bars. */
export function dueByMonth(
  certificates: readonly Pick<Certificate, 'verifyDueOn'>[],
  today: CalendarDate,
  t: Translate,
): ChartOption {
  const months = countDueByMonth(certificates, today);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map(([month]) => periodLabel(month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('reg.cert.dueSoon'),
        type: 'bar',
        stack: 'n',
        barMaxWidth: 40,
        itemStyle: { color: '#fa8c16' },
        data: months.map(([, count]) => count.due),
      },
      {
        name: t('reg.cert.overdue'),
        type: 'bar',
        stack: 'n',
        barMaxWidth: 40,
        itemStyle: { color: '#f5222d' },
        data: months.map(([, count]) => count.overdue),
      },
    ],
  };
}
