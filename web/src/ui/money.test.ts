import { describe, expect, it } from 'vitest';
import { parseCents } from '../../../src/kernel/cents.ts';
import { centsOf, formatDecimal, readAmount, subtractDecimals, sumDecimals } from './money.ts';

describe('typed amounts: the browser refuses what the kernel refuses', () => {
  it.each([
    ['5200', '5200.00'],
    ['5200.5', '5200.50'],
    [' 5200.55 ', '5200.55'],
    ['1,234.50', '1234.50'],
    ['0', '0.00'],
  ])('reads %j as %s', (text, decimal) => {
    expect(readAmount(text)).toEqual({ ok: true, cents: parseCents(decimal), decimal });
  });

  // The old browser reader turned every one of these into 0 (or a wrong amount) and sent it.
  it.each(['oops', '', '12a', '1.234', '.5', '+5', '1,23.00', '12 000', '１２３', '9007199254740992', '1e3'])(
    'refuses %j as unreadable, never as 0',
    (text) => {
      expect(readAmount(text)).toEqual({ ok: false, problem: 'unreadable' });
    },
  );

  it('applies the sign the form asks for', () => {
    expect(readAmount('-0.01')).toEqual({ ok: false, problem: 'negative' });
    expect(readAmount('-0.01', 'any')).toMatchObject({ ok: true, decimal: '-0.01' });
    expect(readAmount('0', 'positive')).toEqual({ ok: false, problem: 'notPositive' });
    expect(readAmount('0.01', 'positive')).toMatchObject({ ok: true, decimal: '0.01' });
  });
});

describe('amounts the server sent', () => {
  it('sums and subtracts exactly where floats would not', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['1046.40', '261.60', '52.32', null, undefined])).toBe('1360.32');
    expect(sumDecimals([])).toBe('0.00');
    expect(subtractDecimals('100.00', '100.01')).toBe('-0.01');
    expect(subtractDecimals(null, '5')).toBe('-5.00');
  });

  it('throws on a malformed amount instead of counting it as 0', () => {
    expect(() => centsOf('oops')).toThrow(/invalid_amount/);
    expect(() => sumDecimals(['1.00', 'oops'])).toThrow(/invalid_amount/);
  });

  it('formats by the kernel and shows what it cannot read as it came', () => {
    expect(formatDecimal('1234567.8')).toBe('1,234,567.80');
    expect(formatDecimal('-0.01')).toBe('-0.01');
    expect(formatDecimal(null)).toBe('—');
    expect(formatDecimal('n/a')).toBe('n/a');
  });
});
