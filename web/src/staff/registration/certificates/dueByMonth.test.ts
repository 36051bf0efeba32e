import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../../../src/kernel/calendar-date.ts';
import { translate, type Translate } from '../../../i18n/index.ts';
import { countDueByMonth, dueByMonth } from './dueByMonth.ts';

const today = parseCalendarDate('2026-01-15');
const due = (...days: (string | null)[]) => days.map((verifyDueOn) => ({ verifyDueOn }));

describe('certificates due per month', () => {
  it('counts each month, overdue before today and due from today on, months in order across the year', () => {
    const months = countDueByMonth(due('2026-02-01', '2026-01-15', '2026-01-14', '2025-12-31', null), today);
    expect(months).toEqual([
      ['202512', { due: 0, overdue: 1 }],
      ['202601', { due: 1, overdue: 1 }],
      ['202602', { due: 1, overdue: 0 }],
    ]);
  });

  it('leaves out a due date that is no calendar day instead of inventing a month for it', () => {
    expect(countDueByMonth(due('2026-02-30', '2026-13-01', '20260201'), today)).toEqual([]);
  });

  it('labels the months YYYY-MM and stacks the due and the overdue bars', () => {
    const t: Translate = (key, vars) => translate('en', key, vars);
    const option = dueByMonth(due('2026-03-02', '2025-11-30'), today, t);
    expect(option.xAxis).toMatchObject({ data: ['2025-11', '2026-03'] });
    expect(option.series).toMatchObject([
      { name: translate('en', 'reg.cert.dueSoon'), data: [0, 1] },
      { name: translate('en', 'reg.cert.overdue'), data: [1, 0] },
    ]);
  });
});
