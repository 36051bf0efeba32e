import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cents,
  addCents,
  centsFromBigInt,
  centsFromInteger,
  centsToDecimal,
  formatCents,
  isRate,
  mulRateHalfUp,
  negateCents,
  parseCents,
  subCents,
  sumCents,
  zeroCents,
} from './cents.ts';
import { Rejection } from './rejection.ts';

const c = (fen: number): Cents => centsFromInteger(fen);
const max = Number.MAX_SAFE_INTEGER;
const safeCents = fc.integer({ min: -max, max }).map(c);

describe('parseCents', () => {
  it.each([
    ['0', 0],
    ['0.00', 0],
    ['-0.00', 0],
    ['1234.5', 123_450],
    ['1234.56', 123_456],
    ['-0.01', -1],
    ['0.1', 10],
    ['1,234.50', 123_450],
    ['-1,234.50', -123_450],
    ['1,234,567.89', 123_456_789],
    ['999', 99_900],
    ['1000000', 100_000_000],
    ['90,071,992,547,409.91', max],
    ['-90071992547409.91', -max],
  ])('%s yuan is %i fen', (text, fen) => {
    const parsed = parseCents(text);
    expect(parsed).toBe(fen);
    expect(Object.is(parsed, -0)).toBe(false);
  });

  it.each([
    '',
    '-',
    '.5',
    '1.',
    '1.234',
    '+1',
    ' 1',
    '1 ',
    '01',
    '00.10',
    '1,23',
    '12,34.00',
    '1234,567',
    ',123',
    '1,,234',
    '1,234,56',
    '0,123',
    '1e3',
    'NaN',
    'Infinity',
    '１２',
    '1.2.3',
    '--1',
    '90071992547409.92',
    '90,071,992,547,409.92',
    '1'.repeat(33),
  ])('rejects %j with invalid_amount', (text) => {
    expect(() => parseCents(text)).toThrow(Rejection);
    expect(() => parseCents(text)).toThrow(/^invalid_amount/);
  });

  it('keeps only the start of a huge value in the details', () => {
    try {
      parseCents('9'.repeat(500));
      expect.unreachable();
    } catch (error) {
      expect((error as Rejection).details).toEqual({ value: '9'.repeat(64) });
    }
  });
});

describe('formatting', () => {
  it.each([
    [0, '0.00', '0.00'],
    [1, '0.01', '0.01'],
    [-1, '-0.01', '-0.01'],
    [10, '0.10', '0.10'],
    [100, '1.00', '1.00'],
    [123_450, '1,234.50', '1234.50'],
    [-123_450, '-1,234.50', '-1234.50'],
    [99_999, '999.99', '999.99'],
    [100_000, '1,000.00', '1000.00'],
    [123_456_789, '1,234,567.89', '1234567.89'],
    [max, '90,071,992,547,409.91', '90071992547409.91'],
    [-max, '-90,071,992,547,409.91', '-90071992547409.91'],
  ])('%i fen shows as %s', (fen, display, plain) => {
    expect(formatCents(c(fen))).toBe(display);
    expect(centsToDecimal(c(fen))).toBe(plain);
  });

  it('refuses a forged non-integer amount', () => {
    expect(() => formatCents(1.5 as Cents)).toThrow('not a safe integer');
  });

  it('parse(format(c)) === c and parse(toDecimal(c)) === c for every safe amount', () => {
    fc.assert(
      fc.property(safeCents, (amount) => {
        expect(parseCents(formatCents(amount))).toBe(amount);
        expect(parseCents(centsToDecimal(amount))).toBe(amount);
      }),
    );
  });
});

describe('construction', () => {
  it('normalizes −0 and brands integers and bigints', () => {
    expect(Object.is(centsFromInteger(-0), 0)).toBe(true);
    expect(centsFromBigInt(-123n)).toBe(-123);
    expect(centsFromBigInt(BigInt(max))).toBe(max);
    expect(zeroCents).toBe(0);
  });

  it.each([0.5, Number.NaN, max + 1, Number.POSITIVE_INFINITY])('centsFromInteger(%s) is a programmer error', (n) => {
    expect(() => centsFromInteger(n)).toThrow('not a safe integer');
  });

  it.each([BigInt(max) + 1n, -BigInt(max) - 1n])('centsFromBigInt(%s) is a programmer error', (n) => {
    expect(() => centsFromBigInt(n)).toThrow('outside the safe integer range');
  });
});

describe('addition and subtraction', () => {
  it('adds, subtracts, negates and sums', () => {
    expect(addCents(c(150), c(-50))).toBe(100);
    expect(subCents(c(150), c(200))).toBe(-50);
    expect(negateCents(c(150))).toBe(-150);
    expect(Object.is(negateCents(c(0)), 0)).toBe(true);
    expect(sumCents([c(1), c(2), c(3)])).toBe(6);
    expect(sumCents([])).toBe(0);
    expect(sumCents(new Set([c(5), c(-7)]))).toBe(-2);
  });

  it('crashes instead of losing precision', () => {
    expect(() => addCents(c(max), c(1))).toThrow('addition of amounts left the safe integer range');
    expect(() => subCents(c(-max), c(1))).toThrow('subtraction');
    expect(() => sumCents([c(max), c(max)])).toThrow('addition');
  });

  it('sum is independent of order', () => {
    const amounts = fc.array(fc.integer({ min: -1e12, max: 1e12 }).map(c), { maxLength: 50 });
    fc.assert(
      fc.property(amounts, (list) => {
        expect(sumCents([...list].reverse())).toBe(sumCents(list));
        expect(subCents(sumCents(list), sumCents(list))).toBe(0);
      }),
    );
  });
});

describe('mulRateHalfUp', () => {
  it.each([
    // amount fen, rate, expected fen: exact, then the rounding edges
    [1_000_000, '0.16', 160_000],
    [1_000_000, '0.08', 80_000],
    [123_456, '0.16', 19_753], // 19752.96
    [123_456, '0.0005', 62], // 61.728
    [100, '0.0005', 0], // 0.05
    [1_000, '0.0005', 1], // 0.5 rounds up
    [-1_000, '0.0005', -1], // −0.5 rounds away from zero (四舍五入 on the magnitude)
    [2_999, '0.0005', 1], // 1.4995
    [3_000, '0.0005', 2], // 1.5
    [10_005, '0.005', 50], // 50.025
    [10_100, '0.005', 51], // 50.5
    [-10_100, '0.005', -51],
    [999, '1', 999],
    [999, '0', 0],
    [123_456, '1.083', 133_703], // 133702.848
    [500_000, '0.0262', 13_100],
    [1, '0.5', 1],
    [-1, '0.5', -1],
    [1, '0.499999999999', 0],
    [max, '1', max],
  ])('%i × %s = %i', (fen, rate, expected) => {
    expect(mulRateHalfUp(c(fen), rate)).toBe(expected);
  });

  it('gives +0, never −0', () => {
    expect(Object.is(mulRateHalfUp(c(-1), '0.1'), 0)).toBe(true);
  });

  it.each(['', '.16', '16%', '-0.16', '0.1234567890123', '1e-3', ' 0.16', '1234567'])(
    'rate %j is a programmer error',
    (rate) => {
      expect(isRate(rate)).toBe(false);
      expect(() => mulRateHalfUp(c(100), rate)).toThrow('is not an exact decimal');
    },
  );

  it.each(['0.16', '1', '0.0005', '1.083', '0.000000000001'])('rate %s is accepted', (rate) => {
    expect(isRate(rate)).toBe(true);
  });

  it('crashes when the product leaves the safe range', () => {
    expect(() => mulRateHalfUp(c(max), '1.01')).toThrow('overflows');
    expect(() => mulRateHalfUp(c(-max), '2')).toThrow('overflows');
  });

  it('matches a rational reference for random amounts and rates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 5 }),
        (fen, numerator, scale) => {
          // The rate numerator / 10^scale written as an exact decimal string, e.g. 125, 4 → 0.0125.
          const digits = String(numerator).padStart(scale + 1, '0');
          const rate = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
          const exact = BigInt(fen) * BigInt(numerator);
          const denominator = 10n ** BigInt(scale);
          // Reference: floor(|x| + 1/2) with the sign put back.
          const magnitude = ((exact < 0n ? -exact : exact) * 2n + denominator) / (2n * denominator);
          const expected = Number(exact < 0n ? -magnitude : magnitude);
          expect(mulRateHalfUp(c(fen), rate)).toBe(expected + 0);
        },
      ),
    );
  });
});
