import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import {
  announcementText,
  chinaDayStart,
  estimateWaitMinutes,
  hoursOn,
  issuingAt,
  minuteOfDay,
  refuseCaseLink,
  refuseTicketAction,
  secondsBetween,
  statsRange,
  ticketCode,
} from './queue.rules.ts';

const d = (s: string) => s as CalendarDate;
const HOURS = [
  { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
  { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
  { days: [6], open: '09:00', close: '12:00' },
];

describe('ticket codes', () => {
  it.each([
    ['A', 1, 'A001'],
    ['B', 42, 'B042'],
    ['Z', 999, 'Z999'],
  ])('%s %i is %s', (letter, number, code) => expect(ticketCode(letter, number)).toBe(code));
});

describe('opening hours of a day', () => {
  it.each([
    ['a Monday', '2026-03-02', [HOURS[1], HOURS[0]]],
    ['a Saturday', '2026-03-07', [HOURS[2]]],
    ['a Sunday', '2026-03-08', []],
    ['a weekday of the Spring Festival days off', '2026-02-16', []],
    ['a Saturday of National Day days off', '2026-10-03', []],
    ['a make-up working Sunday (Monday hours)', '2026-09-20', [HOURS[1], HOURS[0]]],
    ['a make-up working Saturday (Monday hours, not Saturday hours)', '2026-02-14', [HOURS[1], HOURS[0]]],
    ['the Spring Festival eve of 2027, before its notice (provisional)', '2027-02-05', []],
    ['the day after the provisional Spring Festival of 2027', '2027-02-09', [HOURS[1], HOURS[0]]],
  ])('%s', (_name, day, expected) => {
    expect(hoursOn(d(day), HOURS)).toEqual(expected.map((h) => ({ open: h!.open, close: h!.close })));
  });
});

describe('issuing tickets', () => {
  const monday = hoursOn(d('2026-03-02'), HOURS);
  // 09:00 China is 01:00 UTC.
  it.each([
    ['2026-03-02T00:29:59Z', false, 'before 08:30'],
    ['2026-03-02T00:30:00Z', true, '30 minutes before opening'],
    ['2026-03-02T03:59:00Z', true, 'the last minute of the morning'],
    ['2026-03-02T04:00:00Z', false, 'at closing, 12:00'],
    ['2026-03-02T05:00:00Z', true, '13:00, 30 minutes before the afternoon'],
    ['2026-03-02T09:00:00Z', false, '17:00'],
    ['2026-03-02T16:10:00Z', false, 'ten past midnight'],
  ])('%s: %s (%s)', (instant, expected) => {
    expect(issuingAt(new Date(instant), monday)).toBe(expected);
  });

  it('counts minutes in China time across the UTC date line', () => {
    expect(minuteOfDay(new Date('2026-03-02T16:00:00Z'))).toBe(0);
    expect(minuteOfDay(new Date('2026-03-02T15:59:00Z'))).toBe(23 * 60 + 59);
  });
});

describe('estimated wait', () => {
  it.each([
    [0, 300, 3, 0],
    [1, 300, 3, 2],
    [6, 300, 3, 10],
    [5, 600, 1, 50],
    [1, 45, 2, 1],
    [4, 300, 0, null],
  ])('%i ahead, %is each, %i windows: %s minutes', (ahead, seconds, windows, expected) => {
    expect(estimateWaitMinutes(ahead, seconds, windows)).toBe(expected);
  });
});

describe('day bounds and statistics ranges', () => {
  it('starts a China day at 16:00 UTC the day before', () => {
    expect(chinaDayStart(d('2026-03-02')).toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('covers whole days, half-open', () => {
    expect(statsRange(d('2026-03-02'), d('2026-03-03'))).toEqual({
      from: new Date('2026-03-01T16:00:00Z'),
      to: new Date('2026-03-03T16:00:00Z'),
    });
  });

  it.each([
    ['2026-03-03', '2026-03-02'],
    ['2025-01-01', '2026-01-02'],
  ])('refuses %s to %s', (from, to) => expect(statsRange(d(from), d(to))).toBeNull());

  it('allows 366 days', () => expect(statsRange(d('2024-01-01'), d('2024-12-31'))).not.toBeNull());
});

describe('ticket actions', () => {
  const today = d('2026-03-02');
  const called = { status: 'called' as const, day: '2026-03-02', recallCount: 0 };
  it.each([
    [called, 'recall', null],
    [called, 'no_show', null],
    [called, 'start', null],
    [called, 'finish', 'ticket_not_serving'],
    [{ ...called, recallCount: 5 }, 'recall', 'ticket_recall_limit'],
    [{ ...called, recallCount: 5 }, 'no_show', null],
    [{ ...called, status: 'waiting' as const }, 'finish', 'ticket_not_serving'],
    [{ ...called, status: 'waiting' as const }, 'recall', 'ticket_not_called'],
    [{ ...called, status: 'serving' as const }, 'finish', null],
    [{ ...called, status: 'serving' as const }, 'start', 'ticket_not_called'],
    [{ ...called, status: 'done' as const }, 'recall', 'ticket_not_called'],
    [{ ...called, status: 'no_show' as const }, 'start', 'ticket_not_called'],
    [{ ...called, day: '2026-03-01' }, 'recall', 'ticket_expired'],
    [{ ...called, day: '2026-03-01', status: 'serving' as const }, 'finish', null],
  ] as const)('%o %s → %s', (ticket, action, expected) => {
    expect(refuseTicketAction(ticket, action, today)).toBe(expected);
  });

  it.each([
    ['waiting', null, 7, 'ticket_not_served'],
    ['no_show', null, 7, 'ticket_not_served'],
    ['called', null, 7, null],
    ['serving', null, 7, null],
    ['done', null, 7, null],
    ['done', 7, 7, 'same'],
    ['done', 8, 7, 'ticket_case_already_linked'],
  ] as const)('links case to a %s ticket with case %s → %s', (status, caseId, wanted, expected) => {
    expect(refuseCaseLink({ status, caseId }, wanted)).toBe(expected);
  });
});

it('reads out a call and measures seconds', () => {
  expect(announcementText('A003', '01')).toEqual({
    textZh: '请 A003 号到 01 号窗口办理',
    textEn: 'Ticket A003, please go to window 01',
  });
  expect(secondsBetween(new Date('2026-03-02T01:00:00Z'), new Date('2026-03-02T01:05:00.400Z'))).toBe(300);
  expect(secondsBetween(null, new Date())).toBeNull();
});
