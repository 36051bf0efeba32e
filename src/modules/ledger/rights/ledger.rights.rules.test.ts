import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import { lastDayOf, parsePeriod } from '../../../kernel/period.ts';
import { FUNDS, RIGHTS_STATUSES, type Fund, type RightsStatus } from '../ledger.model.ts';
import {
  checkContributionItems,
  cumulativeMonths,
  deriveEvents,
  statusOn,
  yearTable,
  type AccountFact,
  type ContributionFacts,
  type OwedMonthFact,
  type RightsRow,
} from './ledger.rights.rules.ts';

const day = parseCalendarDate;
/** Long after every month of these tables fell due: every owed month is overdue. */
const LATER = day('2100-01-01');
/** An owed month falls due on the last day of its period, as bills do. */
const dueOf = (period: string): CalendarDate => lastDayOf(parsePeriod(period));

/** `'202401-202403 paid'` → three pension records; `scheme:` prefix picks another scheme. */
function months(spec: string): OwedMonthFact[] {
  const [range, status] = spec.split(' ') as [string, RightsStatus];
  const [scheme, span] = range.includes(':') ? (range.split(':') as [Fund, string]) : (['pension', range] as const);
  const [from, to = from] = span.split('-') as [string, string?];
  const out: OwedMonthFact[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(4)); ;) {
    const period = `${y}${String(m).padStart(2, '0')}`;
    out.push({ scheme, period, status, dueOn: status === 'due' || status === 'arrears' ? dueOf(period) : null });
    if (period === to) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}
const rec = (...specs: string[]) => specs.flatMap(months);

describe('cumulativeMonths', () => {
  const cases: Array<{ name: string; records: OwedMonthFact[]; expected: Partial<Record<Fund, number>> }> = [
    { name: 'nothing', records: [], expected: {} },
    { name: 'a year paid', records: rec('202401-202412 paid'), expected: { pension: 12 } },
    {
      name: 'two employers in the same month count once',
      records: rec('202401-202406 paid', '202403-202404 paid'),
      expected: { pension: 6 },
    },
    {
      name: 'due and arrears do not count',
      records: rec('202401-202403 paid', '202404-202406 arrears', '202407 due'),
      expected: { pension: 3 },
    },
    { name: 'back-paid months count', records: rec('202401-202403 back_paid'), expected: { pension: 3 } },
    { name: 'transferred-in months count', records: rec('200001-200912 transferred_in'), expected: { pension: 120 } },
    {
      name: 'transferred-out months no longer count',
      records: rec('201001-201912 transferred_out', '202001-202012 paid'),
      expected: { pension: 12 },
    },
    {
      name: 'schemes are counted apart',
      records: rec(
        '202401-202412 paid',
        'medical:202401-202406 paid',
        'unemployment:202401 paid',
        'work_injury:202402 due',
      ),
      expected: { pension: 12, medical: 6, unemployment: 1 },
    },
    {
      name: 'a month paid by one payer and owed by another counts',
      records: rec('202401 paid', '202401 arrears'),
      expected: { pension: 1 },
    },
  ];
  it.each(cases)('$name', ({ records, expected }) => {
    expect(cumulativeMonths(records)).toEqual({ pension: 0, medical: 0, unemployment: 0, work_injury: 0, ...expected });
  });

  it('never exceeds the distinct months of a scheme and ignores order', () => {
    const fact = fc.record({
      scheme: fc.constantFrom(...FUNDS),
      period: fc
        .integer({ min: 0, max: 59 })
        .map((i) => `${2020 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`),
      status: fc.constantFrom(...RIGHTS_STATUSES),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 200 }), (records) => {
        const result = cumulativeMonths(records);
        expect(cumulativeMonths([...records].reverse())).toEqual(result);
        for (const scheme of FUNDS) {
          const distinct = new Set(records.filter((r) => r.scheme === scheme).map((r) => r.period));
          expect(result[scheme]).toBeLessThanOrEqual(distinct.size);
        }
      }),
    );
  });
});

type Ev = [kind: string, scheme: string, period: string, months: number | null];

describe('deriveEvents', () => {
  const cases: Array<{ name: string; records: OwedMonthFact[]; accounts?: AccountFact[]; expected: Ev[] }> = [
    { name: 'paid without a break: no events', records: rec('202301-202412 paid'), expected: [] },
    {
      name: 'accounts established on their opening day',
      records: rec('202301-202302 paid'),
      accounts: [
        { fund: 'medical', openedOn: '2023-01-01' },
        { fund: 'pension', openedOn: '2023-01-01' },
      ],
      expected: [
        ['account_established', 'pension', '202301', null],
        ['account_established', 'medical', '202301', null],
      ],
    },
    {
      name: 'a gap interrupts, the next paid month resumes',
      records: rec('202301-202306 paid', '202310-202312 paid'),
      expected: [
        ['interrupted', 'pension', '202307', 3],
        ['resumed', 'pension', '202310', null],
      ],
    },
    {
      name: 'arrears interrupt',
      records: rec('202301-202303 paid', '202304-202305 arrears', '202306 paid'),
      expected: [
        ['interrupted', 'pension', '202304', 2],
        ['resumed', 'pension', '202306', null],
      ],
    },
    {
      name: 'a due month at the end, overdue, interrupts with no resumption',
      records: rec('202301-202303 paid', '202304 due'),
      expected: [['interrupted', 'pension', '202304', 1]],
    },
    {
      name: 'a gap and then arrears are one interruption',
      records: rec('202301 paid', '202303-202304 arrears', '202305 paid'),
      expected: [
        ['interrupted', 'pension', '202302', 3],
        ['resumed', 'pension', '202305', null],
      ],
    },
    {
      name: 'a back payment closes the gap: no interruption',
      records: rec('202301-202303 paid', '202304-202305 back_paid', '202306 paid'),
      expected: [],
    },
    {
      name: 'owing before the first payment is not an interruption',
      records: rec('202301-202302 arrears', '202303-202305 paid'),
      expected: [],
    },
    {
      name: 'two employers in one month, one of them owing: still paid',
      records: rec('202301-202303 paid', '202302 arrears'),
      expected: [],
    },
    {
      name: 'transferred in, then paid here',
      records: rec('201501-201912 transferred_in', '202001-202012 paid'),
      expected: [['transferred_in', 'pension', '201501', 60]],
    },
    {
      name: 'transferred out after paying: no interruption',
      records: rec('201501-201912 transferred_out'),
      expected: [['transferred_out', 'pension', '201501', 60]],
    },
    {
      name: 'paid, then transferred out: the move is no interruption',
      records: rec('202001-202006 paid', '202007-202012 transferred_out'),
      expected: [['transferred_out', 'pension', '202007', 6]],
    },
    {
      name: 'two transferred stretches and a gap between them',
      records: rec('201001-201012 transferred_in', '201201-201212 transferred_in', '201301 paid'),
      expected: [
        ['transferred_in', 'pension', '201001', 12],
        ['interrupted', 'pension', '201101', 12],
        ['transferred_in', 'pension', '201201', 12],
        ['resumed', 'pension', '201201', null],
      ],
    },
    {
      name: 'schemes interrupt on their own, ordered by month',
      records: rec('202301-202306 paid', 'medical:202301-202302 paid', 'medical:202304 paid'),
      expected: [
        ['interrupted', 'medical', '202303', 1],
        ['resumed', 'medical', '202304', null],
      ],
    },
  ];
  it.each(cases)('$name', ({ records, accounts = [], expected }) => {
    const events = deriveEvents(records, accounts, LATER).map((e): Ev => [e.kind, e.scheme, e.period, e.months]);
    expect(events).toEqual(expected);
  });

  it('gives the opening day of an account', () => {
    expect(deriveEvents([], [{ fund: 'pension', openedOn: '2015-03-01' }], LATER)[0]).toMatchObject({
      on: '2015-03-01',
    });
  });

  // The current month's bill falls due at month end; until then it is no interruption.
  const aroundDueDay: Array<{ name: string; records: OwedMonthFact[]; today: string; expected: Ev[] }> = [
    {
      name: 'the current month owed, before its due day: nothing',
      records: rec('202601-202602 paid', '202603 due'),
      today: '2026-03-10',
      expected: [],
    },
    {
      name: 'on the due day itself: still nothing',
      records: rec('202601-202602 paid', '202603 due'),
      today: '2026-03-31',
      expected: [],
    },
    {
      name: 'the day after the due day, not yet rolled by the month close: interrupted',
      records: rec('202601-202602 paid', '202603 due'),
      today: '2026-04-01',
      expected: [['interrupted', 'pension', '202603', 1]],
    },
    {
      name: 'rolled into arrears: interrupted',
      records: rec('202601-202602 paid', '202603 arrears'),
      today: '2026-04-02',
      expected: [['interrupted', 'pension', '202603', 1]],
    },
    {
      name: 'last month overdue and this month not yet due: one month interrupted',
      records: rec('202601 paid', '202602 due', '202603 due'),
      today: '2026-03-15',
      expected: [['interrupted', 'pension', '202602', 1]],
    },
    {
      name: 'a month not yet due after an interruption neither resumes nor prolongs it',
      records: rec('202601 paid', '202602 arrears', '202603 due'),
      today: '2026-03-15',
      expected: [['interrupted', 'pension', '202602', 1]],
    },
    {
      name: 'one payer paid, another not yet due: paid',
      records: rec('202601-202603 paid', '202603 due'),
      today: '2026-03-15',
      expected: [],
    },
    {
      name: 'owed before the first payment and not yet due: nothing',
      records: rec('202603 due'),
      today: '2026-03-15',
      expected: [],
    },
  ];
  it.each(aroundDueDay)('$name', ({ records, today, expected }) => {
    const events = deriveEvents(records, [], day(today)).map((e): Ev => [e.kind, e.scheme, e.period, e.months]);
    expect(events).toEqual(expected);
  });

  // Without transfers out (a move ends an interruption without a resumption).
  it('alternates interrupted and resumed per scheme, never two in a row', () => {
    const fact = fc.record({
      scheme: fc.constantFrom<Fund>('pension', 'medical'),
      period: fc
        .integer({ min: 0, max: 35 })
        .map((i) => `${2020 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`),
      status: fc.constantFrom(...RIGHTS_STATUSES.filter((s) => s !== 'transferred_out')),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 80 }), fc.integer({ min: 0, max: 40 * 31 }), (facts, days) => {
        const records = facts.map((f) => ({ ...f, dueOn: dueOf(f.period) }));
        const events = deriveEvents(records, [], addDays(day('2019-12-01'), days));
        expect([...events].sort((a, b) => a.period.localeCompare(b.period))).toEqual(events);
        for (const scheme of ['pension', 'medical'] as const) {
          const flow = events.filter((e) => e.scheme === scheme && (e.kind === 'interrupted' || e.kind === 'resumed'));
          flow.forEach((e, i) => expect(e.kind).toBe(i % 2 === 0 ? 'interrupted' : 'resumed'));
        }
      }),
    );
  });
});

describe('statusOn', () => {
  const cases: Array<[status: RightsStatus, dueOn: string | null, today: string, expected: RightsStatus]> = [
    ['due', '2026-03-31', '2026-03-01', 'due'],
    ['due', '2026-03-31', '2026-03-30', 'due'],
    ['due', '2026-03-31', '2026-03-31', 'due'],
    ['due', '2026-03-31', '2026-04-01', 'arrears'],
    ['due', '2026-04-15', '2026-04-01', 'due'],
    ['due', '2026-04-15', '2026-04-16', 'arrears'],
    ['due', null, '2026-03-01', 'arrears'],
    ['arrears', '2026-03-31', '2026-03-01', 'arrears'],
    ['paid', '2026-03-31', '2026-04-01', 'paid'],
    ['back_paid', null, '2026-04-01', 'back_paid'],
    ['transferred_in', null, '2026-04-01', 'transferred_in'],
    ['transferred_out', null, '2026-04-01', 'transferred_out'],
  ];
  it.each(cases)('%s due on %s, on %s → %s', (status, dueOn, today, expected) => {
    expect(statusOn({ status, dueOn: dueOn === null ? null : day(dueOn) }, day(today))).toBe(expected);
  });
});

describe('yearTable', () => {
  const c = centsFromInteger;
  const row = (period: string, status: RightsStatus, scheme: Fund = 'pension'): RightsRow => ({
    scheme,
    period,
    status,
    dueOn: status === 'due' || status === 'arrears' ? dueOf(period) : null,
    base: c(500_000),
    employerAmount: c(80_000),
    employeeAmount: c(40_000),
    accountCredit: c(40_000),
  });

  it('groups by year in order, rows by month then scheme, with totals of paid and owed money', () => {
    const years = yearTable(
      [
        row('202402', 'paid', 'medical'),
        row('202302', 'paid'),
        row('202402', 'paid'),
        row('202401', 'back_paid'),
        row('202403', 'arrears'),
        row('202404', 'transferred_out'),
      ],
      LATER,
    );
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(years[1]!.rows.map((r) => `${r.period}:${r.scheme}`)).toEqual([
      '202401:pension',
      '202402:pension',
      '202402:medical',
      '202403:pension',
      '202404:pension',
    ]);
    expect(years[1]!.totals).toEqual({
      months: { pension: 2, medical: 1, unemployment: 0, work_injury: 0 },
      employerAmount: 240_000,
      employeeAmount: 120_000,
      accountCredit: 120_000,
      outstanding: 120_000,
      notYetDue: 0,
    });
    expect(years[0]!.totals.months.pension).toBe(1);
  });

  it('a month not yet due is due and not outstanding; from the day after its due day it is in arrears', () => {
    const records = [row('202602', 'paid'), row('202603', 'due'), row('202603', 'due', 'medical')];
    const before = yearTable(records, day('2026-03-31'))[0]!;
    expect(before.rows.map((r) => r.status)).toEqual(['paid', 'due', 'due']);
    expect(before.totals).toMatchObject({ outstanding: 0, notYetDue: 240_000 });
    const after = yearTable(records, day('2026-04-01'))[0]!;
    expect(after.rows.map((r) => r.status)).toEqual(['paid', 'arrears', 'arrears']);
    expect(after.totals).toMatchObject({ outstanding: 240_000, notYetDue: 0 });
  });

  it('is empty for no records', () => {
    expect(yearTable([], LATER)).toEqual([]);
  });
});

describe('checkContributionItems', () => {
  const base: ContributionFacts = {
    personId: 1,
    employerId: 7,
    scheme: 'pension',
    period: '202401',
    base: centsFromInteger(500_000),
    employerAmount: centsFromInteger(80_000),
    employeeAmount: centsFromInteger(40_000),
    accountCredit: centsFromInteger(40_000),
  };
  const cases: Array<[string, Array<Partial<typeof base>>, boolean, string[]]> = [
    ['a sound month', [{}], true, []],
    ['the same payer twice', [{}, {}], true, ['1:rights_duplicate_in_batch']],
    ['two payers in one month', [{}, { employerId: null }], true, []],
    ['a negative base', [{ base: centsFromInteger(-1) }], true, ['0:rights_amount_negative']],
    ['an account credit for work injury', [{ scheme: 'work_injury' }], true, ['0:rights_account_credit_not_allowed']],
    [
      'a credit above the payment',
      [{ accountCredit: centsFromInteger(120_001) }],
      true,
      ['0:rights_account_credit_exceeds_contribution'],
    ],
    [
      'a paid month of nothing',
      [
        {
          employerAmount: centsFromInteger(0),
          employeeAmount: centsFromInteger(0),
          accountCredit: centsFromInteger(0),
        },
      ],
      true,
      ['0:rights_nothing_paid'],
    ],
    [
      'a due month of nothing',
      [
        {
          employerAmount: centsFromInteger(0),
          employeeAmount: centsFromInteger(0),
          accountCredit: centsFromInteger(0),
        },
      ],
      false,
      [],
    ],
  ];
  it.each(cases)('%s', (_name, overs, paid, expected) => {
    const problems = checkContributionItems(
      overs.map((o) => ({ ...base, ...o })),
      paid,
    );
    expect(problems.map((p) => `${p.index}:${p.code}`)).toEqual(expected);
  });
});
