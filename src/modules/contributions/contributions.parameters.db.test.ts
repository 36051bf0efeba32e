import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { parseCents } from '../../kernel/cents.ts';
import { parsePeriod } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { calcContribution } from './contributions.calc.ts';
import { collectionParameters, parametersCache } from './contributions.parameters.ts';

let t: TestContext;

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  return 'none';
}

beforeAll(async () => {
  t = await testContext();
  // A test province ('990000', not a real code) with average wages before and after the 2019 and
  // 2006 rate changes, so the national defaults' period changes show through.
  await t.ctx.db
    .insertInto('policy_parameters')
    .values(
      [
        ['2005-01-01', '1500.00'],
        ['2006-01-01', '1700.00'],
        ['2011-01-01', '3000.00'],
        ['2019-01-01', '6000.00'],
      ].map(([validFrom, wage]) => ({
        region_code: '990000',
        key: 'base.average_monthly_wage',
        kind: 'money',
        valid_from: validFrom!,
        value: wage!,
        basis: 'test',
      })),
    )
    .execute();
});
afterAll(() => t.dispose());

describe('collectionParameters', () => {
  it('reads Zhejiang 2025-11 (demo province values over the national defaults)', async () => {
    const p = await collectionParameters(t.ctx.db, '330106', parsePeriod('202511'));
    expect(p).toMatchObject({
      region: '330106',
      averageWage: parseCents('7127.00'),
      floorRatio: '0.6',
      ceilingRatio: '3.0',
      pension: { employer: '0.16', employee: '0.08', accountShare: '0.08' },
      medical: { employer: '0.095', employee: '0.02', accountShare: '0.02' },
      unemployment: { employer: '0.005', employee: '0.005', accountShare: '0' },
      flexible: { pension: { rate: '0.20', accountShare: '0.08' }, medical: { rate: '0.10', accountShare: '0' } },
      undeclaredRatio: '1.1',
      baseDeclaration: 'monthly',
    });
    expect(p.workInjury?.baseRates.III).toBe('0.007');
    expect(p.workInjury?.floats.I).toEqual(['1.0', '1.2', '1.5']);
  });

  it('takes each parameter in force on the first day of the period', async () => {
    const at = (period: string) => collectionParameters(t.ctx.db, '990100', parsePeriod(period));
    expect((await at('201904')).pension.employer).toBe('0.20');
    expect((await at('201905')).pension.employer).toBe('0.16');
    expect((await at('201904')).unemployment).toMatchObject({ employer: '0.02', employee: '0.01' });
    expect((await at('200512')).pension.accountShare).toBe('0.11');
    expect((await at('200601')).pension.accountShare).toBe('0.08');
    expect((await at('200601')).averageWage).toBe(parseCents('1700.00'));
  });

  it('has no 110 % rule, no medical account share, no work-injury tables where none were in force', async () => {
    const p = await collectionParameters(t.ctx.db, '990000', parsePeriod('201106'));
    expect(p.undeclaredRatio).toBeNull();
    expect(p.workInjury).toBeNull();
    expect(p.medical.accountShare).toBe('0');
    expect((await collectionParameters(t.ctx.db, '990000', parsePeriod('201107'))).undeclaredRatio).toBe('1.1');
  });

  it('refuses a region without an average wage, naming the key', async () => {
    expect(await codeOf(() => collectionParameters(t.ctx.db, '110000', parsePeriod('202511')))).toBe(
      'collection_parameter_missing',
    );
    expect(await codeOf(() => collectionParameters(t.ctx.db, '330106', parsePeriod('202106')))).toBe(
      'collection_parameter_missing',
    );
  });

  it('reads each (region, period) once per cache', async () => {
    const cache = parametersCache();
    const a = collectionParameters(t.ctx.db, '330106', parsePeriod('202511'), cache);
    const b = collectionParameters(t.ctx.db, '330106', parsePeriod('202511'), cache);
    expect(a).toBe(b);
    expect(cache.size).toBe(1);
  });
});

describe('calc contribution with a region (parameters from the database)', () => {
  const source = (region: string, period: ReturnType<typeof parsePeriod>) =>
    collectionParameters(t.ctx.db, region, period);

  it('assesses 8000.00 in Hangzhou 2025-11, class III with a float of 1.2', async () => {
    const outcome = await calcContribution(
      JSON.stringify({ wage: '8000.00', period: '202511', region: '330106', riskClass: 3, float: '1.2' }),
      source,
    );
    expect(outcome.ok && outcome.output).toMatchObject({
      region: '330106',
      base: '8000.00',
      floor: '4276.20',
      ceiling: '21381.00',
      schemes: { work_injury: { employerRate: '0.0084', employer: '67.20' } },
      employer: '2147.20',
      employee: '840.00',
    });
  });

  it('answers the named refusal of a missing parameter', async () => {
    const outcome = await calcContribution(
      JSON.stringify({ wage: '8000.00', period: '202511', region: '110000' }),
      source,
    );
    expect(!outcome.ok && outcome.error['error']).toBe('collection_parameter_missing');
  });
});
