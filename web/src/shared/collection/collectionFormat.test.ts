import { describe, expect, it } from 'vitest';
import { sumDecimals } from '../../ui/money.ts';
import {
  billPaidPercent,
  billPeriods,
  closeProgress,
  closeRunning,
  ratePercent,
  reportRows,
  totalsByScheme,
  arrearsByMonthOption,
  arrearsByPayerOption,
  closeChartOption,
  declarationTemplateCsv,
  matchesMask,
} from './collectionFormat.ts';
import type { ArrearsRow, Bill, BillLine, FundReport, MonthClose, ReconciliationRow } from './collectionTypes.ts';

const line = (
  personId: number,
  scheme: BillLine['scheme'],
  employer: string,
  employee: string,
  credit: string,
): BillLine => ({
  personId,
  name: '李*',
  citizenId: '330106********001X',
  scheme,
  wage: '8000.00',
  base: '8000.00',
  employer,
  employee,
  total: sumDecimals([employer, employee]),
  accountCredit: credit,
  employerRate: '0.16',
  employeeRate: '0.08',
  status: 'open',
  paidOn: null,
  paymentId: null,
  entryId: null,
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
  regionCode: '330100',
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

  it('knows how much is paid', () => {
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
  const close = (
    step: MonthClose['step'],
    payersDone = 0,
    payersTotal = 0,
    status: MonthClose['status'] = 'running',
  ) => ({
    status,
    step,
    payersDone,
    payersTotal,
  });

  it('reads progress from the step and the payers done of the long payers step', () => {
    expect(closeProgress(close('payers', 50, 100))).toBe(40);
    expect(closeProgress(close('payers', 1, 3))).toBe(26.7);
    expect(closeProgress(close('payers', 0, 0))).toBe(0);
    expect(closeProgress(close('report', 100, 100))).toBe(90);
    expect(closeProgress(close('done', 100, 100, 'completed'))).toBe(100);
    expect(closeProgress(close('arrears', 5, 10, 'failed'))).toBe(80);
    expect(closeRunning({ status: 'running' })).toBe(true);
    expect(closeRunning({ status: 'failed' })).toBe(false);
    expect(closeRunning({ status: 'completed' })).toBe(false);
  });

  it('charts the report per fund with the collection rate', () => {
    const fund = (name: FundReport['fund'], rate: string | null): FundReport => ({
      fund: name,
      due: '1000.00',
      collected: '975.00',
      arrears: '25.00',
      lines: 10,
      paidLines: 9,
      rate,
    });
    expect(ratePercent('0.9750')).toBe('97.50%');
    expect(ratePercent(null)).toBe('—');
    const option = closeChartOption([fund('pension', '0.9750'), fund('medical', null)], {
      fund: (f) => f,
      due: 'due',
      collected: 'collected',
      arrears: 'arrears',
      rate: 'rate',
    });
    const series = option.series as Array<{ name: string; data: unknown[] }>;
    expect(series.map((s) => s.name)).toEqual(['due', 'collected', 'arrears', 'rate']);
    expect(series[3]!.data).toEqual([97.5, null]);
  });
});

describe('reconciliation report', () => {
  it('lists the rows of every outcome in the order of the file', () => {
    const row = (n: number, outcome: ReconciliationRow['outcome']): ReconciliationRow => ({
      row: n,
      amount: '10.00',
      outcome,
      billNo: null,
      due: '10.00',
      held: '0.00',
      noticeNo: null,
      payerCode: '91330100MA0000000X',
      payerName: 'A',
      paymentNo: `JK${n}`,
      receivedOn: '2026-11-20',
      reference: `R${n}`,
    });
    const rows = reportRows({
      counts: { matched: 1, overPaid: 1, underPaid: 0, unmatched: 1 },
      matched: [row(3, 'matched')],
      overPaid: [row(2, 'over_paid')],
      underPaid: [],
      unmatched: [row(1, 'unmatched')],
    });
    expect(rows.map((r) => [r.row, r.outcome])).toEqual([
      [1, 'unmatched'],
      [2, 'over_paid'],
      [3, 'matched'],
    ]);
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
    const payer = (name: string, amount: string, lateFeeAccrued: string): ArrearsRow => ({
      payerKind: 'employer',
      employerId: 1,
      personId: null,
      name,
      code: '91330100MA0000000X',
      amount,
      lines: 2,
      months: 1,
      oldestPeriod: '202610',
      lateFeeAccrued,
      lateFeesCharged: '0.00',
      enforcement: null,
      deferral: null,
      byPeriod: [],
    });
    const rows = [payer('A', '300.00', '1.00'), payer('B', '50.00', '0.00')];
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
