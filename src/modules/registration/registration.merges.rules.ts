/**
 * Planning the merge of two records of one human being (pure): the merged record's active
 * employments and open enrolments end (reason 'merged') and start again, with the same dates, on
 * the surviving record — unless the survivor already holds the same scheme or employer.
 */
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { assert } from '../../kernel/assert.ts';
import type { EnrolmentStatus, PersonStatus, Scheme } from './registration.model.ts';

export interface EmploymentFact {
  readonly id: number;
  readonly employerId: number;
  readonly hiredOn: string;
}

export interface EnrolmentFact {
  readonly id: number;
  readonly scheme: Scheme;
  readonly category: 'employee' | 'flexible';
  readonly employerId: number | null;
  readonly employmentId: number | null;
  readonly startedOn: string;
  readonly status: Exclude<EnrolmentStatus, 'terminated'>;
  /** Why a suspended enrolment is suspended; carried over unchanged. */
  readonly statusReason: string | null;
  readonly poolingRegion: string;
}

/** Each record's status, active employments and open (active or suspended) enrolments. */
export interface MergeSide {
  readonly status: PersonStatus;
  readonly employments: readonly EmploymentFact[];
  readonly enrolments: readonly EnrolmentFact[];
}

export interface MovedEmployment extends EmploymentFact {
  /** The first day the merged record is no longer employed: today, or the day after hire if later. */
  readonly separatedOn: string;
}

export interface MovedEnrolment extends EnrolmentFact {
  /** The end of the merged record's enrolment: its employment's separation, else today. */
  readonly endedOn: string;
}

export type MergePlan =
  | { readonly ok: true; readonly employments: MovedEmployment[]; readonly enrolments: MovedEnrolment[] }
  | { readonly ok: false; readonly code: 'person_merge_not_active' }
  | {
      readonly ok: false;
      readonly code: 'person_merge_conflict';
      readonly details: { readonly schemes: Scheme[]; readonly employerIds: number[] };
    };

const later = (a: string, b: string): string => (a >= b ? a : b);

/** Work injury is held per employer; every other scheme once per person. */
function clashes(a: EnrolmentFact, b: EnrolmentFact): boolean {
  if (a.scheme !== b.scheme) return false;
  return a.scheme !== 'work_injury' || a.employerId === b.employerId;
}

function conflictsOf(survivor: MergeSide, merged: MergeSide) {
  const schemes = new Set<Scheme>();
  for (const e of merged.enrolments) if (survivor.enrolments.some((s) => clashes(s, e))) schemes.add(e.scheme);
  const employers = new Set(survivor.employments.map((e) => e.employerId));
  const employerIds = [
    ...new Set(merged.employments.filter((e) => employers.has(e.employerId)).map((e) => e.employerId)),
  ];
  return { schemes: [...schemes].sort(), employerIds: employerIds.sort((a, b) => a - b) };
}

/** What approving the merge of `merged` into `survivor` does on `today`, or why it cannot. */
export function planMerge(survivor: MergeSide, merged: MergeSide, today: CalendarDate): MergePlan {
  if (survivor.status !== 'active' || merged.status !== 'active') return { ok: false, code: 'person_merge_not_active' };
  const conflicts = conflictsOf(survivor, merged);
  if (conflicts.schemes.length > 0 || conflicts.employerIds.length > 0)
    return { ok: false, code: 'person_merge_conflict', details: conflicts };
  const employments = merged.employments.map((e) => ({
    ...e,
    separatedOn: later(today, addDays(e.hiredOn as CalendarDate, 1)),
  }));
  const separation = new Map(employments.map((e) => [e.id, e.separatedOn]));
  const enrolments = merged.enrolments.map((e) => {
    const separatedOn = e.employmentId === null ? today : separation.get(e.employmentId);
    // An open employee enrolment always hangs on an active employment (employment part's invariant).
    assert(separatedOn !== undefined, `open enrolment ${e.id} has no active employment ${e.employmentId}`);
    return { ...e, endedOn: later(separatedOn, e.startedOn) };
  });
  return { ok: true, employments, enrolments };
}
