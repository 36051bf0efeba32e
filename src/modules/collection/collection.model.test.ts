import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../kernel/period.ts';
import { billDueOn, documentNo, lateFeeStart, multiplyRates, payerKey } from './collection.model.ts';

describe('collection model', () => {
  it.each([
    ['0.004', '1.2', '0.0048'],
    ['0.002', '0.5', '0.001'],
    ['0.019', '1.5', '0.0285'],
    ['1', '1', '1'],
    ['0.2', '5', '1'],
    ['0', '1.5', '0'],
  ])('multiplies %s × %s exactly = %s', (a, b, product) => {
    expect(multiplyRates(a, b)).toBe(product);
  });

  it('refuses what is not a decimal', () => {
    expect(() => multiplyRates('-1', '2')).toThrow();
    expect(() => multiplyRates('1e3', '2')).toThrow();
  });

  it('dates a period: due on its last day, late fees from the next month, leap years included', () => {
    expect(billDueOn(parsePeriod('202402'))).toBe('2024-02-29');
    expect(lateFeeStart(parsePeriod('202412'))).toBe('2025-01-01');
  });

  it('numbers documents and keys payers', () => {
    expect(documentNo('bill', '202511', 17)).toBe('JF20251100000017');
    expect(payerKey({ kind: 'flexible', personId: 4 })).toBe('flexible:4');
  });
});
