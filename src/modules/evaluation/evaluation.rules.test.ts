import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { LEVELS } from './evaluation.model.ts';
import { callbackLateness, isPoor, levelOf, nextCallbackStatus, ratingStillOpen, scoreOf } from './evaluation.rules.ts';

const d = (s: string) => s as CalendarDate;

describe('levels', () => {
  it('stores 非常满意 … 非常不满意 as 5 … 1 and marks the last two as 差评', () => {
    expect(LEVELS.map(scoreOf)).toEqual([5, 4, 3, 2, 1]);
    expect([5, 4, 3, 2, 1].map(levelOf)).toEqual(LEVELS);
    expect(LEVELS.filter(isPoor)).toEqual(['dissatisfied', 'very_dissatisfied']);
    expect(() => levelOf(0)).toThrow();
  });
});

describe('deadlines of a call-back task', () => {
  it.each([
    // rated on      n   due on         provisional  why
    ['2026-03-02', 1, '2026-03-03', false, 'Monday → Tuesday'],
    ['2026-03-06', 1, '2026-03-09', false, 'Friday → Monday'],
    ['2026-03-02', 15, '2026-03-23', false, 'three weeks'],
    ['2026-09-30', 1, '2026-10-08', false, 'National Day week off'],
    ['2026-09-30', 15, '2026-10-27', false, 'National Day, make-up Saturday 10 Oct counts'],
    ['2026-02-13', 1, '2026-02-14', false, 'make-up Saturday before the Spring Festival'],
    ['2026-12-30', 1, '2026-12-31', false, 'still inside the notices'],
    ['2026-12-30', 3, '2027-01-05', true, "into 2027: New Year's Day off by statute, marked provisional"],
    ['2026-12-28', 15, '2027-01-19', true, 'into 2027, counted on the provisional calendar'],
  ] as Array<[string, number, string, boolean, string]>)(
    '%s + %i working days → %s (provisional %s): %s',
    (from, n, dueOn, provisional) => {
      expect(nationalWorkingDays.deadline(d(from), n)).toEqual({ dueOn, provisional });
    },
  );
});

describe('call-back steps', () => {
  it.each([
    ['open', 'callback', 'called_back'],
    ['called_back', 'callback', 'called_back'],
    ['called_back', 'rectify', 'rectified'],
    ['rectified', 'close', 'closed'],
    ['open', 'rectify', null],
    ['open', 'close', null],
    ['called_back', 'close', null],
    ['rectified', 'callback', null],
    ['closed', 'callback', null],
    ['closed', 'close', null],
  ] as const)('%s --%s--> %s', (status, action, next) => {
    expect(nextCallbackStatus(status, action)).toBe(next);
  });

  it.each([
    ['open', '2026-03-03', false, false],
    ['open', '2026-03-04', true, false],
    ['called_back', '2026-03-04', false, false],
    ['called_back', '2026-03-24', false, true],
    ['rectified', '2026-03-24', false, false],
  ] as const)('%s on %s: call-back late %s, rectification late %s', (status, today, callback, rectify) => {
    expect(callbackLateness({ status, callbackDueOn: '2026-03-03', rectifyDueOn: '2026-03-23' }, d(today))).toEqual({
      callbackOverdue: callback,
      rectifyOverdue: rectify,
    });
  });

  it('keeps a rating open for the configured calendar days', () => {
    expect(ratingStillOpen(d('2026-03-02'), d('2026-04-01'), 30)).toBe(true);
    expect(ratingStillOpen(d('2026-03-02'), d('2026-04-02'), 30)).toBe(false);
  });
});
