import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import type { ItemContent } from './catalog.model.ts';
import {
  addWorkingDaysIfKnown,
  changeDateFits,
  contentProblem,
  disclosureDateFits,
  disclosureDueOn,
  disclosureStatus,
  guideElements,
  versionInForce,
  workingDaysOverdue,
} from './catalog.rules.ts';

const d = (s: string) => s as CalendarDate;
const t = (zh: string) => ({ zh, en: zh });

const content: ItemContent = {
  name: t('测试'),
  summary: t('概述'),
  materials: [
    {
      code: 'id_card',
      name: t('身份证'),
      requirement: 'required',
      mediaTypes: ['image/jpeg'],
      maxBytes: 10,
      note: null,
    },
    {
      code: 'bank',
      name: t('银行'),
      requirement: 'later',
      mediaTypes: ['application/pdf'],
      maxBytes: 10,
      note: t('后补'),
    },
  ],
  howToApply: t('窗口'),
  channels: ['window', 'web'],
  statutoryDays: 15,
  promisedDays: 5,
  timeLimitNote: null,
  delivery: t('送达'),
  fees: t('免费'),
  officeHours: t('工作日'),
  place: t('大厅'),
  enquiry: t('12333'),
  complaint: t('12345'),
  basis: t('依据'),
  conditions: t('条件'),
  steps: [
    { code: 'accept', name: t('受理'), permission: 'case.accept', description: null },
    { code: 'review', name: t('复核'), permission: 'case.review', description: null },
  ],
  separatedSteps: [['accept', 'review']],
  module: 'registration',
  workflow: 'accept-review',
};

describe('disclosure deadline: change date + 20 working days on the national calendar', () => {
  it.each([
    // change on       due on          why
    ['2026-02-10', '2026-03-16', 'Spring Festival 15–23 Feb off, make-up Saturdays 14 and 28 Feb count'],
    ['2026-09-18', '2026-10-22', 'make-up Sunday 20 Sep, Mid-Autumn 25 Sep, National Day 1–7 Oct, make-up 10 Oct'],
    ['2025-09-26', '2025-10-30', 'make-up Sunday 28 Sep, National Day and Mid-Autumn 1–8 Oct, make-up 11 Oct'],
    ['2026-03-02', '2026-03-30', 'an ordinary month: four weeks'],
    ['2026-04-01', '2026-04-30', 'Qingming 4–6 Apr (Saturday to Monday)'],
    ['2026-12-10', '2027-01-08', "runs into 2027, counted provisionally: New Year's Day 1 Jan off by statute"],
    ['2027-01-05', '2027-02-02', 'in 2027 before its notice: the provisional calendar'],
    ['2100-12-10', null, 'runs past 2100, which the calendar cannot reach'],
    ['2101-01-05', null, 'outside the calendar altogether'],
  ] as Array<[string, string | null, string]>)('%s → %s (%s)', (changedOn, dueOn) => {
    expect(disclosureDueOn(nationalWorkingDays, d(changedOn))).toBe(dueOn);
  });

  it('agrees with WorkingDays.addWorkingDays wherever the calendar reaches', () => {
    for (const from of ['2024-01-01', '2025-05-01', '2026-06-18', '2026-11-30']) {
      expect(addWorkingDaysIfKnown(nationalWorkingDays, d(from), 20)).toBe(
        nationalWorkingDays.addWorkingDays(d(from), 20),
      );
    }
    expect(addWorkingDaysIfKnown(nationalWorkingDays, d('2026-12-31'), 0)).toBe('2026-12-31');
  });
});

describe('disclosure status', () => {
  it.each([
    [null, '2026-03-16', '2026-03-16', 'pending'],
    [null, '2026-03-16', '2026-03-17', 'overdue'],
    ['2026-03-16', '2026-03-16', '2026-04-01', 'disclosed'],
    ['2026-03-17', '2026-03-16', '2026-04-01', 'disclosed_late'],
    [null, null, '2026-12-31', 'pending'],
    ['2026-12-20', null, '2026-12-31', 'disclosed'],
  ] as const)('disclosed %s, due %s, on %s → %s', (disclosedOn, dueOn, today, status) => {
    expect(disclosureStatus(disclosedOn, dueOn, d(today))).toBe(status);
  });

  it('counts working days overdue', () => {
    expect(workingDaysOverdue(nationalWorkingDays, d('2026-03-16'), d('2026-03-16'))).toBe(0);
    expect(workingDaysOverdue(nationalWorkingDays, d('2026-09-30'), d('2026-10-08'))).toBe(1);
    expect(workingDaysOverdue(nationalWorkingDays, d('2026-12-30'), d('2027-01-04'))).toBe(2);
    expect(workingDaysOverdue(nationalWorkingDays, d('2100-12-30'), d('2101-01-04'))).toBe(0);
  });

  it.each([
    ['2026-03-03', '2026-03-02', '2026-03-02', '2026-03-10', true],
    ['2026-02-27', '2026-03-02', '2026-03-02', '2026-03-10', false],
    ['2026-03-11', '2026-03-02', '2026-03-02', '2026-03-10', false],
    ['2026-02-27', '2026-02-20', '2026-03-02', '2026-03-10', true],
    ['2026-02-27', '2026-04-01', '2026-02-26', '2026-03-10', true],
  ])('disclosure on %s of a change on %s recorded %s, today %s: fits %s', (on, changed, recorded, today, fits) => {
    expect(disclosureDateFits(d(on), d(changed), d(recorded), d(today))).toBe(fits);
  });
});

describe('versions', () => {
  const versions = [
    { version: 1, changedOn: '2025-01-02' },
    { version: 2, changedOn: '2026-03-01' },
    { version: 3, changedOn: '2026-04-01' },
  ];
  it.each([
    ['2024-12-31', null],
    ['2025-01-02', 1],
    ['2026-03-01', 2],
    ['2026-03-31', 2],
    ['2026-04-01', 3],
  ])('on %s version %s is in force', (today, version) => {
    expect(versionInForce(versions, d(today))?.version ?? null).toBe(version);
  });

  it('orders change dates and keeps them inside the calendar', () => {
    expect(changeDateFits(nationalWorkingDays, d('2026-03-01'), d('2026-03-01'))).toBe(true);
    expect(changeDateFits(nationalWorkingDays, d('2026-02-28'), d('2026-03-01'))).toBe(false);
    expect(changeDateFits(nationalWorkingDays, d('2027-01-01'), null)).toBe(true);
    expect(changeDateFits(nationalWorkingDays, d('2101-01-01'), null)).toBe(false);
  });
});

describe('content', () => {
  it.each([
    ['consistent', {}, null],
    ['promise above statute', { promisedDays: 16 }, 'catalog_promise_exceeds_statute'],
    ['same step twice', { steps: [content.steps[0]!, content.steps[0]!] }, 'catalog_step_codes_not_unique'],
    [
      'same material twice',
      { materials: [content.materials[0]!, content.materials[0]!] },
      'catalog_material_codes_not_unique',
    ],
    ['same channel twice', { channels: ['web', 'web'] }, 'catalog_channels_not_unique'],
    ['separated unknown step', { separatedSteps: [['accept', 'approve']] }, 'catalog_separated_step_unknown'],
    ['separated with itself', { separatedSteps: [['accept', 'accept']] }, 'catalog_separated_step_unknown'],
    [
      'separated pair twice',
      {
        separatedSteps: [
          ['accept', 'review'],
          ['review', 'accept'],
        ],
      },
      'catalog_separated_step_unknown',
    ],
  ] as const)('%s → %s', (_name, change, problem) => {
    expect(contentProblem({ ...content, ...(change as Partial<ItemContent>) })).toBe(problem);
  });

  it('renders the 11 public elements in order', () => {
    const elements = guideElements(content);
    expect(elements.map((e) => e.key)).toEqual([
      'name',
      'summary',
      'materials',
      'howToApply',
      'timeLimit',
      'delivery',
      'fees',
      'officeHours',
      'place',
      'enquiry',
      'complaint',
    ]);
    expect(elements[2]!.text.zh).toContain('2. 银行（可容缺后补）：后补');
    expect(elements[4]!.text.zh).toBe('法定时限：15 个工作日；承诺时限：5 个工作日');
    expect(guideElements({ ...content, materials: [], promisedDays: 0 })[4]!.text.en).toContain(
      'promised: on the spot',
    );
  });
});
