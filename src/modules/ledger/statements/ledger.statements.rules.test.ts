import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsFromInteger, parseCents, type Cents } from '../../../kernel/cents.ts';
import {
  buildStatement,
  maskName,
  monthLabel,
  movementCategory,
  newStatementCode,
  periodsOfYear,
  differingParts,
  STATEMENT_CODE_ALPHABET,
  STATEMENT_CODE_LENGTH,
  statementCodeMatches,
  statementHash,
  statementNumber,
  statementPartHashes,
  STATEMENT_NUMBER_PATTERN,
  STATEMENT_PARTS,
  type AccountLineFact,
  type StatementInput,
  type StatementRecordFact,
} from './ledger.statements.rules.ts';

const c = centsFromInteger;

describe('statement numbers and codes', () => {
  it.each([
    [2025, 1, 'S202500000001'],
    [2025, 42, 'S202500000042'],
    [1999, 99_999_999, 'S199999999999'],
  ])('year %i, sequence %i → %s', (year, sequence, expected) => {
    expect(statementNumber(year, sequence)).toBe(expected);
    expect(STATEMENT_NUMBER_PATTERN.test(expected)).toBe(true);
  });

  it.each([
    [2025, 0],
    [2025, 100_000_000],
    [2025, 1.5],
    [25, 1],
  ])('refuses year %i with sequence %i (a programmer error)', (year, sequence) => {
    expect(() => statementNumber(year, sequence)).toThrow();
  });

  it('draws codes of 8 unambiguous symbols and matches them in any case, trimmed', () => {
    for (let i = 0; i < 200; i++) {
      const code = newStatementCode();
      expect(code).toHaveLength(STATEMENT_CODE_LENGTH);
      expect([...code].every((ch) => STATEMENT_CODE_ALPHABET.includes(ch))).toBe(true);
      expect(statementCodeMatches(code, ` ${code.toLowerCase()} `)).toBe(true);
    }
    expect(statementCodeMatches('ABCD2345', 'ABCD2346')).toBe(false);
    expect(statementCodeMatches('ABCD2345', 'ABCD234')).toBe(false);
    expect(statementCodeMatches('ABCD2345', '')).toBe(false);
  });
});

describe('masks and labels', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '李*'],
    ['  王芳 ', '王*'],
    ['', '*'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('labels the twelve months of a year', () => {
    expect(periodsOfYear(2025).map(monthLabel)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });
});

describe('movementCategory', () => {
  it.each([
    [
      { kind: 'posting', sourceModule: 'contribution', idempotencyKey: 'contribution:bill:1:7:pension:202501' },
      'contributions',
    ],
    [{ kind: 'posting', sourceModule: 'demo', idempotencyKey: 'contribution:demo:7:pension:202501' }, 'contributions'],
    [{ kind: 'posting', sourceModule: 'interest', idempotencyKey: 'interest:2025:pension:7' }, 'interest'],
    [{ kind: 'posting', sourceModule: 'ledger', idempotencyKey: 'interest:2025:pension:7' }, 'interest'],
    [{ kind: 'posting', sourceModule: 'transfer', idempotencyKey: 'transfer:in:9' }, 'transfers'],
    [{ kind: 'reversal', sourceModule: 'contribution', idempotencyKey: 'reversal:12' }, 'other'],
    [{ kind: 'posting', sourceModule: 'benefit', idempotencyKey: 'benefit:lump:3' }, 'other'],
  ] as const)('%j → %s', (entry, expected) => {
    expect(movementCategory(entry)).toBe(expected);
  });
});

function record(over: Partial<StatementRecordFact>): StatementRecordFact {
  return {
    scheme: 'pension',
    period: '202503',
    status: 'paid',
    employerName: '甲公司',
    base: c(500_000),
    employer: c(80_000),
    employee: c(40_000),
    accountCredit: c(40_000),
    ...over,
  };
}

function input(over: Partial<StatementInput> = {}): StatementInput {
  return {
    year: 2025,
    person: { personId: 7, name: '李明', idMasked: '330106********001X' },
    agencyName: '西湖区社会保险事业管理中心',
    records: [
      record({ period: '202502' }),
      record({
        period: '202501',
        scheme: 'medical',
        employer: c(45_000),
        employee: c(10_000),
        accountCredit: c(10_000),
      }),
      record({ period: '202501' }),
    ],
    balances: [{ fund: 'pension', opening: c(100_000), closing: c(182_620) }],
    lines: [
      { fund: 'pension', side: 'credit', amount: c(40_000), category: 'contributions' },
      { fund: 'pension', side: 'credit', amount: c(40_000), category: 'contributions' },
      { fund: 'pension', side: 'credit', amount: c(2_620), category: 'interest' },
      { fund: 'medical', side: 'credit', amount: c(10_000), category: 'contributions' },
      { fund: 'medical', side: 'debit', amount: c(3_000), category: 'other' },
    ],
    cumulativeMonths: { pension: 120, medical: 60, unemployment: 0, work_injury: 12 },
    ...over,
  };
}

describe('buildStatement', () => {
  it('orders the months by month then scheme and sums each account’s movements by kind', () => {
    const statement = buildStatement(input());
    expect(statement.months.map((m) => `${m.month} ${m.scheme}`)).toEqual([
      '2025-01 pension',
      '2025-01 medical',
      '2025-02 pension',
    ]);
    expect(statement.months[1]).toMatchObject({
      base: '5000.00',
      employer: '450.00',
      employee: '100.00',
      accountCredit: '100.00',
      status: 'paid',
      employerName: '甲公司',
    });
    expect(statement.accounts).toEqual([
      {
        fund: 'pension',
        opening: '1000.00',
        contributions: '800.00',
        interest: '26.20',
        transfers: '0.00',
        other: '0.00',
        closing: '1826.20',
      },
      // No balance row (no account opened): zero balances, while the lines still show.
      {
        fund: 'medical',
        opening: '0.00',
        contributions: '100.00',
        interest: '0.00',
        transfers: '0.00',
        other: '-30.00',
        closing: '0.00',
      },
    ]);
    expect(statement.cumulativeMonths).toEqual({ pension: 120, medical: 60, unemployment: 0, work_injury: 12 });
  });

  it('digests the same content to the same hash whatever the order of its input, and anything else differently', () => {
    const a = buildStatement(input());
    const b = buildStatement(input({ records: [...input().records].reverse(), lines: [...input().lines].reverse() }));
    expect(statementHash(a)).toBe(statementHash(b));
    expect(statementHash(a)).toMatch(/^[0-9a-f]{64}$/);
    const c2 = buildStatement(input({ balances: [{ fund: 'pension', opening: c(100_000), closing: c(182_621) }] }));
    expect(statementHash(c2)).not.toBe(statementHash(a));
  });

  it('property: opening plus the four movements is the closing when the balances come from the same lines', () => {
    const line = fc.record({
      fund: fc.constantFrom('pension' as const, 'medical' as const),
      side: fc.constantFrom('debit' as const, 'credit' as const),
      amount: fc.integer({ min: 1, max: 10_000_000 }).map((n) => n as Cents),
      category: fc.constantFrom('contributions' as const, 'interest' as const, 'transfers' as const, 'other' as const),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 0, max: 1_000_000_000 }), (lines, opening) => {
        const net = (fund: 'pension' | 'medical') =>
          lines
            .filter((l) => l.fund === fund)
            .reduce((sum, l: AccountLineFact) => sum + (l.side === 'credit' ? l.amount : -l.amount), 0);
        const balances = (['pension', 'medical'] as const).map((fund) => ({
          fund,
          opening: c(opening),
          closing: c(opening + net(fund)),
        }));
        const statement = buildStatement(input({ lines, balances }));
        for (const a of statement.accounts) {
          const moved = [a.contributions, a.interest, a.transfers, a.other].reduce((s, x) => s + parseCents(x), 0);
          expect(parseCents(a.opening) + moved).toBe(parseCents(a.closing));
        }
      }),
    );
  });
});

describe('differingParts: what a check names when a statement rendered again differs', () => {
  const issued = buildStatement(input());
  const kept = { contentHash: statementHash(issued), partHashes: statementPartHashes(issued) };

  it.each<[string, Partial<StatementInput>, string[]]>([
    ['the same content', {}, []],
    ['the same content in another order', { records: [...input().records].reverse() }, []],
    ['a month paid since', { records: [...input().records, record({ period: '202512' })] }, ['months']],
    ['a renamed holder', { person: { personId: 7, name: '李明明', idMasked: '330106********001X' } }, ['holder']],
    ['another agency', { agencyName: '上城区社会保险事业管理中心' }, ['holder']],
    [
      'a later line and its closing',
      { balances: [{ fund: 'pension', opening: c(100_000), closing: c(182_621) }] },
      ['accounts'],
    ],
    [
      'more months counted',
      { cumulativeMonths: { pension: 121, medical: 60, unemployment: 0, work_injury: 12 } },
      ['cumulativeMonths'],
    ],
    ['another year', { year: 2024 }, ['header']],
  ])('%s → %j', (_label, over, expected) => {
    expect(differingParts(kept, buildStatement(input(over)))).toEqual(expected);
  });

  it('names every part when the issued statement kept no part digests', () => {
    const other = buildStatement(input({ year: 2024 }));
    expect(differingParts({ contentHash: kept.contentHash, partHashes: null }, other)).toEqual([...STATEMENT_PARTS]);
    expect(differingParts({ contentHash: kept.contentHash, partHashes: null }, issued)).toEqual([]);
  });

  it('property: the content differs exactly when some part differs', () => {
    const months = fc.array(fc.constantFrom('202501', '202502', '202503'), { maxLength: 3 });
    fc.assert(
      fc.property(months, fc.integer({ min: 0, max: 300 }), (periods, pension) => {
        const other = buildStatement(
          input({
            records: periods.map((period) => record({ period })),
            cumulativeMonths: { pension, medical: 60, unemployment: 0, work_injury: 12 },
          }),
        );
        const differs = statementHash(other) !== kept.contentHash;
        expect(differingParts(kept, other).length > 0).toBe(differs);
      }),
    );
  });
});
