/**
 * Pure decisions of enrolments: a flexible worker's own enrolment (灵活就业, pension and medical
 * only) and the status transitions of any enrolment (suspend, resume, terminate).
 */
import { calendarDate, dateParts, isLeapYear, type CalendarDate } from '../../kernel/calendar-date.ts';
import { refuse, type Decision, type EnrolmentFacts, type PersonRecord } from './registration.employment.rules.ts';
import type { EnrolmentStatus, Scheme } from './registration.model.ts';

/** Minimum age of a flexible worker: the legal working age (Labour Law art. 15). */
export const FLEXIBLE_MINIMUM_AGE_YEARS = 16;

export type EnrolmentAction = 'suspend' | 'resume' | 'terminate';
export type EnrolmentEvent = 'started' | 'suspended' | 'resumed' | 'terminated';

/** The status transitions of an enrolment (rule table) and the refusal when the status does not fit. */
export const ENROLMENT_TRANSITIONS = {
  suspend: { from: ['active'], to: 'suspended', event: 'suspended', refusal: 'enrolment_not_active' },
  resume: { from: ['suspended'], to: 'active', event: 'resumed', refusal: 'enrolment_not_suspended' },
  terminate: {
    from: ['active', 'suspended'],
    to: 'terminated',
    event: 'terminated',
    refusal: 'enrolment_already_terminated',
  },
} as const satisfies Record<
  EnrolmentAction,
  { from: readonly EnrolmentStatus[]; to: EnrolmentStatus; event: EnrolmentEvent; refusal: string }
>;

/** The day someone born on `birthDate` turns `years` (a 29 February birthday falls on 1 March). */
export function birthdayAt(birthDate: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = dateParts(birthDate);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return calendarDate(target, 3, 1);
  return calendarDate(target, month, day);
}

export interface FlexibleInput {
  readonly record: PersonRecord;
  readonly scheme: Scheme;
  readonly startedOn: CalendarDate;
  readonly today: CalendarDate;
}

/** Decides a flexible enrolment: a living adult person, no other enrolment of the scheme covering the start. */
export function decideFlexible(input: FlexibleInput): Decision<{ scheme: Scheme }> {
  const { record, scheme, startedOn, today } = input;
  const { person } = record;
  if (scheme !== 'pension' && scheme !== 'medical') return refuse('batch_field_invalid', 'scheme', { scheme });
  if (person.status === 'deceased' && person.deathDate !== null && startedOn >= person.deathDate)
    return refuse('enrolment_after_death', 'startedOn', { deathDate: person.deathDate });
  if (person.status !== 'active') return refuse('enrolment_person_not_active', 'startedOn', { status: person.status });
  if (startedOn < person.birthDate)
    return refuse('enrolment_before_birth', 'startedOn', { birthDate: person.birthDate });
  const adult = birthdayAt(person.birthDate as CalendarDate, FLEXIBLE_MINIMUM_AGE_YEARS);
  if (startedOn < adult) return refuse('enrolment_under_minimum_age', 'startedOn', { earliest: adult });
  if (startedOn > today) return refuse('registration_date_in_future', 'startedOn', { today });
  const clash = record.enrolments.find((e) => e.scheme === scheme && (e.endedOn === null || e.endedOn > startedOn));
  if (clash)
    return refuse('enrolment_duplicate', 'scheme', {
      scheme,
      enrolmentId: clash.id,
      category: clash.category,
      startedOn: clash.startedOn,
      endedOn: clash.endedOn,
    });
  return { ok: true, scheme };
}

export interface ChangeInput {
  readonly enrolment: EnrolmentFacts;
  readonly action: EnrolmentAction;
  readonly effectiveOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface ChangePlan {
  readonly status: EnrolmentStatus;
  readonly event: EnrolmentEvent;
  /** Set on termination: the first day no longer enrolled. */
  readonly endedOn: CalendarDate | null;
}

/** Decides a status change of an enrolment from the transition table, dated on or after its last change. */
export function decideEnrolmentChange(input: ChangeInput): Decision<ChangePlan> {
  const { enrolment, action, effectiveOn, today } = input;
  const rule = ENROLMENT_TRANSITIONS[action];
  if (!(rule.from as readonly EnrolmentStatus[]).includes(enrolment.status))
    return refuse(rule.refusal, 'status', { status: enrolment.status });
  if (effectiveOn > today) return refuse('registration_date_in_future', 'effectiveOn', { today });
  if (effectiveOn < enrolment.lastChangeOn)
    return refuse('enrolment_effective_before_last_change', 'effectiveOn', { lastChangeOn: enrolment.lastChangeOn });
  return { ok: true, status: rule.to, event: rule.event, endedOn: action === 'terminate' ? effectiveOn : null };
}
