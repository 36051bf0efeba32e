import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDecimal, parseCents, type Cents } from '../../../kernel/cents.ts';
import { creditInterest, divideHalfUp, foldCreditsAfter, type InterestMethod } from './ledger.interest.ts';

const yuan = (text: string) => parseCents(text);
const twelve = (amount: string) => Array.from({ length: 12 }, () => yuan(amount));
const decimal = (c: Cents) => centsToDecimal(c);

describe('year-end interest, scenario table', () => {
  it.each<[string, string, string, InterestMethod, string[], string, string, string]>([
    // label, opening, rate, method, credits, opening interest, credit interest, closing
    [
      'issue example, annual',
      '50000.00',
      '0.0262',
      'annual',
      twelve('400.00').map(decimal),
      '1310.00',
      '68.10',
      '56178.10',
    ],
    [
      'issue example, monthly product',
      '50000.00',
      '0.0262',
      'monthly-product',
      twelve('400.00').map(decimal),
      '1310.00',
      '68.12',
      '56178.12',
    ],
    [
      '2016 rate, annual',
      '100000.00',
      '0.0831',
      'annual',
      twelve('800.00').map(decimal),
      '8310.00',
      '431.99', // 9,600 × 0.0831 × 1.083 / 2 = 431.987…
      '118341.99',
    ],
    ['no opening balance', '0.00', '0.0397', 'annual', twelve('100.00').map(decimal), '0.00', '25.80', '1225.80'],
    [
      'nothing credited',
      '12345.67',
      '0.0612',
      'monthly-product',
      twelve('0.00').map(decimal),
      '755.56', // 1,234,567 fen × 0.0612 = 75,555.50 fen → up
      '0.00',
      '13101.23',
    ],
    [
      'all in December earns a month',
      '0.00',
      '0.0262',
      'monthly-product',
      [...Array.from({ length: 11 }, () => '0.00'), '1200.00'],
      '0.00',
      '2.62',
      '1202.62',
    ],
    [
      'all in January earns the year',
      '0.00',
      '0.0262',
      'monthly-product',
      ['1200.00', ...Array.from({ length: 11 }, () => '0.00')],
      '0.00',
      '31.44',
      '1231.44',
    ],
  ])('%s', (_label, opening, rate, method, credits, openingInterest, creditInterestText, closing) => {
    const result = creditInterest({ openingBalance: yuan(opening), rate, method, monthlyCredits: credits.map(yuan) });
    expect(decimal(result.openingInterest)).toBe(openingInterest);
    expect(decimal(result.creditInterest)).toBe(creditInterestText);
    expect(decimal(result.closingBalance)).toBe(closing);
  });

  it('is not the misprint that multiplies the year’s credits by 1.083', () => {
    // Misprint: C × (1 + r) × 1.083 would add 4800 × 1.0262 × 1.083 = 5334.69 instead of 4868.10.
    const result = creditInterest({
      openingBalance: yuan('50000.00'),
      rate: '0.0262',
      method: 'annual',
      monthlyCredits: twelve('400.00'),
    });
    expect(decimal(result.credits)).toBe('4800.00');
    expect(decimal(result.closingBalance)).not.toBe('56644.69');
  });

  it('rounds each component half-up before adding them', () => {
    // 0.33 × 0.015 = 0.00495 yuan → 0.00 (0.495 fen), on its own; credits 1 fen × r … stay 0.
    const result = creditInterest({
      openingBalance: yuan('0.33'),
      rate: '0.015',
      method: 'annual',
      monthlyCredits: twelve('0.00'),
    });
    expect(result.openingInterest).toBe(0);
    const half = creditInterest({
      openingBalance: yuan('1.00'),
      rate: '0.005',
      method: 'annual',
      monthlyCredits: twelve('0.00'),
    });
    expect(result.interest).toBe(0);
    expect(half.openingInterest).toBe(1); // 0.5 fen rounds up
  });
});

const firstMonths = (m: number, amount: string) => Array.from({ length: 12 }, (_, i) => (i < m ? amount : '0.00'));

describe('pro-rata interest in the year the account closes, scenario table', () => {
  it.each<[string, string, InterestMethod, number, string[], string, string, string]>([
    // label, opening, method, months held, credits, opening interest, credit interest, interest
    // Full year through the pro-rata path: the year-end figures of the table above.
    ['full year, annual', '50000.00', 'annual', 12, firstMonths(12, '400.00'), '1310.00', '68.10', '1378.10'],
    [
      'full year, monthly product',
      '50000.00',
      'monthly-product',
      12,
      firstMonths(12, '400.00'),
      '1310.00',
      '68.12',
      '1378.12',
    ],
    // Transfer out after June: 5,000,000 fen × 0.0262 × 6/12 = 65,500 fen.
    // Monthly product: 40,000 × (6+5+4+3+2+1) × 0.0262 / 12 = 1,834 fen.
    [
      'transfer after June, monthly product',
      '50000.00',
      'monthly-product',
      6,
      firstMonths(6, '400.00'),
      '655.00',
      '18.34',
      '673.34',
    ],
    // Annual: 240,000 × 0.0262 × 1.083 / 2 × 7/13 = 1,833.44 fen → 1,833.
    ['transfer after June, annual', '50000.00', 'annual', 6, firstMonths(6, '400.00'), '655.00', '18.33', '673.33'],
    // Death in January: 1,200,000 × 0.0262 / 12 = 2,620 fen; 40,000 × 0.0262 / 12 = 87.33 fen → 87.
    [
      'death in January, monthly product',
      '12000.00',
      'monthly-product',
      1,
      firstMonths(1, '400.00'),
      '26.20',
      '0.87',
      '27.07',
    ],
    // 40,000 × 0.0262 × 1.083 / 2 × 2/13 = 87.31 fen → 87.
    ['death in January, annual', '12000.00', 'annual', 1, firstMonths(1, '400.00'), '26.20', '0.87', '27.07'],
    ['nothing held, nothing earned', '0.00', 'annual', 3, firstMonths(3, '0.00'), '0.00', '0.00', '0.00'],
  ])('%s', (_label, opening, method, months, credits, openingInterest, creditInterestText, interest) => {
    const result = creditInterest({
      openingBalance: yuan(opening),
      rate: '0.0262',
      method,
      monthlyCredits: credits.map(yuan),
      months,
    });
    expect(decimal(result.openingInterest)).toBe(openingInterest);
    expect(decimal(result.creditInterest)).toBe(creditInterestText);
    expect(decimal(result.interest)).toBe(interest);
  });

  it('refuses credits after the closing month (a programmer error) and months outside 1…12', () => {
    const input = { openingBalance: yuan('1.00'), rate: '0.0262', method: 'annual' as const };
    expect(() => creditInterest({ ...input, monthlyCredits: twelve('1.00'), months: 6 })).toThrow('after month m');
    expect(() => creditInterest({ ...input, monthlyCredits: twelve('0.00'), months: 0 })).toThrow('1…12');
    expect(() => creditInterest({ ...input, monthlyCredits: twelve('0.00'), months: 13 })).toThrow('1…12');
  });

  it('folds credits dated after the closing month into that month', () => {
    const folded = foldCreditsAfter(twelve('1.00'), 10);
    expect(folded.map(decimal)).toEqual([...Array.from({ length: 9 }, () => '1.00'), '3.00', '0.00', '0.00']);
    expect(foldCreditsAfter(twelve('1.00'), 12)).toEqual(twelve('1.00'));
  });
});

describe('divideHalfUp', () => {
  it.each([
    [5n, 2n, 3],
    [4n, 2n, 2],
    [-5n, 2n, -3],
    [-4n, 3n, -1],
    [1n, 3n, 0],
    [2n, 3n, 1],
  ])('%d / %d → %d', (n, d, expected) => {
    expect(divideHalfUp(n, d)).toBe(expected);
  });

  it('refuses a non-positive denominator', () => {
    expect(() => divideHalfUp(1n, 0n)).toThrow('positive');
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n as Cents);
  const rate = fc.integer({ min: 0, max: 1000 }).map((n) => `0.${String(n).padStart(4, '0')}`);
  const method = fc.constantFrom<InterestMethod>('annual', 'monthly-product');

  it('closing = opening + credits + interest, and interest never goes below zero', () => {
    fc.assert(
      fc.property(
        amount,
        rate,
        method,
        fc.array(amount, { minLength: 12, maxLength: 12 }),
        (opening, r, m, credits) => {
          const result = creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: credits });
          expect(result.closingBalance).toBe(opening + result.credits + result.interest);
          expect(result.interest).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('a credit earns more the earlier in the year it arrives (monthly product)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10 }), (credit, month) => {
        const at = (m: number) =>
          creditInterest({
            openingBalance: 0 as Cents,
            rate: '0.05',
            method: 'monthly-product',
            monthlyCredits: Array.from({ length: 12 }, (_, i) => (i === m ? credit : 0) as Cents),
          }).creditInterest;
        expect(at(month)).toBeGreaterThanOrEqual(at(month + 1));
      }),
    );
  });
});

describe('pro-rata properties', () => {
  const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n as Cents);
  const rate = fc.integer({ min: 0, max: 1000 }).map((n) => `0.${String(n).padStart(4, '0')}`);
  const method = fc.constantFrom<InterestMethod>('annual', 'monthly-product');
  const credits = fc.array(amount, { minLength: 12, maxLength: 12 });

  it('retirement in December (m = 12) is exactly the year-end crediting', () => {
    fc.assert(
      fc.property(amount, rate, method, credits, (opening, r, m, monthly) => {
        const full = creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: monthly });
        expect(
          creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: monthly, months: 12 }),
        ).toEqual(full);
      }),
    );
  });

  it('holding the same money longer never earns less', () => {
    fc.assert(
      fc.property(amount, rate, method, credits, fc.integer({ min: 1, max: 11 }), (opening, r, m, monthly, months) => {
        const early = foldCreditsAfter(monthly, months);
        const at = (held: number) =>
          creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: early, months: held }).interest;
        expect(at(months + 1)).toBeGreaterThanOrEqual(at(months));
      }),
    );
  });

  it('never exceeds the full year’s interest on the same money', () => {
    fc.assert(
      fc.property(amount, rate, method, credits, fc.integer({ min: 1, max: 12 }), (opening, r, m, monthly, months) => {
        const held = foldCreditsAfter(monthly, months);
        const part = creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: held, months });
        const full = creditInterest({ openingBalance: opening, rate: r, method: m, monthlyCredits: held });
        expect(part.interest).toBeLessThanOrEqual(full.interest);
        expect(part.closingBalance).toBe(opening + part.credits + part.interest);
      }),
    );
  });
});
