import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import { periodsBetween, retirementPeriod, schemesAllowed } from './arrears.back-payments.rules.ts';
import { deferralStatusOn, deferredRanges, type DeferralTerm } from '../collection/collection.deferrals.rules.ts';

const d = (s: string) => s as CalendarDate;
const p = (s: string) => s as Period;

describe('retirementPeriod (RULES §1, NPC decision 2024)', () => {
  it.each([
    ['1960-05-10', 'male', '202005', 'born before 1965: 60'],
    ['1965-01-15', 'male', '202502', 'first month of 1965: one month later'],
    ['1965-05-01', 'male', '202507', 'k = 4: two months later'],
    ['1976-12-01', 'male', '203912', 'capped at 36 months: 63'],
    ['1968-08-15', 'female', '202308', 'women (staff, 55) born before 1970'],
    ['1970-01-20', 'female', '202502', 'women 1970-01: one month later'],
  ] as const)('%s %s → %s (%s)', (birth, gender, expected, _why) => {
    expect(retirementPeriod(d(birth), gender)).toBe(expected);
  });
});

describe('periodsBetween and schemesAllowed', () => {
  it('lists every month, across a year end', () => {
    expect(periodsBetween(p('202411'), p('202502'))).toEqual(['202411', '202412', '202501', '202502']);
    expect(periodsBetween(p('202502'), p('202411'))).toEqual([]);
  });

  it.each([
    ['back_payment', true, ['pension', 'unemployment'], true],
    ['back_payment', false, ['pension', 'medical'], true],
    ['back_payment', false, ['work_injury'], false],
    ['back_payment', true, [], false],
    ['back_payment', true, ['pension', 'pension'], false],
    ['extension', false, ['pension'], true],
    ['extension', false, ['pension', 'medical'], false],
  ] as const)('%s with employer %s, %j → %s', (kind, employer, schemes, expected) => {
    expect(schemesAllowed(kind, employer, schemes)).toBe(expected);
  });
});

describe('deferral rules', () => {
  const term: DeferralTerm = {
    id: 1,
    agreementNo: 'HJ2026030200000001',
    fromPeriod: p('202510'),
    toPeriod: p('202511'),
    payBy: d('2026-04-30'),
    status: 'active',
  };

  it('relieves the covered periods from their late-fee start to the pay-by date', () => {
    expect(deferredRanges([term], p('202511'))).toEqual([{ from: '2025-12-01', to: '2026-04-30' }]);
    expect(deferredRanges([term], p('202512'))).toEqual([]);
  });

  it.each([
    ['active', '2026-04-30', '2026-03-02', true, 'active'],
    ['active', '2026-03-01', '2026-03-02', true, 'breached'],
    ['active', '2026-03-01', '2026-03-02', false, 'completed'],
    ['active', '2026-04-30', '2026-03-02', false, 'completed'],
    ['cancelled', '2026-03-01', '2026-03-02', true, 'cancelled'],
    ['proposed', '2026-03-01', '2026-03-02', true, 'proposed'],
  ] as const)('%s, pay by %s, on %s, arrears left %s → %s', (stored, payBy, on, left, expected) => {
    expect(deferralStatusOn(stored, d(payBy), d(on), left)).toBe(expected);
  });
});
