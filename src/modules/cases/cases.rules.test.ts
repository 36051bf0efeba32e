import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { nationalWorkingDays as cal } from '../../kernel/working-days.ts';
import type { WorkflowSnapshot } from './cases.model.ts';
import {
  caseNumberPrefix,
  CASE_NUMBER_PATTERN,
  checkMaterialInputs,
  checkStep,
  finishedWithinPromise,
  formatCaseNumber,
  pausedWorkdaysBetween,
  planMaterials,
  promisedByText,
  promisedDeadline,
  recountedDeadline,
  remainingWorkdays,
  requiredMissing,
  slaStateOf,
  statusAfterAcceptance,
  sweepBounds,
} from './cases.rules.ts';
import { composeSlip } from './cases.slip.ts';

const d = (s: string) => s as CalendarDate;

function code(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  return 'ok';
}

describe('case numbers', () => {
  it('prints agency code, China day and a five-digit sequence', () => {
    const number = formatCaseNumber(caseNumberPrefix('330106', d('2026-03-02')), 7);
    expect(number).toBe('330106-20260302-00007');
    expect(CASE_NUMBER_PATTERN.test(number)).toBe(true);
    expect(formatCaseNumber('330106-20260302', 123_456)).toBe('330106-20260302-123456');
    expect(CASE_NUMBER_PATTERN.test('330106-2026030-00007')).toBe(false);
  });
});

describe('promised deadline: acceptance day does not count, holidays skipped, make-up days worked', () => {
  it.each([
    // accepted on, promised working days, deadline, why
    ['2025-01-24', 5, '2025-02-07', 'Spring Festival 2025: Sun 01-26 is a make-up day, 01-28…02-04 off'],
    ['2025-09-26', 3, '2025-09-30', 'Sun 2025-09-28 is a make-up day'],
    ['2025-09-30', 1, '2025-10-09', 'National Day + Mid-Autumn 2025: 10-01…10-08 off'],
    ['2025-09-30', 3, '2025-10-11', 'Sat 2025-10-11 is a make-up day'],
    ['2025-10-03', 1, '2025-10-09', 'accepted on a holiday'],
    ['2025-05-30', 1, '2025-06-03', 'Dragon Boat 2025: 05-31…06-02 off'],
    ['2025-12-31', 2, '2026-01-05', 'New Year 2026: 01-01…01-03 off, Sun 01-04 make-up'],
    ['2026-02-12', 5, '2026-02-26', 'Spring Festival 2026: Sat 02-14 make-up, 02-15…02-23 off'],
    ['2026-02-26', 2, '2026-02-28', 'Sat 2026-02-28 is a make-up day'],
    ['2026-04-30', 5, '2026-05-11', 'Labour Day 2026: 05-01…05-05 off, Sat 05-09 make-up'],
    [
      '2026-09-18',
      15,
      '2026-10-15',
      'Sun 09-20 make-up, Mid-Autumn 09-25…27, National Day 10-01…07, Sat 10-10 make-up',
    ],
    ['2026-03-02', 0, '2026-03-02', 'promised 0 (即办): due the same day'],
  ])('%s + %i working days → %s (%s)', (acceptedOn, days, due) => {
    expect(promisedDeadline(cal, d(acceptedOn), days, 0)).toEqual({ dueOn: due, provisional: false });
  });

  it('counts into a year without its notice on the provisional calendar, and says so', () => {
    // Regression: this was refused with case_calendar_not_covered, stopping intake.
    // 2027-01-01 (Friday) is New Year's Day by statute; the weekend follows.
    expect(promisedDeadline(cal, d('2026-12-21'), 15, 0)).toEqual({ dueOn: '2027-01-12', provisional: true });
    expect(promisedDeadline(cal, d('2026-12-01'), 15, 0)).toEqual({ dueOn: '2026-12-22', provisional: false });
  });

  it('refuses by name only a deadline the calendar cannot reach at all', () => {
    expect(code(() => promisedDeadline(cal, d('2100-12-20'), 15, 0))).toBe('case_calendar_not_covered');
  });

  it.each([
    [false, '2027-01-12', '承诺于2027-01-12前办结', 'promised by 2027-01-12'],
    [
      true,
      '2027-01-12',
      '承诺于2027-01-12前办结（暂定，待国务院节假日安排公布后调整）',
      'promised by 2027-01-12 (provisional',
    ],
  ])('words a deadline (provisional %s)', (provisional, dueOn, zh, en) => {
    const text = promisedByText(dueOn, provisional);
    expect(text.zh).toBe(zh);
    expect(text.en.startsWith(en)).toBe(true);
  });
});

describe('the clock stops while materials are awaited and restarts when they arrive', () => {
  it.each([
    // paused since, resumed on, working days paused = those in (since, resumed]
    ['2026-03-02', '2026-03-04', 2, 'Tue and Wed'],
    ['2026-03-02', '2026-03-02', 0, 'supplied the same day: nothing moves'],
    ['2026-02-13', '2026-02-24', 2, 'Sat 02-14 make-up and Tue 02-24; the festival is not a working day'],
    ['2025-09-26', '2025-10-09', 4, 'Sun 09-28 make-up, 09-29, 09-30, 10-09'],
    ['2026-03-07', '2026-03-09', 1, 'paused on a Saturday, resumed Monday'],
    ['2026-03-09', '2026-03-06', 0, 'a resume day before the pause day moves nothing'],
  ])('paused %s, resumed %s → %i working days (%s)', (since, resumed, days) => {
    expect(pausedWorkdaysBetween(cal, d(since), d(resumed))).toBe(days);
  });

  it.each([
    // promised, accepted, pauses [since, resumed][], final deadline
    [5, '2026-03-02', [['2026-03-02', '2026-03-04']], '2026-03-11', '容缺受理 Monday, supplied Wednesday'],
    [3, '2026-02-12', [['2026-02-12', '2026-02-24']], '2026-02-27', 'paused across the 2026 Spring Festival'],
    [5, '2025-09-24', [['2025-09-26', '2025-10-10']], '2025-10-14', '补正 across National Day 2025, Sat 10-11 worked'],
    [
      5,
      '2026-04-28',
      [
        ['2026-04-29', '2026-04-30'],
        ['2026-05-08', '2026-05-11'],
      ],
      '2026-05-12',
      'two pauses around Labour Day 2026 and its make-up Saturday',
    ],
  ])('promised %i, accepted %s, pauses %j → due %s (%s)', (promised, acceptedOn, pauses, due) => {
    const paused = (pauses as string[][]).reduce(
      (n, [since, resumed]) => n + pausedWorkdaysBetween(cal, d(since!), d(resumed!)),
      0,
    );
    expect(promisedDeadline(cal, d(acceptedOn), promised, paused).dueOn).toBe(due);
    const recounted = recountedDeadline(
      cal,
      d(acceptedOn),
      promised,
      (pauses as string[][]).map(([since, resumedOn]) => ({ since: d(since!), resumedOn: d(resumedOn!) })),
    );
    expect(recounted).toEqual({ dueOn: due, provisional: false, pausedWorkdays: paused });
  });

  it('restarting on the supply day gives the deadline of a fresh count of the days left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (offset, gap, promised) => {
          const accepted = addDays(d('2025-01-02'), offset);
          const resumed = addDays(accepted, gap);
          const due = promisedDeadline(cal, accepted, promised, pausedWorkdaysBetween(cal, accepted, resumed));
          expect(due.dueOn).toBe(cal.addWorkingDays(resumed, promised));
        },
      ),
    );
  });
});

describe('on track, due soon, overdue', () => {
  it.each([
    // due on, today, state (due soon = at most 2 working days left)
    ['2026-03-11', '2026-03-02', 'on_track'],
    ['2026-03-11', '2026-03-06', 'on_track'],
    ['2026-03-11', '2026-03-07', 'on_track'],
    ['2026-03-11', '2026-03-09', 'due_soon'],
    ['2026-03-11', '2026-03-11', 'due_soon'],
    ['2026-03-11', '2026-03-12', 'overdue'],
    ['2025-10-09', '2025-09-26', 'on_track'],
    ['2025-10-09', '2025-09-28', 'on_track'],
    ['2025-10-09', '2025-09-29', 'due_soon'],
    ['2025-10-09', '2025-10-05', 'due_soon'],
    ['2025-10-09', '2025-10-10', 'overdue'],
  ])('due %s, today %s → %s', (due, today, state) => {
    expect(slaStateOf(cal, d(due), d(today), 2)).toBe(state);
  });

  it('the two dates of the set-based sweep give exactly the same states', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 680 }),
        fc.integer({ min: -20, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        (offset, ahead, soon) => {
          const today = addDays(d('2025-01-01'), offset);
          const due = addDays(today, ahead);
          const bounds = sweepBounds(cal, today, soon);
          const swept = due < bounds.today ? 'overdue' : due < bounds.dueSoonBefore ? 'due_soon' : 'on_track';
          expect(swept).toBe(slaStateOf(cal, due, today, soon));
        },
      ),
    );
  });

  it('counts the working days left and whether a case finished in time', () => {
    expect(remainingWorkdays(cal, d('2026-03-02'), d('2026-03-11'))).toBe(7);
    expect(remainingWorkdays(cal, d('2026-03-12'), d('2026-03-11'))).toBe(-1);
    expect(finishedWithinPromise(d('2026-03-11'), d('2026-03-11'))).toBe(true);
    expect(finishedWithinPromise(d('2026-03-12'), d('2026-03-11'))).toBe(false);
    expect(finishedWithinPromise(d('2026-03-12'), null)).toBeNull();
  });
});

const workflow: WorkflowSnapshot = {
  id: 1,
  code: 'person-registration',
  version: 1,
  nameZh: '个人参保登记',
  nameEn: 'Person registration',
  statutoryDays: 10,
  promisedDays: 3,
  materials: [
    {
      code: 'id_card',
      nameZh: '居民身份证',
      nameEn: 'ID card',
      requirement: 'required',
      mediaTypes: ['image/png'],
      maxBytes: 1000,
    },
    {
      code: 'hukou',
      nameZh: '户口簿',
      nameEn: 'Household register',
      requirement: 'later',
      mediaTypes: ['image/png'],
      maxBytes: 1000,
    },
    {
      code: 'photo',
      nameZh: '照片',
      nameEn: 'Photo',
      requirement: 'optional',
      mediaTypes: ['image/png'],
      maxBytes: 1000,
    },
  ],
  steps: [
    { code: 'accept', nameZh: '受理', nameEn: 'Accept', permission: 'case.accept' },
    { code: 'review', nameZh: '复核', nameEn: 'Review', permission: 'case.review' },
    { code: 'approve', nameZh: '审批', nameEn: 'Approve', permission: 'case.approve' },
  ],
  separatedSteps: [
    ['accept', 'review'],
    ['review', 'approve'],
    ['accept', 'approve'],
  ],
  basisZh: '《社会保险法》第五十八条',
  basisEn: 'Social Insurance Law, art. 58',
  conditionsZh: '在本统筹地区就业的人员',
  conditionsEn: 'Persons employed in the pooling region',
};
const uuid = '00000000-0000-4000-8000-000000000000';

describe('materials checklist', () => {
  it.each([
    [[{ code: 'passport', uploadId: uuid }], 'case_material_unknown'],
    [
      [
        { code: 'id_card', uploadId: uuid },
        { code: 'id_card', uploadId: uuid },
      ],
      'case_material_duplicate',
    ],
    [[{ code: 'id_card' }], 'case_upload_required'],
    [[{ code: 'id_card', status: 'waived' as const, note: '免' }], 'case_material_not_waivable'],
    [[{ code: 'hukou', status: 'waived' as const }], 'case_reason_required'],
    [[{ code: 'hukou', status: 'waived' as const, note: '已核验电子户籍' }], 'ok'],
  ])('%j → %s', (inputs, expected) => {
    expect(code(() => checkMaterialInputs([workflow.materials], inputs))).toBe(expected);
  });

  it('plans received, missing and not provided; only required ones block acceptance', () => {
    const plan = planMaterials(workflow.materials, [{ code: 'id_card', uploadId: uuid }]);
    expect(plan.map((m) => [m.code, m.status])).toEqual([
      ['id_card', 'received'],
      ['hukou', 'missing'],
      ['photo', 'not_provided'],
    ]);
    expect(requiredMissing(plan)).toEqual([]);
    expect(requiredMissing(planMaterials(workflow.materials, []))).toEqual(['id_card']);
    expect(statusAfterAcceptance(1, false)).toBe('waiting_materials');
    expect(statusAfterAcceptance(0, true)).toBe('completed');
    expect(statusAfterAcceptance(0, false)).toBe('in_progress');
  });
});

describe('workflow order and maker-checker', () => {
  const clerk = { id: 1, permissions: new Set(['case.accept', 'case.review']) };
  const reviewer = { id: 2, permissions: new Set(['case.review']) };
  const approver = { id: 3, permissions: new Set(['case.approve']) };
  const accepted = { status: 'in_progress' as const, nextStep: 1, done: [{ stepCode: 'accept', staffId: 1 }] };

  it.each([
    ['the next step by the right person', accepted, reviewer, 'review', 'ok'],
    ['a step out of order', accepted, approver, 'approve', 'case_step_out_of_order'],
    ['an unknown step', accepted, approver, 'sign', 'case_step_out_of_order'],
    ['a step without its permission', accepted, approver, 'review', 'case_step_permission_missing'],
    ['reviewing what one accepted', accepted, clerk, 'review', 'case_separated_steps_same_person'],
    [
      'a step while materials are awaited',
      { ...accepted, status: 'waiting_materials' as const },
      reviewer,
      'review',
      'case_waiting_materials',
    ],
    ['a step of a closed case', { ...accepted, status: 'completed' as const }, reviewer, 'review', 'case_closed'],
    [
      'a later step before acceptance',
      { status: 'received' as const, nextStep: 0, done: [] },
      reviewer,
      'review',
      'case_step_out_of_order',
    ],
  ])('%s → %s', (_name, state, actor, step, expected) => {
    expect(code(() => checkStep(workflow, state, actor, step))).toBe(expected);
  });

  it('knows the last step', () => {
    const state = {
      status: 'in_progress' as const,
      nextStep: 2,
      done: [
        { stepCode: 'accept', staffId: 1 },
        { stepCode: 'review', staffId: 2 },
      ],
    };
    expect(checkStep(workflow, state, approver, 'approve')).toEqual({ index: 2, last: true });
  });
});

describe('one-time notification slip', () => {
  it('lists basis, conditions, every missing material, steps, time limits and deadlines in both languages', () => {
    const slip = composeSlip({
      agencyName: '西湖区社会保险管理服务中心',
      place: '西湖区社保服务大厅 01号窗口',
      ownerName: '王受理',
      date: '2026-03-02',
      applicant: { name: '张三', identifierMasked: '110105********002X' },
      cases: [
        {
          caseNumber: '330106-20260302-00001',
          workflow,
          result: 'accepted_missing',
          reason: null,
          missing: [{ nameZh: '户口簿', nameEn: 'Household register', requirement: 'later', reason: null }],
          supplyDeadline: '2026-03-09',
          dueOn: '2026-03-05',
          dueOnProvisional: false,
        },
        {
          caseNumber: '330106-20260302-00002',
          workflow,
          result: 'declined',
          reason: '不属于本统筹地区',
          missing: [{ nameZh: '居民身份证', nameEn: 'ID card', requirement: 'required', reason: null }],
          supplyDeadline: null,
          dueOn: null,
          dueOnProvisional: false,
        },
      ],
    });
    for (const text of [
      '一次性告知单',
      '330106-20260302-00001',
      '330106-20260302-00002',
      '容缺受理',
      '不予受理理由：不属于本统筹地区',
      '设定依据：《社会保险法》第五十八条',
      '受理条件：在本统筹地区就业的人员',
      '1. 户口簿（可容缺后补）',
      '1. 居民身份证（必交）',
      '补正期限：请于2026年03月09日前',
      '办理流程：受理 → 复核 → 审批',
      '承诺3个工作日，法定10个工作日',
      '首问负责人：王受理',
    ])
      expect(slip.zh).toContain(text);
    expect(slip.en).toContain('Household register (may follow later)');
    expect(slip.en).toContain('Reason for not accepting: 不属于本统筹地区');
    expect(slip.zh).not.toContain('暂定');
  });

  it('marks a promised date counted on the provisional calendar', () => {
    const slip = composeSlip({
      agencyName: '西湖区社会保险管理服务中心',
      place: null,
      ownerName: null,
      date: '2026-12-21',
      applicant: { name: '张三', identifierMasked: '110105********002X' },
      cases: [
        {
          caseNumber: '330106-20261221-00001',
          workflow,
          result: 'accepted_missing',
          reason: null,
          missing: [{ nameZh: '户口簿', nameEn: 'Household register', requirement: 'later', reason: null }],
          supplyDeadline: '2026-12-28',
          dueOn: '2027-01-12',
          dueOnProvisional: true,
        },
      ],
    });
    expect(slip.zh).toContain(
      '承诺办结日期：2027年01月12日（按暂停的工作日顺延）（暂定，待国务院节假日安排公布后调整）',
    );
    expect(slip.en).toContain(
      'Promised by: 2027-01-12 (moved by the working days paused) (provisional: to be adjusted',
    );
  });
});
