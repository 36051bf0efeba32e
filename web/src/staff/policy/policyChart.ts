import type { ChartOption } from '../../ui/charts/echarts.ts';
import type { PolicyKind, Step } from './policyTypes.ts';

/** Whether a kind of value can be drawn as a line (numbers); text and tables cannot. */
export function chartable(kind: PolicyKind): boolean {
  return kind === 'rate' || kind === 'money' || kind === 'integer';
}

/**
 * The value over time as a step line: each step holds from its date until the next one, and the
 * last one until `until`. Numbers are for drawing only; the exact values are in the table beside.
 */
export function stepOption(steps: readonly Step[], until: string, seriesName: string): ChartOption {
  const points: Array<[string, number]> = steps.map((s) => [s.from, Number(s.value)]);
  const last = steps.at(-1);
  if (last && until > last.from) points.push([until, Number(last.value)]);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true },
    series: [{ name: seriesName, type: 'line', step: 'end', symbolSize: 6, data: points }],
  };
}

/** A value as staff read it: a rate also as a percentage ('0.0262' → '0.0262 (2.62 %)'). */
export function displayValue(kind: PolicyKind, value: string): string {
  if (kind !== 'rate') return value;
  return `${value} (${percentOf(value)} %)`;
}

/** An exact decimal rate as a percentage string without floats: '0.0262' → '2.62', '3.0' → '300'. */
export function percentOf(rate: string): string {
  const [whole = '0', decimals = ''] = rate.split('.');
  const padded = decimals.padEnd(2, '0');
  const integer = String(Number(whole + padded.slice(0, 2)));
  const rest = padded.slice(2).replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}
