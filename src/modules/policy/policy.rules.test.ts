import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { ParameterRow, PolicyKey, PolicyKind } from './policy.model.ts';
import {
  checkValue,
  compareDecimals,
  isKeyShaped,
  isRegionCode,
  pickInForce,
  refuseStep,
  regionChain,
  regionScopeOf,
  regionWithinAgency,
  stepsOf,
  validFromInRange,
} from './policy.rules.ts';

const d = (s: string) => s as CalendarDate;

describe('regionChain', () => {
  it.each([
    ['330106', ['330106', '330100', '330000', '000000']],
    ['330100', ['330100', '330000', '000000']],
    ['330000', ['330000', '000000']],
    ['000000', ['000000']],
    ['110101', ['110101', '110100', '110000', '000000']],
  ])('%s → %j', (region, chain) => {
    expect(regionChain(region)).toEqual(chain);
  });

  it.each([
    ['330106', true],
    ['000000', true],
    ['33010', false],
    ['3301061', false],
    ['33010a', false],
    ['', false],
    ['３３０１０６', false],
  ])('isRegionCode(%j) = %s', (code, ok) => {
    expect(isRegionCode(code)).toBe(ok);
  });
});

let nextId = 1;
function row(region: string, validFrom: string, value: string, revision = 1): ParameterRow {
  return {
    id: nextId++,
    region,
    key: 'k',
    kind: 'rate',
    validFrom: d(validFrom),
    revision,
    supersedes: revision > 1 ? 0 : null,
    value,
    basis: 'test',
    changeId: null,
    createdAt: new Date(0),
  };
}

const ROWS = [
  row('000000', '1998-01-01', '0.20'),
  row('000000', '2019-05-01', '0.16'),
  row('330000', '2022-01-01', '0.14'),
  row('330100', '2024-07-01', '0.15'),
  row('330100', '2024-07-01', '0.155', 2),
  row('330106', '2030-01-01', '0.10'),
];

describe('pickInForce: latest valid_from ≤ on, most specific region first', () => {
  it.each([
    ['330106', '1997-12-31', null, null],
    ['330106', '1998-01-01', '0.20', '000000'],
    ['330106', '2019-04-30', '0.20', '000000'],
    ['330106', '2019-05-01', '0.16', '000000'],
    ['330106', '2022-01-01', '0.14', '330000'],
    ['330106', '2024-06-30', '0.14', '330000'],
    ['330106', '2024-07-01', '0.155', '330100'], // the higher revision of the same date wins
    ['330106', '2029-12-31', '0.155', '330100'],
    ['330106', '2030-01-01', '0.10', '330106'],
    ['330102', '2030-01-01', '0.155', '330100'], // a sibling district falls back to the city
    ['330000', '2030-01-01', '0.14', '330000'],
    ['320000', '2030-01-01', '0.16', '000000'], // another province gets the national default
    ['000000', '2030-01-01', '0.16', '000000'],
  ])('%s on %s → %s from %s', (region, on, value, from) => {
    const picked = pickInForce(ROWS, regionChain(region), d(on));
    expect(picked?.value ?? null).toBe(value);
    expect(picked?.region ?? null).toBe(from);
  });

  it('the order of the rows does not matter', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ROWS, { minLength: ROWS.length }),
        fc.integer({ min: 0, max: 60 * 366 }),
        (rows, n) => {
          const on = new Date(Date.UTC(1995, 0, 1) + n * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
          const chain = regionChain('330106');
          expect(pickInForce(rows, chain, on)).toBe(pickInForce(ROWS, chain, on));
        },
      ),
    );
  });
});

describe('stepsOf', () => {
  it('lists the value for a district over time, one step per change of value or source', () => {
    expect(stepsOf(ROWS, regionChain('330106'))).toEqual([
      { from: '1998-01-01', value: '0.20', region: '000000' },
      { from: '2019-05-01', value: '0.16', region: '000000' },
      { from: '2022-01-01', value: '0.14', region: '330000' },
      { from: '2024-07-01', value: '0.155', region: '330100' },
      { from: '2030-01-01', value: '0.10', region: '330106' },
    ]);
  });
  it('ignores regions outside the chain', () => {
    expect(stepsOf(ROWS, regionChain('320000'))).toEqual([
      { from: '1998-01-01', value: '0.20', region: '000000' },
      { from: '2019-05-01', value: '0.16', region: '000000' },
    ]);
  });
});

function key(kind: PolicyKind, extra: Partial<PolicyKey> = {}): PolicyKey {
  return {
    key: kind === 'table' ? 'work_injury.disability_subsidy_months' : `test.${kind}`,
    kind,
    insurance: 'base',
    nameZh: '',
    nameEn: '',
    unit: '',
    description: '',
    local: false,
    valueMin: null,
    valueMax: null,
    allowedValues: kind === 'text' ? ['annual', 'monthly-product'] : null,
    ...extra,
  };
}

describe('checkValue', () => {
  it.each<[string, PolicyKey, string, string | null]>([
    ['rate 0', key('rate'), '0', '0'],
    ['rate 1', key('rate'), '1', '1'],
    ['rate 6 decimals', key('rate'), '0.000123', '0.000123'],
    ['rate trailing zero kept', key('rate'), '0.20', '0.20'],
    ['rate 7 decimals', key('rate'), '0.0000001', null],
    ['rate above 1', key('rate'), '1.01', null],
    ['rate negative', key('rate'), '-0.1', null],
    ['rate leading zero', key('rate'), '00.1', null],
    ['rate percent sign', key('rate'), '16%', null],
    ['rate exponent', key('rate'), '1e-3', null],
    ['rate bare point', key('rate'), '.5', null],
    ['rate with its own ceiling', key('rate', { valueMin: '1', valueMax: '10' }), '3.0', '3.0'],
    ['rate under its own floor', key('rate', { valueMin: '1', valueMax: '10' }), '0.9', null],
    ['money normalised', key('money'), '51821', '51821.00'],
    ['money with commas', key('money'), '51,821.5', '51821.50'],
    ['money 3 decimals', key('money'), '1.001', null],
    ['money negative', key('money'), '-1.00', null],
    ['money not a number', key('money'), 'abc', null],
    ['money above max', key('money', { valueMax: '1000000' }), '1000000.01', null],
    ['integer', key('integer', { valueMin: '1', valueMax: '600' }), '180', '180'],
    ['integer below min', key('integer', { valueMin: '1', valueMax: '600' }), '0', null],
    ['integer above max', key('integer', { valueMin: '1', valueMax: '600' }), '601', null],
    ['integer decimal', key('integer'), '1.5', null],
    ['integer leading zero', key('integer'), '018', null],
    ['text allowed', key('text'), 'monthly-product', 'monthly-product'],
    ['text not allowed', key('text'), 'daily', null],
    ['text case matters', key('text'), 'Annual', null],
    [
      'table normalised',
      key('table'),
      '{ "1":27,"2":25,"3":23,"4":21,"5":18,"6":16,"7":13,"8":11,"9":9,"10":7 }',
      '{"1":27,"2":25,"3":23,"4":21,"5":18,"6":16,"7":13,"8":11,"9":9,"10":7}',
    ],
    ['table missing a grade', key('table'), '{"1":27}', null],
    [
      'table extra field',
      key('table'),
      '{"1":27,"2":25,"3":23,"4":21,"5":18,"6":16,"7":13,"8":11,"9":9,"10":7,"11":1}',
      null,
    ],
    ['table not JSON', key('table'), '{1:27', null],
    ['table without a schema', key('table', { key: 'test.table' }), '{}', null],
  ])('%s', (_name, policyKey, raw, stored) => {
    const result = checkValue(policyKey, raw);
    expect(result.ok ? result.value : null).toBe(stored);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  it('accepts every rate with at most 6 decimals in [0, 1] and nothing above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (micro) => {
        const text = micro % 1_000_000 === 0 ? String(micro / 1_000_000) : (micro / 1_000_000).toFixed(6);
        expect(checkValue(key('rate'), text).ok).toBe(micro <= 1_000_000);
      }),
    );
  });
});

describe('compareDecimals', () => {
  it.each([
    ['0.1', '0.10', 0],
    ['3.0', '3', 0],
    ['0.0005', '0.002', -1],
    ['10', '9.999999', 1],
    ['-1', '0', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(compareDecimals(a, b)).toBe(sign);
  });
});

describe('isKeyShaped', () => {
  it.each([
    ['pension.interest_rate', true],
    ['pension.rate.employer', true],
    ['pension', false],
    ['Pension.rate', false],
    ['pension.rate\u0000', false],
    ['pension..rate', false],
    [`a.${'b'.repeat(80)}`, false],
  ])('%j → %s', (key, ok) => {
    expect(isKeyShaped(key)).toBe(ok);
  });
});

describe('validFromInRange', () => {
  it.each([
    ['1989-12-31', false],
    ['1990-01-01', true],
    ['2099-12-31', true],
    ['2100-01-01', false],
  ])('%s → %s', (day, ok) => {
    expect(validFromInRange(d(day))).toBe(ok);
  });
});

describe('refuseStep: maker-checker', () => {
  it.each([
    ['pending', 1, 2, 'approve', null],
    ['pending', 1, 1, 'approve', 'policy_self_approval'],
    ['pending', 1, 1, 'reject', 'policy_self_approval'],
    ['pending', 1, 2, 'reject', null],
    ['pending', 1, 1, 'withdraw', null],
    ['pending', 1, 2, 'withdraw', 'policy_not_proposer'],
    ['approved', 1, 2, 'approve', 'policy_change_not_pending'],
    ['rejected', 1, 2, 'reject', 'policy_change_not_pending'],
    ['withdrawn', 1, 1, 'withdraw', 'policy_change_not_pending'],
  ] as const)('%s change by %i, %i tries %s → %s', (status, proposedBy, actor, step, refusal) => {
    expect(refuseStep({ status, proposedBy }, actor, step)).toBe(refusal);
  });
});

describe('regionWithinAgency: staff act within their agency subtree', () => {
  const province = { divisionCode: '330000', isRoot: false };
  const root = { divisionCode: '330000', isRoot: true };
  const city = { divisionCode: '330100', isRoot: false };
  const district = { divisionCode: '330106', isRoot: false };
  const county = { divisionCode: '330281', isRoot: false };
  const street = { divisionCode: '330106001', isRoot: false };
  const cityRoot = { divisionCode: '330100', isRoot: true };
  const national = { divisionCode: '000000', isRoot: true };
  it.each([
    ['root province', root, '000000', true],
    ['root province', root, '330000', true],
    ['root province', root, '330100', true],
    ['root province', root, '330106', true],
    ['root province', root, '330281', true],
    ['root province', root, '320100', false],
    ['root province', root, '110000', false],
    ['province below a root', province, '000000', false],
    ['province below a root', province, '330200', true],
    ['city', city, '330100', true],
    ['city', city, '330106', true],
    ['city', city, '330000', false],
    ['city', city, '330200', false],
    ['city', city, '330203', false],
    ['city', city, '000000', false],
    ['city at the root of its deployment', cityRoot, '000000', true],
    ['city at the root of its deployment', cityRoot, '330000', false],
    ['city at the root of its deployment', cityRoot, '330102', true],
    ['district', district, '330106', true],
    ['district', district, '330102', false],
    ['district', district, '330100', false],
    ['district', district, '330000', false],
    ['district', district, '000000', false],
    ['county-level city', county, '330281', true],
    ['county-level city', county, '330200', false],
    ['street (no pooling region)', street, '330106', false],
    ['national', national, '000000', true],
    ['national', national, '110101', true],
    ['root province, malformed region', root, '3301', false],
    ['root province, malformed region', root, '33010a', false],
    ['root province, malformed region', root, '', false],
  ] as const)('%s %j: %s → %s', (_name, agency, region, covered) => {
    expect(regionWithinAgency(region, agency)).toBe(covered);
  });

  it.each([
    [root, { prefix: '33', national: true }],
    [city, { prefix: '3301', national: false }],
    [district, { prefix: '330106', national: false }],
    [street, { prefix: null, national: false }],
    [
      { divisionCode: '', isRoot: false },
      { prefix: null, national: false },
    ],
  ])('regionScopeOf(%j) = %j', (agency, scope) => {
    expect(regionScopeOf(agency)).toEqual(scope);
  });
});
