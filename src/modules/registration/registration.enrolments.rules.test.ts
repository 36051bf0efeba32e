import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { EnrolmentFacts, PersonRecord } from './registration.employment.rules.ts';
import type { EnrolmentStatus, Scheme } from './registration.model.ts';
import {
  birthdayAt,
  decideEnrolmentChange,
  decideFlexible,
  ENROLMENT_TRANSITIONS,
  type EnrolmentAction,
} from './registration.enrolments.rules.ts';

const d = (s: string) => s as CalendarDate;
const TODAY = d('2026-03-02');

function cover(over: Partial<EnrolmentFacts> = {}): EnrolmentFacts {
  return {
    id: 100,
    scheme: 'pension',
    category: 'employee',
    employerId: 1,
    employmentId: 10,
    startedOn: '2020-01-01',
    endedOn: null,
    status: 'active',
    lastChangeOn: '2020-01-01',
    ...over,
  };
}
function record(over: Partial<PersonRecord> = {}): PersonRecord {
  return {
    person: { birthDate: '1990-06-15', status: 'active', deathDate: null },
    employments: [],
    enrolments: [],
    ...over,
  };
}

describe('flexible enrolment rule table', () => {
  const cases: Array<{ name: string; scheme?: Scheme; on?: string; record?: PersonRecord; code?: string }> = [
    { name: 'a living adult with no enrolment' },
    { name: 'medical too', scheme: 'medical' },
    { name: 'unemployment is not open to flexible workers', scheme: 'unemployment', code: 'batch_field_invalid' },
    { name: 'work injury is not open to flexible workers', scheme: 'work_injury', code: 'batch_field_invalid' },
    {
      name: 'start before birth',
      record: record({ person: { birthDate: '2026-01-01', status: 'active', deathDate: null } }),
      on: '2025-12-31',
      code: 'enrolment_before_birth',
    },
    {
      name: 'start the day before the 16th birthday',
      record: record({ person: { birthDate: '2010-03-02', status: 'active', deathDate: null } }),
      on: '2026-03-01',
      code: 'enrolment_under_minimum_age',
    },
    {
      name: 'start on the 16th birthday',
      record: record({ person: { birthDate: '2010-03-02', status: 'active', deathDate: null } }),
      on: '2026-03-02',
    },
    { name: 'start tomorrow', on: '2026-03-03', code: 'registration_date_in_future' },
    {
      name: 'start after death',
      record: record({ person: { birthDate: '1950-01-01', status: 'deceased', deathDate: '2025-01-01' } }),
      on: '2025-01-01',
      code: 'enrolment_after_death',
    },
    {
      name: 'a deceased person before death',
      record: record({ person: { birthDate: '1950-01-01', status: 'deceased', deathDate: '2025-01-01' } }),
      on: '2024-01-01',
      code: 'enrolment_person_not_active',
    },
    { name: 'an open employee pension', record: record({ enrolments: [cover()] }), code: 'enrolment_duplicate' },
    {
      name: 'a suspended pension is still open',
      record: record({ enrolments: [cover({ status: 'suspended' })] }),
      code: 'enrolment_duplicate',
    },
    {
      name: 'a pension that ended before the start',
      record: record({ enrolments: [cover({ status: 'terminated', endedOn: '2025-01-01' })] }),
      on: '2025-01-01',
    },
    {
      name: 'a pension that ended after the start',
      record: record({ enrolments: [cover({ status: 'terminated', endedOn: '2025-01-02' })] }),
      on: '2025-01-01',
      code: 'enrolment_duplicate',
    },
    { name: 'an open medical does not block pension', record: record({ enrolments: [cover({ scheme: 'medical' })] }) },
  ];
  it.each(cases)('$name', (c) => {
    const decision = decideFlexible({
      record: c.record ?? record(),
      scheme: c.scheme ?? 'pension',
      startedOn: d(c.on ?? '2026-03-01'),
      today: TODAY,
    });
    expect(decision.ok ? 'accepted' : decision.code).toBe(c.code ?? 'accepted');
  });

  it('puts a 29 February birthday on 1 March in common years', () => {
    expect(birthdayAt(d('2008-02-29'), 16)).toBe('2024-02-29');
    expect(birthdayAt(d('2008-02-29'), 17)).toBe('2025-03-01');
  });
});

describe('enrolment transition table', () => {
  const table: Array<[EnrolmentStatus, EnrolmentAction, EnrolmentStatus | string]> = [
    ['active', 'suspend', 'suspended'],
    ['active', 'resume', 'enrolment_not_suspended'],
    ['active', 'terminate', 'terminated'],
    ['suspended', 'suspend', 'enrolment_not_active'],
    ['suspended', 'resume', 'active'],
    ['suspended', 'terminate', 'terminated'],
    ['terminated', 'suspend', 'enrolment_not_active'],
    ['terminated', 'resume', 'enrolment_not_suspended'],
    ['terminated', 'terminate', 'enrolment_already_terminated'],
  ];
  it.each(table)('%s --%s--> %s', (from, action, outcome) => {
    const enrolment = cover({
      status: from,
      endedOn: from === 'terminated' ? '2025-01-01' : null,
      lastChangeOn: '2025-01-01',
    });
    const decision = decideEnrolmentChange({ enrolment, action, effectiveOn: d('2026-01-01'), today: TODAY });
    expect(decision.ok ? decision.status : decision.code).toBe(outcome);
    if (decision.ok) {
      expect(decision.event).toBe(ENROLMENT_TRANSITIONS[action].event);
      expect(decision.endedOn).toBe(action === 'terminate' ? '2026-01-01' : null);
    }
  });

  it('refuses an effective date before the last change or in the future', () => {
    const enrolment = cover({ lastChangeOn: '2025-06-01' });
    const early = decideEnrolmentChange({ enrolment, action: 'suspend', effectiveOn: d('2025-05-31'), today: TODAY });
    expect(early.ok ? 'accepted' : early.code).toBe('enrolment_effective_before_last_change');
    const sameDay = decideEnrolmentChange({ enrolment, action: 'suspend', effectiveOn: d('2025-06-01'), today: TODAY });
    expect(sameDay.ok).toBe(true);
    const future = decideEnrolmentChange({
      enrolment,
      action: 'terminate',
      effectiveOn: d('2026-03-03'),
      today: TODAY,
    });
    expect(future.ok ? 'accepted' : future.code).toBe('registration_date_in_future');
  });
});
