import { describe, expect, it } from 'vitest';
import { centsFromInteger as c } from '../../kernel/cents.ts';
import { fundFigures, fundTotals } from './collection.statements.rules.ts';

describe('statement figures', () => {
  const funds = fundFigures(
    [
      { scheme: 'medical', status: 'open', employer: c(500), employee: c(100) },
      { scheme: 'pension', status: 'paid', employer: c(1600), employee: c(800) },
      { scheme: 'pension', status: 'open', employer: c(160), employee: c(80) },
    ],
    [
      { scheme: 'pension', status: 'paid', fee: c(12), paid: c(12) },
      { scheme: 'pension', status: 'open', fee: c(5), paid: c(2) },
      { scheme: 'medical', status: 'waived', fee: c(9), paid: c(0) },
    ],
  );

  it('splits each fund into parts, paid and open, in scheme order', () => {
    expect(funds.map((f) => [f.scheme, f.employer, f.employee, f.due, f.paid, f.open])).toEqual([
      ['pension', 1760, 880, 2640, 2400, 240],
      ['medical', 500, 100, 600, 0, 600],
    ]);
  });

  it('counts late fees charged, paid and open; a waived fee is not owed', () => {
    expect(funds.map((f) => [f.lateFee, f.lateFeePaid, f.lateFeeOpen])).toEqual([
      [17, 14, 3],
      [0, 0, 0],
    ]);
  });

  it('sums the funds into the 合计 row', () => {
    expect(fundTotals(funds)).toMatchObject({ scheme: 'total', due: 3240, paid: 2400, open: 840, lateFee: 17 });
    expect(fundTotals([])).toMatchObject({ due: 0, paid: 0, open: 0 });
  });
});
