import { describe, expect, it } from 'vitest';
import { dayOfWeek, diffDays } from './calendar-date.ts';
import { nationalHolidays } from './holidays.ts';

/** Each block as the notices print it: name, first and last day off, length, make-up days. */
const notices: [number, string, string, string, number, string[]][] = [
  [2024, '元旦', '2024-01-01', '2024-01-01', 1, []],
  [2024, '春节', '2024-02-10', '2024-02-17', 8, ['2024-02-04', '2024-02-18']],
  [2024, '清明节', '2024-04-04', '2024-04-06', 3, ['2024-04-07']],
  [2024, '劳动节', '2024-05-01', '2024-05-05', 5, ['2024-04-28', '2024-05-11']],
  [2024, '端午节', '2024-06-10', '2024-06-10', 1, []],
  [2024, '中秋节', '2024-09-15', '2024-09-17', 3, ['2024-09-14']],
  [2024, '国庆节', '2024-10-01', '2024-10-07', 7, ['2024-09-29', '2024-10-12']],
  [2025, '元旦', '2025-01-01', '2025-01-01', 1, []],
  [2025, '春节', '2025-01-28', '2025-02-04', 8, ['2025-01-26', '2025-02-08']],
  [2025, '清明节', '2025-04-04', '2025-04-06', 3, []],
  [2025, '劳动节', '2025-05-01', '2025-05-05', 5, ['2025-04-27']],
  [2025, '端午节', '2025-05-31', '2025-06-02', 3, []],
  [2025, '国庆节、中秋节', '2025-10-01', '2025-10-08', 8, ['2025-09-28', '2025-10-11']],
  [2026, '元旦', '2026-01-01', '2026-01-03', 3, ['2026-01-04']],
  [2026, '春节', '2026-02-15', '2026-02-23', 9, ['2026-02-14', '2026-02-28']],
  [2026, '清明节', '2026-04-04', '2026-04-06', 3, []],
  [2026, '劳动节', '2026-05-01', '2026-05-05', 5, ['2026-05-09']],
  [2026, '端午节', '2026-06-19', '2026-06-21', 3, []],
  [2026, '中秋节', '2026-09-25', '2026-09-27', 3, []],
  [2026, '国庆节', '2026-10-01', '2026-10-07', 7, ['2026-09-20', '2026-10-10']],
];

describe('national holiday data', () => {
  it('covers 2024, 2025 and 2026, each with its source notice', () => {
    expect(nationalHolidays.map((entry) => entry.year)).toEqual([2024, 2025, 2026]);
    for (const entry of nationalHolidays) expect(entry.source).toContain(`${entry.year}年部分节假日安排的通知`);
  });

  it('holds exactly the blocks of the notices', () => {
    const blocks = nationalHolidays.flatMap(({ year, blocks }) => blocks.map((block) => ({ year, block })));
    expect(blocks).toHaveLength(notices.length);
  });

  it.each(notices)('%i %s: %s to %s (%i days), make-up %j', (year, zh, first, last, length, makeUp) => {
    const entry = nationalHolidays.find((candidate) => candidate.year === year);
    const block = entry?.blocks.find((candidate) => candidate.name.zh === zh);
    expect(block).toBeDefined();
    expect(block?.firstDayOff).toBe(first);
    expect(block?.lastDayOff).toBe(last);
    expect(block && diffDays(block.firstDayOff, block.lastDayOff) + 1).toBe(length);
    expect(block?.makeUpWorkdays).toEqual(makeUp);
    expect(block?.name.en).toMatch(/^[A-Z][A-Za-z' -]+$/);
  });

  it('puts every make-up working day on a weekend', () => {
    for (const { blocks } of nationalHolidays) {
      for (const date of blocks.flatMap((block) => block.makeUpWorkdays)) expect(dayOfWeek(date)).toBeGreaterThan(5);
    }
  });
});
