import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import {
  decideDeath,
  decideHire,
  decideSeparation,
  EMPLOYMENT_TRANSITIONS,
  type EmployerFacts,
  type EmploymentFacts,
  type EnrolmentFacts,
  type PersonRecord,
} from './registration.employment.rules.ts';
import type { Scheme } from './registration.model.ts';

const d = (s: string) => s as CalendarDate;
const TODAY = d('2026-03-02');
const A: EmployerFacts = { id: 1, status: 'active', foundedOn: '2010-05-01', poolingRegion: '330106' };
const B: EmployerFacts = { id: 2, status: 'active', foundedOn: '2000-01-01', poolingRegion: '330106' };
const ALIVE = { birthDate: '1990-06-15', status: 'active', deathDate: null } as const;

function job(over: Partial<EmploymentFacts> = {}): EmploymentFacts {
  return { id: 10, employerId: B.id, hiredOn: '2020-01-01', separatedOn: null, status: 'active', ...over };
}
function cover(over: Partial<EnrolmentFacts> = {}): EnrolmentFacts {
  return {
    id: 100,
    scheme: 'pension',
    category: 'employee',
    employerId: B.id,
    employmentId: 10,
    startedOn: '2020-01-01',
    endedOn: null,
    status: 'active',
    lastChangeOn: '2020-01-01',
    ...over,
  };
}
function record(over: Partial<PersonRecord> = {}): PersonRecord {
  return { person: ALIVE, employments: [], enrolments: [], ...over };
}

type HireCase = {
  name: string;
  record?: PersonRecord;
  employer?: EmployerFacts;
  hiredOn?: string;
  schemes?: Scheme[] | null;
  concurrent?: boolean;
  code?: string;
  enrol?: Scheme[];
  endFlexible?: number[];
};

const FOUR: Scheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];
const dead = { birthDate: '1950-01-01', status: 'deceased', deathDate: '2025-01-10' } as const;

const hireCases: HireCase[] = [
  { name: 'a plain hire enrols in all four schemes', enrol: FOUR },
  { name: 'explicit schemes are kept', schemes: ['pension', 'work_injury'], enrol: ['pension', 'work_injury'] },
  { name: 'a scheme listed twice', schemes: ['pension', 'pension'], code: 'employment_schemes_duplicate' },
  {
    name: 'a suspended employer cannot hire',
    employer: { ...A, status: 'suspended' },
    code: 'employment_employer_not_active',
  },
  {
    name: 'a cancelled employer cannot hire',
    employer: { ...A, status: 'cancelled' },
    code: 'employment_employer_not_active',
  },
  { name: 'hire before the employer was founded', hiredOn: '2010-04-30', code: 'employment_before_employer_founded' },
  { name: 'hire on the founding day', hiredOn: '2010-05-01', enrol: FOUR },
  {
    name: 'hire before birth',
    record: record({ person: { ...ALIVE, birthDate: '2012-01-01' } }),
    hiredOn: '2011-12-31',
    code: 'employment_before_birth',
  },
  { name: 'hire 30 days ahead is allowed', hiredOn: '2026-04-01', enrol: FOUR },
  { name: 'hire 31 days ahead is refused', hiredOn: '2026-04-02', code: 'employment_hire_too_far_ahead' },
  {
    name: 'hire on the day of death',
    record: record({ person: dead }),
    hiredOn: '2025-01-10',
    code: 'employment_after_death',
  },
  {
    name: 'hire of a deceased person before death',
    record: record({ person: dead }),
    hiredOn: '2024-01-10',
    code: 'employment_person_not_active',
  },
  {
    name: 'hire of a merged record',
    record: record({ person: { ...ALIVE, status: 'merged' } }),
    code: 'employment_person_not_active',
  },
  {
    name: 'already active at the same employer',
    record: record({ employments: [job({ employerId: A.id })] }),
    code: 'employment_already_active',
  },
  { name: 'active elsewhere, region strict', record: record({ employments: [job()] }), code: 'employment_overlap' },
  {
    name: 'active elsewhere, region allows concurrency: the other employer keeps its schemes',
    record: record({
      employments: [job()],
      enrolments: [
        cover(),
        cover({ id: 101, scheme: 'medical' }),
        cover({ id: 102, scheme: 'unemployment' }),
        cover({ id: 103, scheme: 'work_injury' }),
      ],
    }),
    concurrent: true,
    enrol: ['work_injury'],
  },
  {
    name: 'concurrent job asking explicitly for pension again',
    record: record({ employments: [job()], enrolments: [cover()] }),
    concurrent: true,
    schemes: ['pension'],
    code: 'enrolment_duplicate',
  },
  {
    name: 'ended elsewhere before the hire',
    record: record({ employments: [job({ separatedOn: '2025-01-01', status: 'ended' })] }),
    enrol: FOUR,
  },
  {
    name: 'separated elsewhere on the hire day: no overlap ([from, to) periods)',
    record: record({
      employments: [job({ separatedOn: '2026-03-01', status: 'ended' })],
      enrolments: [cover({ endedOn: '2026-03-01', status: 'terminated', lastChangeOn: '2026-03-01' })],
    }),
    hiredOn: '2026-03-01',
    enrol: FOUR,
  },
  {
    name: 'backdated hire overlapping an ended employment elsewhere',
    record: record({ employments: [job({ separatedOn: '2025-06-01', status: 'ended' })] }),
    hiredOn: '2025-03-01',
    code: 'employment_overlap',
  },
  {
    name: 're-hire dated inside an earlier employment at the same employer, even where concurrency is allowed',
    record: record({ employments: [job({ employerId: A.id, separatedOn: '2025-06-01', status: 'ended' })] }),
    hiredOn: '2025-03-01',
    concurrent: true,
    code: 'employment_overlap',
  },
  {
    name: 'an open flexible pension is replaced on the hire date',
    record: record({
      enrolments: [
        cover({
          id: 7,
          category: 'flexible',
          employerId: null,
          employmentId: null,
          startedOn: '2024-01-01',
          lastChangeOn: '2024-01-01',
        }),
      ],
    }),
    hiredOn: '2026-02-01',
    enrol: FOUR,
    endFlexible: [7],
  },
  {
    name: 'a flexible enrolment that started after the backdated hire cannot be replaced',
    record: record({
      enrolments: [
        cover({
          id: 7,
          category: 'flexible',
          employerId: null,
          employmentId: null,
          startedOn: '2025-06-01',
          lastChangeOn: '2025-06-01',
        }),
      ],
    }),
    hiredOn: '2025-01-01',
    code: 'enrolment_duplicate',
  },
  {
    name: 'a flexible medical enrolment is kept when the hire leaves medical out',
    record: record({
      enrolments: [
        cover({
          id: 8,
          scheme: 'medical',
          category: 'flexible',
          employerId: null,
          employmentId: null,
          startedOn: '2024-01-01',
          lastChangeOn: '2024-01-01',
        }),
      ],
    }),
    schemes: ['pension', 'work_injury'],
    enrol: ['pension', 'work_injury'],
    endFlexible: [],
  },
  {
    name: 'a terminated flexible enrolment reaching past the hire date blocks that scheme',
    record: record({
      enrolments: [
        cover({
          id: 9,
          category: 'flexible',
          employerId: null,
          employmentId: null,
          startedOn: '2024-01-01',
          endedOn: '2026-02-15',
          status: 'terminated',
          lastChangeOn: '2026-02-15',
        }),
      ],
    }),
    hiredOn: '2026-02-01',
    code: 'enrolment_duplicate',
  },
];

describe('hire rule table', () => {
  it.each(hireCases)('$name', (c) => {
    const decision = decideHire({
      record: c.record ?? record(),
      employer: c.employer ?? A,
      hiredOn: d(c.hiredOn ?? '2026-03-02'),
      today: TODAY,
      schemes: c.schemes ?? null,
      allowConcurrent: c.concurrent ?? false,
    });
    if (c.code) {
      expect(decision.ok ? 'accepted' : decision.code).toBe(c.code);
      return;
    }
    if (!decision.ok) throw new Error(`refused: ${decision.code}`);
    expect(decision.enrol).toEqual(c.enrol);
    if (c.endFlexible) expect(decision.endFlexible.map((e) => e.id)).toEqual(c.endFlexible);
  });
});

describe('separation rule table', () => {
  const employment = job({ employerId: A.id, hiredOn: '2024-01-01' });
  const rec = record({
    employments: [employment],
    enrolments: [
      cover({ employerId: A.id, startedOn: '2024-01-01' }),
      cover({ id: 101, scheme: 'medical', employerId: A.id, status: 'suspended', lastChangeOn: '2025-05-01' }),
      cover({ id: 102, scheme: 'unemployment', employerId: A.id, status: 'terminated', endedOn: '2025-01-01' }),
    ],
  });
  const cases: Array<{ name: string; on: string; employment?: EmploymentFacts; code?: string; close?: number[] }> = [
    { name: 'closes the open (active and suspended) enrolments', on: '2026-01-31', close: [100, 101] },
    { name: 'separation on the hire day', on: '2024-01-01', code: 'separation_before_hire' },
    { name: 'separation before the hire', on: '2023-12-31', code: 'separation_before_hire' },
    { name: 'separation tomorrow', on: '2026-03-03', code: 'registration_date_in_future' },
    { name: 'separation today', on: '2026-03-02', close: [100, 101] },
    {
      name: 'separation before a suspension of one of its enrolments',
      on: '2025-04-30',
      code: 'separation_before_last_change',
    },
    {
      name: 'an ended employment',
      on: '2026-01-31',
      employment: { ...employment, status: 'ended', separatedOn: '2025-01-01' },
      code: 'employment_not_active',
    },
  ];
  it.each(cases)('$name', (c) => {
    const decision = decideSeparation({
      record: rec,
      employment: c.employment ?? employment,
      separatedOn: d(c.on),
      today: TODAY,
    });
    if (c.code) expect(decision.ok ? 'accepted' : decision.code).toBe(c.code);
    else if (!decision.ok) throw new Error(decision.code);
    else expect(decision.close.map((e) => e.id)).toEqual(c.close);
  });

  it('has one employment transition: active → ended', () => {
    expect(EMPLOYMENT_TRANSITIONS).toEqual({ separate: { from: ['active'], to: 'ended' } });
  });
});

describe('death rule table', () => {
  const rec = record({
    employments: [
      job({ employerId: A.id, hiredOn: '2024-01-01' }),
      job({ id: 11, hiredOn: '2015-01-01', separatedOn: '2020-01-01', status: 'ended' }),
    ],
    enrolments: [
      cover({ employerId: A.id, startedOn: '2024-01-01', lastChangeOn: '2024-01-01' }),
      cover({
        id: 101,
        scheme: 'medical',
        category: 'flexible',
        employerId: null,
        employmentId: null,
        startedOn: '2021-01-01',
        lastChangeOn: '2021-01-01',
      }),
      cover({ id: 102, scheme: 'unemployment', status: 'terminated', startedOn: '2015-01-01', endedOn: '2020-01-01' }),
    ],
  });
  const cases: Array<{ name: string; on: string; record?: PersonRecord; code?: string }> = [
    { name: 'ends the active employment and the open enrolments the day after death', on: '2026-02-20' },
    { name: 'death tomorrow', on: '2026-03-03', code: 'registration_date_in_future' },
    { name: 'death before birth', on: '1990-06-14', code: 'death_before_birth' },
    { name: 'death before an employment started', on: '2023-12-31', code: 'death_before_employment_start' },
    {
      name: 'death before an enrolment started',
      on: '2020-06-01',
      record: record({
        enrolments: [cover({ startedOn: '2021-01-01', employmentId: null, category: 'flexible', employerId: null })],
      }),
      code: 'death_before_enrolment_change',
    },
    {
      name: 'death before the latest suspension',
      on: '2025-06-01',
      record: record({
        enrolments: [cover({ startedOn: '2021-01-01', status: 'suspended', lastChangeOn: '2025-09-01' })],
      }),
      code: 'death_before_enrolment_change',
    },
    { name: 'already deceased', on: '2026-01-01', record: record({ person: dead }), code: 'death_person_not_active' },
    {
      name: 'a merged record',
      on: '2026-01-01',
      record: record({ person: { ...ALIVE, status: 'merged' } }),
      code: 'death_person_not_active',
    },
  ];
  it.each(cases)('$name', (c) => {
    const decision = decideDeath({ record: c.record ?? rec, deathDate: d(c.on), today: TODAY });
    if (c.code) {
      expect(decision.ok ? 'accepted' : decision.code).toBe(c.code);
      return;
    }
    if (!decision.ok) throw new Error(decision.code);
    expect(decision.endOn).toBe('2026-02-21');
    expect(decision.endEmployments.map((e) => e.id)).toEqual([10]);
    expect(decision.endEnrolments.map((e) => e.id)).toEqual([100, 101]);
    expect(decision.reason).toBe('death');
  });
});
