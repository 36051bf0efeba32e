import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calcLateFee } from './collection.late-fee.calc.ts';

const example = { arrears: '3250.00', period: '202403', assessedOn: '2024-06-15' };

describe('calc late-fee (JSON in, JSON out)', () => {
  it('answers the issue’s example', () => {
    expect(calcLateFee(JSON.stringify(example))).toMatchObject({
      ok: true,
      output: { days: 75, lateFee: '121.88', start: '2024-04-01', end: '2024-06-14', deferredDays: 0 },
    });
  });

  it('uses explicit rates and deferrals', () => {
    const outcome = calcLateFee(
      JSON.stringify({
        ...example,
        rates: [{ validFrom: '2000-01-01', rate: '0.001' }],
        deferred: [{ from: '2024-04-01', to: '2024-04-30' }],
      }),
    );
    // 3250.00 × 0.1 % × 45 days = 146.25
    expect(outcome).toMatchObject({ ok: true, output: { days: 45, lateFee: '146.25', deferredDays: 30 } });
  });

  it.each([
    ['not JSON', '{"arrears":', 'invalid_json'],
    ['a negative amount', JSON.stringify({ ...example, arrears: '-1.00' }), 'invalid_input'],
    ['three decimals', JSON.stringify({ ...example, arrears: '1.001' }), 'invalid_input'],
    ['a bad period', JSON.stringify({ ...example, period: '202413' }), 'invalid_input'],
    ['a bad date', JSON.stringify({ ...example, assessedOn: '2024-02-30' }), 'invalid_input'],
    [
      'a float rate',
      JSON.stringify({ ...example, rates: [{ validFrom: '2000-01-01', rate: 0.0005 }] }),
      'invalid_input',
    ],
    ['no rates', JSON.stringify({ ...example, rates: [] }), 'invalid_input'],
    ['an extra field', JSON.stringify({ ...example, region: '110000' }), 'invalid_input'],
  ])('refuses %s', (_label, json, error) => {
    const outcome = calcLateFee(json);
    expect(outcome.ok ? null : outcome.error.error).toBe(error);
  });

  it('runs as `shebao calc late-fee`, printing one JSON line, exit 0; exit 1 on bad input', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['bin/shebao.mjs', 'calc', 'late-fee', JSON.stringify(example)]);
    expect(JSON.parse(stdout)).toMatchObject({ days: 75, lateFee: '121.88' });
    await expect(run(process.execPath, ['bin/shebao.mjs', 'calc', 'late-fee', '{'])).rejects.toMatchObject({
      code: 1,
    });
  }, 120_000);
});
