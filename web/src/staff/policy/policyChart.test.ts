import { describe, expect, it } from 'vitest';
import { chartable, displayValue, percentOf, stepOption } from './policyChart.ts';

describe('percentOf', () => {
  it.each([
    ['0.0262', '2.62'],
    ['0.0831', '8.31'],
    ['0.16', '16'],
    ['0.20', '20'],
    ['0.0005', '0.05'],
    ['0.000123', '0.0123'],
    ['3.0', '300'],
    ['1', '100'],
    ['0', '0'],
  ])('%s → %s %%', (rate, percent) => {
    expect(percentOf(rate)).toBe(percent);
  });
});

describe('stepOption', () => {
  it('draws each value until the next step and the last one until the day shown', () => {
    const option = stepOption(
      [
        { from: '1998-01-01', value: '0.20', region: '000000' },
        { from: '2019-05-01', value: '0.16', region: '000000' },
      ],
      '2026-03-02',
      'rate',
    );
    const series = (option.series as Array<{ step: string; data: unknown }>)[0]!;
    expect(series.step).toBe('end');
    expect(series.data).toEqual([
      ['1998-01-01', 0.2],
      ['2019-05-01', 0.16],
      ['2026-03-02', 0.16],
    ]);
  });

  it('knows which kinds can be drawn and shows rates with their percentage', () => {
    expect(['rate', 'money', 'integer', 'text', 'table'].map((k) => chartable(k as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(displayValue('rate', '0.0262')).toBe('0.0262 (2.62 %)');
    expect(displayValue('money', '7127.00')).toBe('7127.00');
  });
});
