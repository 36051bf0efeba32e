import { describe, expect, it } from 'vitest';
import {
  billOutstanding,
  billPaidPercent,
  billPeriods,
  closeFunds,
  closeProgress,
  closeRunning,
  fundRate,
  ratePercent,
  reportView,
  totalsByScheme,
  arrearsByMonthOption,
  arrearsByPayerOption,
  closeChartOption,
  declarationTemplateCsv,
  matchesMask,
} from './collectionFormat.ts';
import type { Bill, BillLine } from './collectionTypes.ts';

const line = (
  personId: number,
  scheme: BillLine['scheme'],
  employer: string,
  employee: string,
  credit: string,
): BillLine => ({
  personId,
  scheme,
  wage: '8000.00',
  base: '8000.00',
  employer,
  employee,
  accountCredit: credit,
  employerRate: '0.16',
  employeeRate: '0.08',
  status: 'open',
});

const bill = (over: Partial<Bill>): Bill => ({
  id: 1,
  billNo: 'JF20261100000001',
  payer: { kind: 'employer', employerId: 1 },
  period: '202611',
  kind: 'regular',
  basis: 'declared',
  status: 'open',
  total: '100.00',
  paid: '0.00',
  open: '100.00',
  dueOn: '2026-11-30',
  issuedAt: '2026-11-29T00:00:00Z',
  declarationId: 1,
  backPaymentId: null,
  ...over,
});

describe('bills', () => {
  it('sums lines per scheme in the bill order', () => {
    const totals = totalsByScheme([
      line(2, 'medical', '640.00', '160.00', '160.00'),
      line(1, 'pension', '1280.00', '640.00', '640.00'),
      line(2, 'pension', '1280.00', '640.00', '640.00'),
    ]);
    expect(totals.map((t) => t.scheme)).toEqual(['pension', 'medical']);
    expect(totals[0]).toMatchObject({
      persons: 2,
      employer: '2560.00',
      employee: '1280.00',
      accountCredit: '1280.00',
      total: '3840.00',
    });
  });

  it('knows what is open and how much is paid', () => {
    expect(billOutstanding({ total: '100.00', paid: '40.00' })).toBe('60.00');
    expect(billOutstanding({ total: '100.00', paid: '40.00', open: '60.00' })).toBe('60.00');
    expect(billPaidPercent({ total: '300.00', paid: '100.00' })).toBe(33.3);
    expect(billPaidPercent({ total: '0.00', paid: '0.00' })).toBe(100);
  });

  it('lists the periods billed, newest first, without cancelled bills', () => {
    const bills = [
      bill({ id: 1, period: '202610', total: '100.00', paid: '100.00', open: '0.00', status: 'paid' }),
      bill({ id: 2, period: '202611', total: '200.00', paid: '50.00', open: '150.00' }),
      bill({ id: 3, period: '202611', status: 'cancelled', total: '999.00' }),
    ];
    expect(billPeriods(bills)).toEqual(['202611', '202610']);
  });
});

describe('month close', () => {
  it('reads progress in any of its shapes', () => {
    expect(closeProgress({ status: 'running', progress: 42 })).toBe(42);
    expect(closeProgress({ status: 'running', progress: 0.5 })).toBe(50);
    expect(closeProgress({ status: 'running', progress: { done: 1, total: 3 } })).toBe(33.3);
    expect(closeProgress({ status: 'running', done: 2, total: 4 })).toBe(50);
    expect(closeProgress({ status: 'running' })).toBe(0);
    expect(closeProgress({ status: 'done', progress: 10 })).toBe(100);
    expect(closeProgress({ status: 'running', step: 'payers', payersDone: 50, payersTotal: 100 })).toBe(40);
    expect(closeProgress({ status: 'running', step: 'payers', payersDone: 0, payersTotal: 0 })).toBe(0);
    expect(closeProgress({ status: 'running', step: 'report', payersDone: 100, payersTotal: 100 })).toBe(90);
    expect(closeProgress({ status: 'completed', step: 'done' })).toBe(100);
    expect(closeRunning({ status: 'running' })).toBe(true);
    expect(closeRunning({ status: 'failed' })).toBe(false);
  });

  it('reads the report per fund and the collection rate', () => {
    const funds = [
      { fund: 'pension', due: '1000.00', collected: '975.00', arrears: '25.00', rate: '0.9750' },
      { fund: 'medical', due: '300.00', collected: '100.00', arrears: '200.00', rate: null },
    ];
    expect(closeFunds({ report: { funds } })).toHaveLength(2);
    expect(closeFunds({ report: funds })).toHaveLength(2);
    expect(closeFunds({ report: null })).toEqual([]);
    expect(fundRate(funds[0]!)).toBe(0.975);
    expect(fundRate(funds[1]!)).toBe(0.3333);
    expect(fundRate({ fund: 'x', due: '0.00', collected: '0.00', arrears: '0.00', rate: null })).toBeNull();
    expect(ratePercent('0.9750')).toBe('97.50%');
    expect(ratePercent(null)).toBe('—');
    const option = closeChartOption(funds, {
      fund: (f) => f,
      due: 'due',
      collected: 'collected',
      arrears: 'arrears',
      rate: 'rate',
    });
    const series = option.series as Array<{ name: string; data: unknown[] }>;
    expect(series.map((s) => s.name)).toEqual(['due', 'collected', 'arrears', 'rate']);
    expect(series[3]!.data).toEqual([97.5, 33.33]);
  });
});

describe('reconciliation report', () => {
  it('counts outcomes from lists or numbers and orders the rows by file row', () => {
    const view = reportView({
      matched: [{ row: 3, amount: '10.00', outcome: 'matched' }],
      overPaid: [{ row: 2, amount: '20.00', outcome: 'over_paid' }],
      underPaid: 0,
      unmatched: 1,
    });
    expect(view.counts).toEqual({ matched: 1, over_paid: 1, under_paid: 0, unmatched: 1 });
    expect(view.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(reportView(null).rows).toEqual([]);
  });

  it('takes one list of rows with their outcomes', () => {
    const view = reportView({
      matched: 0,
      rows: [
        { row: 2, amount: '1.00', outcome: 'unmatched' },
        { row: 1, amount: '1.00', outcome: 'matched' },
      ],
    });
    expect(view.counts.matched).toBe(1);
    expect(view.counts.unmatched).toBe(1);
    expect(view.rows[0]!.row).toBe(1);
  });
});

describe('arrears', () => {
  it('charts periods oldest first and the payers owing most', () => {
    const byMonth = arrearsByMonthOption(
      [
        { period: '202610', amount: '150.00', lateFee: '0.75' },
        { period: '202608', amount: '100.00', lateFee: '3.00' },
      ],
      { arrears: 'a', lateFee: 'f' },
    );
    expect((byMonth.xAxis as { data: string[] }).data).toEqual(['2026-08', '2026-10']);
    const rows = [
      {
        payerKind: 'employer' as const,
        employerId: 1,
        personId: null,
        name: 'A',
        amount: '300.00',
        months: 3,
        lateFeeAccrued: '1.00',
      },
      {
        payerKind: 'flexible' as const,
        employerId: null,
        personId: 2,
        name: 'B',
        amount: '50.00',
        months: 1,
        lateFeeAccrued: '0.00',
      },
    ];
    const byPayer = arrearsByPayerOption(rows, { arrears: 'a', lateFee: 'f' }, 1);
    expect((byPayer.yAxis as { data: string[] }).data).toEqual(['A']);
  });
});

describe('citizen IDs against their mask, and the declaration template', () => {
  it('accepts a full ID that shows the masked characters', () => {
    expect(matchesMask('33010619850312001X', '330106********001X')).toBe(true);
    expect(matchesMask('33010619850312001x', '330106********001X')).toBe(true);
    expect(matchesMask('33010719850312001X', '330106********001X')).toBe(false);
    expect(matchesMask('3301061985', '330106********001X')).toBe(false);
    expect(matchesMask('33010619850312001X', '')).toBe(true);
  });

  it('writes a CSV with a BOM, the header and one row per employee', () => {
    const text = declarationTemplateCsv({ citizenId: '身份证号', name: '姓名', wage: '月工资' }, [
      { name: '李明' },
      { name: 'A, "B"' },
    ]);
    expect(text.startsWith('\uFEFF身份证号,姓名,月工资\r\n')).toBe(true);
    expect(text).toContain(',李明,\r\n');
    expect(text).toContain(',"A, ""B""",\r\n');
  });
});
