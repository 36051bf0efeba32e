import { describe, expect, it } from 'vitest';
import type { FlowMonth } from '../ledgerTypes.ts';
import { flowSeries } from './flowChart.ts';
import { formatDecimal } from '../../../ui/money.ts';

const month = (period: string, fund: FlowMonth['fund'], values: Partial<FlowMonth>): FlowMonth => ({
  period,
  fund,
  contributions: '0.00',
  accountCredits: '0.00',
  interest: '0.00',
  benefits: '0.00',
  transfers: '0.00',
  ...values,
});

describe('the fund-flow chart', () => {
  const months = [
    month('202501', 'pension', { contributions: '2400.00' }),
    month('202501', 'medical', { contributions: '1200.10', benefits: '300.05' }),
    month('202512', 'pension', { interest: '21.00', benefits: '500.00' }),
  ];

  it('adds the funds month by month, expenditure below the axis', () => {
    expect(flowSeries(months, undefined)).toEqual({
      periods: ['202501', '202512'],
      income: [3600.1, 0],
      interest: [0, 21],
      expenditure: [-300.05, -500],
    });
  });

  it('shows one fund alone', () => {
    expect(flowSeries(months, 'medical')).toEqual({
      periods: ['202501'],
      income: [1200.1],
      interest: [0],
      expenditure: [-300.05],
    });
  });
});

describe('amounts in yuan', () => {
  it.each([
    ['0.00', '0.00'],
    ['1234567.80', '1,234,567.80'],
    ['-1000.01', '-1,000.01'],
    ['999.99', '999.99'],
    [null, '—'],
    ['abc', 'abc'],
  ])('%s → %s', (value, shown) => {
    expect(formatDecimal(value)).toBe(shown);
  });
});
