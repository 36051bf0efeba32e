import { describe, expect, it } from 'vitest';
import { calcContribution } from './contributions.calc.ts';

const params = {
  averageWage: '7127.00',
  floorRatio: '0.6',
  ceilingRatio: '3.0',
  rates: {
    pension: { employer: '0.16', employee: '0.08', accountShare: '0.08' },
    medical: { employer: '0.095', employee: '0.02', accountShare: '0.02' },
    unemployment: { employer: '0.005', employee: '0.005' },
    workInjury: { baseRate: '0.004' },
  },
  flexible: { pension: { rate: '0.20', accountShare: '0.08' }, medical: { rate: '0.10' } },
};

describe('calc contribution, explicit parameters (no database)', () => {
  it('answers the base and each amount as decimal strings', async () => {
    const outcome = await calcContribution(JSON.stringify({ wage: '8000.00', period: '202511', params, float: '1.2' }));
    expect(outcome).toEqual({
      ok: true,
      output: {
        period: '202511',
        wage: '8000.00',
        averageWage: '7127.00',
        floor: '4276.20',
        ceiling: '21381.00',
        base: '8000.00',
        schemes: {
          pension: {
            employerRate: '0.16',
            employeeRate: '0.08',
            employer: '1280.00',
            employee: '640.00',
            accountCredit: '640.00',
          },
          medical: {
            employerRate: '0.095',
            employeeRate: '0.02',
            employer: '760.00',
            employee: '160.00',
            accountCredit: '160.00',
          },
          unemployment: {
            employerRate: '0.005',
            employeeRate: '0.005',
            employer: '40.00',
            employee: '40.00',
            accountCredit: '0.00',
          },
          work_injury: {
            employerRate: '0.0048',
            employeeRate: '0',
            employer: '38.40',
            employee: '0.00',
            accountCredit: '0.00',
          },
        },
        employer: '2118.40',
        employee: '840.00',
        total: '2958.40',
      },
    });
  });

  it('clamps to the ceiling and leaves work injury out when no rate is given', async () => {
    const { rates } = params;
    const noWi = {
      ...params,
      rates: { pension: rates.pension, medical: rates.medical, unemployment: rates.unemployment },
    };
    const outcome = await calcContribution(JSON.stringify({ wage: '50000.00', period: '202511', params: noWi }));
    expect(outcome.ok && outcome.output).toMatchObject({ base: '21381.00', employer: '5559.07', employee: '2245.01' });
    expect(outcome.ok && Object.keys(outcome.output['schemes'] as object)).toEqual([
      'pension',
      'medical',
      'unemployment',
    ]);
  });

  it('assesses a flexible worker on the chosen base', async () => {
    const outcome = await calcContribution(
      JSON.stringify({ wage: '5000.00', period: '202511', params, flexible: true }),
    );
    expect(outcome.ok && outcome.output).toMatchObject({
      base: '5000.00',
      employer: '0.00',
      employee: '1500.00',
      total: '1500.00',
    });
  });

  it.each([
    ['not JSON', '{wage', 'invalid_json'],
    ['neither region nor params', JSON.stringify({ wage: '1.00', period: '202511' }), 'invalid_input'],
    [
      'both region and params',
      JSON.stringify({ wage: '1.00', period: '202511', region: '330106', params }),
      'invalid_input',
    ],
    ['a bad period', JSON.stringify({ wage: '1.00', period: '202513', params }), 'invalid_input'],
    ['a float wage', JSON.stringify({ wage: 8000, period: '202511', params }), 'invalid_input'],
    ['a negative wage', JSON.stringify({ wage: '-1.00', period: '202511', params }), 'invalid_input'],
    ['a zero wage', JSON.stringify({ wage: '0.00', period: '202511', params }), 'invalid_input'],
    ['three decimals', JSON.stringify({ wage: '1.001', period: '202511', params }), 'invalid_input'],
    ['an extra field', JSON.stringify({ wage: '1.00', period: '202511', params, year: 1 }), 'invalid_input'],
    [
      'a float rate',
      JSON.stringify({ wage: '1.00', period: '202511', params: { ...params, floorRatio: 0.6 } }),
      'invalid_input',
    ],
    [
      'region without a database',
      JSON.stringify({ wage: '1.00', period: '202511', region: '330106' }),
      'invalid_input',
    ],
    [
      'a flexible base below the floor',
      JSON.stringify({ wage: '1000.00', period: '202511', params, flexible: true }),
      'collection_flexible_base_out_of_range',
    ],
  ])('refuses %s', async (_label, json, code) => {
    const outcome = await calcContribution(json);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error['error']).toBe(code);
  });
});
