import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDecimal, mulRateHalfUp, parseCents } from '../../kernel/cents.ts';
import { parsePeriod } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import {
  assessLines,
  baseBounds,
  RISK_CLASSES,
  riskClassOf,
  undeclaredWage,
  workInjuryRate,
  type CollectionParameters,
  type RiskClass,
} from './contributions.assessment.rules.ts';
import { COLLECTION_SCHEMES, type AssessedLine } from '../collection/collection.model.ts';

const ALL_FLOATS = ['0.5', '0.8', '1.0', '1.2', '1.5'];

/** Zhejiang (demo) 2025-11: the values 0015/0023 hold for 330000 and the national defaults. */
const zhejiang2025: CollectionParameters = {
  region: '330106',
  period: parsePeriod('202511'),
  averageWage: parseCents('7127.00'),
  floorRatio: '0.6',
  ceilingRatio: '3.0',
  pension: { employer: '0.16', employee: '0.08', accountShare: '0.08' },
  medical: { employer: '0.095', employee: '0.02', accountShare: '0.02' },
  unemployment: { employer: '0.005', employee: '0.005', accountShare: '0' },
  workInjury: {
    baseRates: {
      I: '0.002',
      II: '0.004',
      III: '0.007',
      IV: '0.009',
      V: '0.011',
      VI: '0.013',
      VII: '0.016',
      VIII: '0.019',
    },
    floats: {
      I: ['1.0', '1.2', '1.5'],
      II: ALL_FLOATS,
      III: ALL_FLOATS,
      IV: ALL_FLOATS,
      V: ALL_FLOATS,
      VI: ALL_FLOATS,
      VII: ALL_FLOATS,
      VIII: ALL_FLOATS,
    },
  },
  flexible: { pension: { rate: '0.20', accountShare: '0.08' }, medical: { rate: '0.10', accountShare: '0' } },
  undeclaredRatio: '1.1',
  baseDeclaration: 'monthly',
};

/** A line as decimal strings: [base, employer, employee, account credit]. */
function money(l: AssessedLine): [string, string, string, string] {
  return [
    centsToDecimal(l.base),
    centsToDecimal(l.employer),
    centsToDecimal(l.employee),
    centsToDecimal(l.accountCredit),
  ];
}

function employee(wage: string, params = zhejiang2025, riskClass: RiskClass = 'I', float = '1') {
  const lines = assessLines(params, [
    { kind: 'employee', personId: 1, wage: parseCents(wage), schemes: COLLECTION_SCHEMES, riskClass, float },
  ]);
  return Object.fromEntries(lines.map((l) => [l.scheme, money(l)]));
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  return 'none';
}

describe('floor and ceiling', () => {
  it('are the average wage × the ratios, rounded half-up to the fen', () => {
    expect(baseBounds(zhejiang2025)).toEqual({ floor: parseCents('4276.20'), ceiling: parseCents('21381.00') });
    expect(baseBounds({ averageWage: parseCents('6664.01'), floorRatio: '0.6', ceilingRatio: '3' })).toEqual({
      floor: parseCents('3998.41'), // 3998.406 → .41
      ceiling: parseCents('19992.03'),
    });
  });
});

describe('scenario table: employees, Zhejiang 2025-11, class I, no float', () => {
  // wage → per scheme [base, employer, employee, account credit]
  it.each([
    [
      'below the floor: the floor is the base',
      '3000.00',
      {
        pension: ['4276.20', '684.19', '342.10', '342.10'],
        medical: ['4276.20', '406.24', '85.52', '85.52'],
        unemployment: ['4276.20', '21.38', '21.38', '0.00'],
        work_injury: ['4276.20', '8.55', '0.00', '0.00'],
      },
    ],
    [
      'exactly the floor',
      '4276.20',
      {
        pension: ['4276.20', '684.19', '342.10', '342.10'],
        medical: ['4276.20', '406.24', '85.52', '85.52'],
        unemployment: ['4276.20', '21.38', '21.38', '0.00'],
        work_injury: ['4276.20', '8.55', '0.00', '0.00'],
      },
    ],
    [
      'mid: the wage is the base',
      '8000.00',
      {
        pension: ['8000.00', '1280.00', '640.00', '640.00'],
        medical: ['8000.00', '760.00', '160.00', '160.00'],
        unemployment: ['8000.00', '40.00', '40.00', '0.00'],
        work_injury: ['8000.00', '16.00', '0.00', '0.00'],
      },
    ],
    [
      'odd fen round per component, half-up',
      '8888.88',
      {
        pension: ['8888.88', '1422.22', '711.11', '711.11'], // 1422.2208, 711.1104
        medical: ['8888.88', '844.44', '177.78', '177.78'], // 844.4436, 177.7776
        unemployment: ['8888.88', '44.44', '44.44', '0.00'], // 44.4444
        work_injury: ['8888.88', '17.78', '0.00', '0.00'], // 17.77776
      },
    ],
    [
      'above the ceiling: the ceiling is the base',
      '30000.00',
      {
        pension: ['21381.00', '3420.96', '1710.48', '1710.48'],
        medical: ['21381.00', '2031.20', '427.62', '427.62'], // 2031.195 → .20
        unemployment: ['21381.00', '106.91', '106.91', '0.00'], // 106.905 → .91
        work_injury: ['21381.00', '42.76', '0.00', '0.00'], // 42.762
      },
    ],
  ])('%s (wage %s)', (_label, wage, expected) => {
    expect(employee(wage)).toEqual(expected);
  });
});

describe('work-injury rate: class base rate × the employer float, exact', () => {
  it.each([
    // class, float, exact rate, amount on a base of 8000.00
    ['I', '1', '0.002', '16.00'],
    ['I', '1.2', '0.0024', '19.20'],
    ['I', '1.5', '0.003', '24.00'],
    ['II', '0.5', '0.002', '16.00'],
    ['II', '0.8', '0.0032', '25.60'],
    ['III', '1.2', '0.0084', '67.20'],
    ['IV', '0.8', '0.0072', '57.60'],
    ['V', '1.5', '0.0165', '132.00'],
    ['VI', '0.5', '0.0065', '52.00'],
    ['VII', '1.2', '0.0192', '153.60'],
    ['VIII', '1.5', '0.0285', '228.00'],
  ] as const)('class %s float %s → rate %s, %s', (cls, float, rate, amount) => {
    expect(workInjuryRate(zhejiang2025, cls, float)).toBe(rate);
    expect(employee('8000.00', zhejiang2025, cls, float)['work_injury']).toEqual(['8000.00', amount, '0.00', '0.00']);
  });

  it('accepts every multiplier each class allows', () => {
    for (const cls of RISK_CLASSES)
      for (const float of zhejiang2025.workInjury!.floats[cls])
        expect(() => workInjuryRate(zhejiang2025, cls, float)).not.toThrow();
  });

  it.each([
    ['I', '0.5'],
    ['I', '0.8'],
    ['III', '1.3'],
    ['VIII', '2'],
  ] as const)('refuses a float the class does not allow (%s × %s)', (cls, float) => {
    expect(codeOf(() => workInjuryRate(zhejiang2025, cls, float))).toBe('collection_rate_float_not_allowed');
  });

  it('maps the stored class numbers 1–8 and refuses others', () => {
    expect(riskClassOf(1)).toBe('I');
    expect(riskClassOf(8)).toBe('VIII');
    expect(codeOf(() => riskClassOf(0))).toBe('collection_risk_class_invalid');
    expect(codeOf(() => riskClassOf(9))).toBe('collection_risk_class_invalid');
  });
});

describe('the 110 % rule', () => {
  it.each([
    ['8000.00', '8800.00'],
    ['9999.99', '10999.99'], // 10999.989
    ['0.05', '0.06'], // 0.055 → half-up
  ])('last declared %s → assessed wage %s', (last, assessed) => {
    expect(centsToDecimal(undeclaredWage(parseCents(last), '1.1'))).toBe(assessed);
  });

  it('is refused where the ratio is not in force (before 2011-07-01)', () => {
    expect(codeOf(() => undeclaredWage(parseCents('8000.00'), null))).toBe('collection_undeclared_ratio_missing');
  });
});

describe('period changes of rates (the parameters of each period)', () => {
  const april2019 = {
    ...zhejiang2025,
    period: parsePeriod('201904'),
    pension: { employer: '0.20', employee: '0.08', accountShare: '0.08' },
  };
  const may2019 = { ...zhejiang2025, period: parsePeriod('201905') };
  const y2005 = {
    ...zhejiang2025,
    period: parsePeriod('200512'),
    pension: { employer: '0.20', employee: '0.08', accountShare: '0.11' },
  };

  it.each([
    ['2019-04: employer pension 20 %', april2019, ['8000.00', '1600.00', '640.00', '640.00']],
    ['2019-05: employer pension 16 %', may2019, ['8000.00', '1280.00', '640.00', '640.00']],
    ['2005: account share 11 % of the base', y2005, ['8000.00', '1600.00', '640.00', '880.00']],
  ] as const)('%s', (_label, params, pension) => {
    expect(employee('8000.00', params)['pension']).toEqual(pension);
  });
});

describe('flexible workers', () => {
  const flexible = (base: string, chosen = true) =>
    assessLines(zhejiang2025, [
      { kind: 'flexible', personId: 7, base: parseCents(base), chosen, schemes: COLLECTION_SCHEMES },
    ]).map((l) => [l.scheme, ...money(l), l.employerRate, l.employeeRate]);

  it('pay everything themselves on the chosen base: pension 20 % (8 % to the account), medical 10 %', () => {
    expect(flexible('5000.00')).toEqual([
      ['pension', '5000.00', '0.00', '1000.00', '400.00', '0', '0.20'],
      ['medical', '5000.00', '0.00', '500.00', '0.00', '0', '0.10'],
    ]);
  });

  it.each(['4276.20', '21381.00'])('may choose the floor or the ceiling (%s)', (base) => {
    expect(flexible(base)[0]![1]).toBe(base);
  });

  it.each(['4276.19', '21381.01', '100.00'])('refuses a chosen base outside [floor, ceiling] (%s)', (base) => {
    expect(codeOf(() => flexible(base))).toBe('collection_flexible_base_out_of_range');
  });

  it('clamps an assessed (not chosen) base', () => {
    expect(flexible('30000.00', false)[0]![1]).toBe('21381.00');
  });
});

describe('property: amounts', () => {
  const rate = fc.constantFrom('0', '0.005', '0.02', '0.08', '0.095', '0.16', '0.20', '0.11', '0.0333');
  const params = fc.record({
    averageWage: fc.integer({ min: 100_00, max: 50_000_00 }),
    floorRatio: fc.constantFrom('0.4', '0.6', '0.65'),
    ceilingRatio: fc.constantFrom('1', '3.0', '3.5'),
    employer: rate,
    employee: rate,
    accountShare: rate,
  });

  it('are never negative, each amount is its rounded component, the base lies within floor..ceiling', () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom(...RISK_CLASSES),
        (p, wage, cls) => {
          const rates = { employer: p.employer, employee: p.employee, accountShare: p.accountShare };
          const params: CollectionParameters = {
            ...zhejiang2025,
            averageWage: parseCents(centsToDecimal(p.averageWage as never)),
            floorRatio: p.floorRatio,
            ceilingRatio: p.ceilingRatio,
            pension: rates,
            medical: rates,
            unemployment: rates,
          };
          const { floor, ceiling } = baseBounds(params);
          const lines = assessLines(params, [
            {
              kind: 'employee',
              personId: 1,
              wage: wage as never,
              schemes: COLLECTION_SCHEMES,
              riskClass: cls,
              float: '1',
            },
          ]);
          for (const l of lines) {
            expect(l.base).toBeGreaterThanOrEqual(floor);
            expect(l.base).toBeLessThanOrEqual(ceiling);
            for (const amount of [l.employer, l.employee, l.accountCredit]) expect(amount).toBeGreaterThanOrEqual(0);
            expect(l.employer + l.employee).toBe(
              mulRateHalfUp(l.base, l.employerRate) + mulRateHalfUp(l.base, l.employeeRate),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
