import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calcInterest } from './ledger.calc.ts';

const example = {
  openingBalance: '50000.00',
  rate: '0.0262',
  method: 'annual',
  monthlyCredits: Array.from({ length: 12 }, () => '400.00'),
};

describe('calc interest (JSON in, JSON out)', () => {
  it('answers the issue’s example with decimal strings', () => {
    expect(calcInterest(JSON.stringify(example))).toEqual({
      ok: true,
      output: {
        method: 'annual',
        rate: '0.0262',
        months: '12',
        openingBalance: '50000.00',
        credits: '4800.00',
        openingInterest: '1310.00',
        creditInterest: '68.10',
        interest: '1378.10',
        closingBalance: '56178.10',
      },
    });
  });

  it('credits pro rata with "months" (transfer out after June)', () => {
    const credits = example.monthlyCredits.map((c, i) => (i < 6 ? c : '0.00'));
    const outcome = calcInterest(
      JSON.stringify({ ...example, method: 'monthly-product', monthlyCredits: credits, months: 6 }),
    );
    expect(outcome).toMatchObject({
      ok: true,
      output: {
        months: '6',
        openingInterest: '655.00',
        creditInterest: '18.34',
        interest: '673.34',
        closingBalance: '53073.34',
      },
    });
  });

  it.each([
    ['not JSON', '{', 'invalid_json'],
    ['an unknown method', JSON.stringify({ ...example, method: 'daily' }), 'invalid_input'],
    ['eleven months', JSON.stringify({ ...example, monthlyCredits: example.monthlyCredits.slice(1) }), 'invalid_input'],
    ['a float rate', JSON.stringify({ ...example, rate: 0.0262 }), 'invalid_input'],
    ['a rate of 100 %', JSON.stringify({ ...example, rate: '1.0' }), 'invalid_input'],
    ['a third decimal', JSON.stringify({ ...example, openingBalance: '1.001' }), 'invalid_input'],
    ['a negative balance', JSON.stringify({ ...example, openingBalance: '-1.00' }), 'invalid_input'],
    ['an extra field', JSON.stringify({ ...example, year: 2025 }), 'invalid_input'],
    ['months 0', JSON.stringify({ ...example, months: 0 }), 'invalid_input'],
    ['months as text', JSON.stringify({ ...example, months: '6' }), 'invalid_input'],
    ['credits after the closing month', JSON.stringify({ ...example, months: 6 }), 'invalid_input'],
  ])('refuses %s', (_label, json, error) => {
    const outcome = calcInterest(json);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : outcome.error.error).toBe(error);
  });

  it('names the bad credit', () => {
    const credits = [...example.monthlyCredits];
    credits[3] = '4OO.00';
    const outcome = calcInterest(JSON.stringify({ ...example, monthlyCredits: credits }));
    expect(outcome.ok ? '' : outcome.error.message).toContain('monthlyCredits[3]');
  });

  it('runs as `shebao calc interest`, printing one JSON line, exit 0; exit 1 on bad input', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      'bin/shebao.mjs',
      'calc',
      'interest',
      JSON.stringify({ ...example, method: 'monthly-product' }),
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ interest: '1378.12', closingBalance: '56178.12' });
    await expect(run(process.execPath, ['bin/shebao.mjs', 'calc', 'interest', '{}'])).rejects.toMatchObject({
      code: 1,
    });
  }, 120_000);
});
