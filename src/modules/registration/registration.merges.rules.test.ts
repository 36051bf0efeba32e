import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Scheme } from './registration.model.ts';
import { planMerge, type EnrolmentFact, type MergeSide } from './registration.merges.rules.ts';

const TODAY = '2026-03-02' as CalendarDate;

const job = (id: number, employerId: number, hiredOn = '2020-01-01') => ({ id, employerId, hiredOn });
const cover = (id: number, scheme: Scheme, employerId: number | null, employmentId: number | null): EnrolmentFact => ({
  id,
  scheme,
  category: employerId === null ? 'flexible' : 'employee',
  employerId,
  employmentId,
  startedOn: '2020-01-01',
  status: 'active',
  statusReason: null,
  poolingRegion: '330100',
});
const side = (over: Partial<MergeSide> = {}): MergeSide => ({
  status: 'active',
  employments: [],
  enrolments: [],
  ...over,
});

describe('planMerge: a rule table', () => {
  const table: Array<[string, MergeSide, MergeSide, string | { employments: number; enrolments: number }]> = [
    ['nothing to move', side(), side(), { employments: 0, enrolments: 0 }],
    [
      'a job with all four schemes moves',
      side(),
      side({
        employments: [job(1, 10)],
        enrolments: (['pension', 'medical', 'unemployment', 'work_injury'] as const).map((s, i) =>
          cover(i + 1, s, 10, 1),
        ),
      }),
      { employments: 1, enrolments: 4 },
    ],
    [
      'flexible pension moves next to the survivor’s employee medical',
      side({ employments: [job(5, 20)], enrolments: [cover(9, 'medical', 20, 5)] }),
      side({ enrolments: [cover(1, 'pension', null, null)] }),
      { employments: 0, enrolments: 1 },
    ],
    [
      'work injury with another employer is no clash',
      side({ employments: [job(5, 20)], enrolments: [cover(9, 'work_injury', 20, 5)] }),
      side({ employments: [job(1, 10)], enrolments: [cover(1, 'work_injury', 10, 1)] }),
      { employments: 1, enrolments: 1 },
    ],
    [
      'same scheme open on both',
      side({ enrolments: [cover(9, 'pension', null, null)] }),
      side({ employments: [job(1, 10)], enrolments: [cover(1, 'pension', 10, 1), cover(2, 'medical', 10, 1)] }),
      'person_merge_conflict',
    ],
    [
      'same employer on both',
      side({ employments: [job(5, 10)] }),
      side({ employments: [job(1, 10)] }),
      'person_merge_conflict',
    ],
    ['survivor deceased', side({ status: 'deceased' }), side(), 'person_merge_not_active'],
    ['merged record already merged', side(), side({ status: 'merged' }), 'person_merge_not_active'],
  ];
  it.each(table)('%s', (_name, survivor, merged, expected) => {
    const plan = planMerge(survivor, merged, TODAY);
    if (typeof expected === 'string') expect(plan.ok ? 'ok' : plan.code).toBe(expected);
    else {
      expect(plan.ok).toBe(true);
      if (plan.ok)
        expect({ employments: plan.employments.length, enrolments: plan.enrolments.length }).toEqual(expected);
    }
  });

  it('lists every conflicting scheme and employer', () => {
    const plan = planMerge(
      side({
        employments: [job(5, 10)],
        enrolments: [cover(9, 'pension', 10, 5), cover(8, 'work_injury', 10, 5)],
      }),
      side({
        employments: [job(1, 10)],
        enrolments: [cover(1, 'work_injury', 10, 1), cover(2, 'pension', 10, 1), cover(3, 'medical', 10, 1)],
      }),
      TODAY,
    );
    expect(plan).toEqual({
      ok: false,
      code: 'person_merge_conflict',
      details: { schemes: ['pension', 'work_injury'], employerIds: [10] },
    });
  });

  it('ends the merged record today, or the day after a hire that is later, and keeps the dates', () => {
    const plan = planMerge(
      side(),
      side({
        employments: [job(1, 10, '2019-05-01'), job(2, 11, '2026-03-02')],
        enrolments: [
          { ...cover(1, 'pension', 10, 1), startedOn: '2019-05-01' },
          { ...cover(2, 'work_injury', 11, 2), startedOn: '2026-03-05', status: 'suspended' },
          { ...cover(3, 'medical', null, null), startedOn: '2021-07-01' },
        ],
      }),
      TODAY,
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.employments.map((e) => [e.id, e.hiredOn, e.separatedOn])).toEqual([
      [1, '2019-05-01', '2026-03-02'],
      [2, '2026-03-02', '2026-03-03'],
    ]);
    expect(plan.enrolments.map((e) => [e.id, e.startedOn, e.endedOn, e.status])).toEqual([
      [1, '2019-05-01', '2026-03-02', 'active'],
      [2, '2026-03-05', '2026-03-05', 'suspended'],
      [3, '2021-07-01', '2026-03-02', 'active'],
    ]);
  });

  it('crashes on an open employee enrolment without its active employment (a broken invariant)', () => {
    expect(() => planMerge(side(), side({ enrolments: [cover(1, 'pension', 10, 99)] }), TODAY)).toThrow(
      /no active employment/,
    );
  });
});
