/**
 * Pure decisions of employment: hire (with the enrolments it implies), separation (with the
 * enrolments it closes) and death registration. Each returns what to write, or a named refusal
 * with the field it concerns; the services and the bulk batch persist the decision.
 */
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { EmployerStatus, EnrolmentStatus, PersonStatus, Scheme, SeparationReason } from './registration.model.ts';
import { SCHEMES } from './registration.model.ts';
// The codes the decisions name are declared on import, wherever the rules are used (batch, CLI).
import './registration.batch.rejections.ts';
import './registration.employment.rejections.ts';
import './registration.enrolments.rejections.ts';
import './registration.rejections.ts';

/** A hire may be reported this many days ahead of the hire date (payroll reports before day one). */
export const HIRE_DAYS_AHEAD_MAX = 30;

export interface PersonFacts {
  readonly birthDate: string;
  readonly status: PersonStatus;
  readonly deathDate: string | null;
}

export interface EmployerFacts {
  readonly id: number;
  readonly status: EmployerStatus;
  readonly foundedOn: string;
  readonly poolingRegion: string;
}

export interface EmploymentFacts {
  readonly id: number;
  readonly employerId: number;
  readonly hiredOn: string;
  readonly separatedOn: string | null;
  readonly status: 'active' | 'ended';
}

export interface EnrolmentFacts {
  readonly id: number;
  readonly scheme: Scheme;
  readonly category: 'employee' | 'flexible';
  readonly employerId: number | null;
  readonly employmentId: number | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly status: EnrolmentStatus;
  /** The latest effective date among its events (the start when it never changed). */
  readonly lastChangeOn: string;
}

/** What the rules know of a person: their facts and all their employments and enrolments. */
export interface PersonRecord {
  readonly person: PersonFacts;
  readonly employments: readonly EmploymentFacts[];
  readonly enrolments: readonly EnrolmentFacts[];
}

export interface Refusal {
  readonly ok: false;
  readonly code: string;
  /** The input field the refusal concerns (the column of a spreadsheet row). */
  readonly field: string;
  readonly details: Record<string, unknown>;
}

export type Decision<T> = ({ readonly ok: true } & T) | Refusal;

export function refuse(code: string, field: string, details: Record<string, unknown> = {}): Refusal {
  return { ok: false, code, field, details };
}

/** Employment statuses and the one transition between them (rule table). */
export const EMPLOYMENT_TRANSITIONS = {
  separate: { from: ['active'], to: 'ended' },
} as const satisfies Record<string, { from: readonly string[]; to: string }>;

/** Whether an enrolment is open (not terminated). */
export function isOpen(e: { readonly status: EnrolmentStatus }): boolean {
  return e.status !== 'terminated';
}

/** Whether the enrolment covers any day on or after `day` ([startedOn, endedOn) reaches past it). */
function reachesPast(e: EnrolmentFacts, day: string): boolean {
  return e.endedOn === null || e.endedOn > day;
}

/** Whether two enrolments would cover the same risk: same scheme (work injury: same employer too). */
function sameCover(e: EnrolmentFacts, scheme: Scheme, employerId: number | null): boolean {
  return e.scheme === scheme && (scheme !== 'work_injury' || e.employerId === employerId);
}

export interface HireInput {
  readonly record: PersonRecord;
  readonly employer: EmployerFacts;
  readonly hiredOn: CalendarDate;
  readonly today: CalendarDate;
  /** Explicit schemes, or null for the default (all four, less those another employer covers). */
  readonly schemes: readonly Scheme[] | null;
  /** `allow_concurrent_employment` of the employer's pooling region on the hire date. */
  readonly allowConcurrent: boolean;
}

export interface HirePlan {
  /** Schemes to enrol in as an employee from the hire date. */
  readonly enrol: readonly Scheme[];
  /** Open flexible enrolments the hire replaces: terminated on the hire date, reason 'employed'. */
  readonly endFlexible: readonly EnrolmentFacts[];
}

/*
 * A hire may name a person registered anywhere (by citizen ID: imports, the employer hall, the
 * payroll API, the window), so its refusals carry facts of the hiring employer's own records
 * only, never another employer's ids or dates, nor the date of death.
 */

function personRefusalForHire(person: PersonFacts, hiredOn: string): Refusal | null {
  if (person.status === 'deceased' && person.deathDate !== null && hiredOn >= person.deathDate)
    return refuse('employment_after_death', 'date');
  if (person.status !== 'active') return refuse('employment_person_not_active', 'citizenId', { status: person.status });
  if (hiredOn < person.birthDate) return refuse('employment_before_birth', 'date', { birthDate: person.birthDate });
  return null;
}

function employerRefusalForHire(input: HireInput): Refusal | null {
  const { employer, hiredOn, today } = input;
  if (employer.status !== 'active')
    return refuse('employment_employer_not_active', 'employer', { status: employer.status });
  if (hiredOn < employer.foundedOn)
    return refuse('employment_before_employer_founded', 'date', { foundedOn: employer.foundedOn });
  const latest = addDays(today, HIRE_DAYS_AHEAD_MAX);
  if (hiredOn > latest) return refuse('employment_hire_too_far_ahead', 'date', { latest });
  return null;
}

/** Employment is [hiredOn, separatedOn): a new open-ended one overlaps any that ends after its start. */
function overlapRefusal(input: HireInput): Refusal | null {
  const { record, employer, hiredOn, allowConcurrent } = input;
  for (const e of record.employments) {
    if (e.employerId === employer.id && e.status === 'active')
      return refuse('employment_already_active', 'citizenId', { employmentId: e.id, hiredOn: e.hiredOn });
  }
  for (const e of record.employments) {
    const overlaps = e.separatedOn === null || e.separatedOn > hiredOn;
    if (overlaps && (e.employerId === employer.id || !allowConcurrent))
      return refuse(
        'employment_overlap',
        'date',
        e.employerId === employer.id ? { employmentId: e.id, hiredOn: e.hiredOn, separatedOn: e.separatedOn } : {},
      );
  }
  return null;
}

/** The schemes a hire enrols in and the flexible enrolments it replaces, or `enrolment_duplicate`. */
function planEnrolments(input: HireInput): Decision<HirePlan> {
  const { record, employer, hiredOn } = input;
  if (input.schemes && new Set(input.schemes).size !== input.schemes.length)
    return refuse('employment_schemes_duplicate', 'schemes', { schemes: input.schemes });
  const enrol: Scheme[] = [];
  const endFlexible: EnrolmentFacts[] = [];
  for (const scheme of input.schemes ?? SCHEMES) {
    const clashes = record.enrolments.filter((e) => sameCover(e, scheme, employer.id) && reachesPast(e, hiredOn));
    const replaceable = clashes.filter((e) => e.category === 'flexible' && isOpen(e) && e.lastChangeOn <= hiredOn);
    const blocking = clashes.filter((e) => !replaceable.includes(e));
    // By default a scheme another employer already covers is left to that employer (concurrent jobs).
    if (input.schemes === null && blocking.length > 0 && blocking.every((e) => e.category === 'employee')) continue;
    const first = blocking[0];
    if (first) {
      const own = first.employerId === employer.id;
      const facts = own ? { enrolmentId: first.id, startedOn: first.startedOn, endedOn: first.endedOn } : {};
      return refuse('enrolment_duplicate', 'schemes', { scheme, ...facts });
    }
    enrol.push(scheme);
    endFlexible.push(...replaceable);
  }
  return { ok: true, enrol, endFlexible };
}

/** Decides a hire: person, employer, dates, overlapping employment, then the implied enrolments. */
export function decideHire(input: HireInput): Decision<HirePlan> {
  return (
    personRefusalForHire(input.record.person, input.hiredOn) ??
    employerRefusalForHire(input) ??
    overlapRefusal(input) ??
    planEnrolments(input)
  );
}

export interface SeparationInput {
  readonly record: PersonRecord;
  readonly employment: EmploymentFacts;
  readonly separatedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface SeparationPlan {
  /** Open enrolments of the employment: terminated with `ended_on` = the separation date. */
  readonly close: readonly EnrolmentFacts[];
}

/** Decides a separation: after the hire, not in the future; closes the employment's open enrolments. */
export function decideSeparation(input: SeparationInput): Decision<SeparationPlan> {
  const { employment, separatedOn, today } = input;
  if (!(EMPLOYMENT_TRANSITIONS.separate.from as readonly string[]).includes(employment.status))
    return refuse('employment_not_active', 'citizenId', { employmentId: employment.id });
  if (separatedOn <= employment.hiredOn)
    return refuse('separation_before_hire', 'date', { hiredOn: employment.hiredOn });
  if (separatedOn > today) return refuse('registration_date_in_future', 'date', { today });
  const close = input.record.enrolments.filter((e) => e.employmentId === employment.id && isOpen(e));
  const late = close.find((e) => e.lastChangeOn > separatedOn);
  if (late)
    return refuse('separation_before_last_change', 'date', { enrolmentId: late.id, lastChangeOn: late.lastChangeOn });
  return { ok: true, close };
}

export interface DeathInput {
  readonly record: PersonRecord;
  readonly deathDate: CalendarDate;
  readonly today: CalendarDate;
}

export interface DeathPlan {
  /** The first day no longer employed or enrolled: the day after death (covered through that day). */
  readonly endOn: CalendarDate;
  readonly endEmployments: readonly EmploymentFacts[];
  readonly endEnrolments: readonly EnrolmentFacts[];
  readonly reason: SeparationReason;
}

/** Decides a death registration: ends every active employment and open enrolment the day after death. */
export function decideDeath(input: DeathInput): Decision<DeathPlan> {
  const { record, deathDate, today } = input;
  if (record.person.status !== 'active')
    return refuse('death_person_not_active', 'deathDate', { status: record.person.status });
  if (deathDate > today) return refuse('registration_date_in_future', 'deathDate', { today });
  if (deathDate < record.person.birthDate)
    return refuse('death_before_birth', 'deathDate', { birthDate: record.person.birthDate });
  const lateJob = record.employments.find((e) => e.hiredOn > deathDate);
  if (lateJob)
    return refuse('death_before_employment_start', 'deathDate', { employmentId: lateJob.id, hiredOn: lateJob.hiredOn });
  const endOn = addDays(deathDate, 1);
  const lateCover = record.enrolments.find((e) => e.startedOn > deathDate || (isOpen(e) && e.lastChangeOn > endOn));
  if (lateCover)
    return refuse('death_before_enrolment_change', 'deathDate', {
      enrolmentId: lateCover.id,
      startedOn: lateCover.startedOn,
      lastChangeOn: lateCover.lastChangeOn,
    });
  return {
    ok: true,
    endOn,
    endEmployments: record.employments.filter((e) => e.status === 'active'),
    endEnrolments: record.enrolments.filter(isOpen),
    reason: 'death',
  };
}
