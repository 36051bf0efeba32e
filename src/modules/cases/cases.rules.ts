/**
 * Pure decisions of the cases module: case numbers, the SLA clock (promised deadline, pause and
 * resume, due-soon and overdue), the materials checklist, workflow order and maker-checker.
 */
import { AssertionError } from '../../kernel/assert.ts';
import { type CalendarDate, compareDates, dateOfInstant } from '../../kernel/calendar-date.ts';
import type { Deadline, WorkingDays } from '../../kernel/working-days.ts';
import {
  CASE_SEQUENCE_DIGITS,
  type CaseMaterialRequirement,
  type CaseMaterialStatus,
  type CaseStatus,
  type MaterialInput,
  type WorkflowSnapshot,
} from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';

// ---------------------------------------------------------------------------------------------
// Case numbers

/** `<agency code>-<YYYYMMDD>`: the part of a case number shared by one agency's cases of one day. */
export function caseNumberPrefix(agencyCode: string, day: CalendarDate): string {
  return `${agencyCode}-${day.replaceAll('-', '')}`;
}

/** `<prefix>-<sequence>`, the sequence zero-padded to five digits (wider past 99,999). */
export function formatCaseNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(CASE_SEQUENCE_DIGITS, '0')}`;
}

/** Shape of a case number: agency code, day, sequence. */
export const CASE_NUMBER_PATTERN = /^[0-9A-Za-z-]{2,32}-\d{8}-\d{5,9}$/;

// ---------------------------------------------------------------------------------------------
// The SLA clock

/**
 * Runs a working-day computation. A year without its holiday notice is counted provisionally (the
 * statutory holidays, decision 32); only a date the calendar cannot reach at all (before its first
 * notice, past the provisional rule's last year) is a named refusal, not a crash of the request.
 */
export function withCalendar<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AssertionError && error.message.includes('outside the working-day calendar')) {
      throw rejectCase('case_calendar_not_covered', { reason: error.message });
    }
    throw error;
  }
}

/**
 * The promised deadline: the (promised + paused)-th working day after acceptance. The acceptance
 * day does not count; the deadline day itself is still on time. Provisional when a day counted
 * lies in a year whose holiday notice is not loaded.
 */
export function promisedDeadline(
  calendar: WorkingDays,
  acceptedOn: CalendarDate,
  promisedDays: number,
  pausedWorkdays: number,
): Deadline {
  return withCalendar(() => calendar.deadline(acceptedOn, promisedDays + pausedWorkdays));
}

/** What follows a provisional deadline wherever it is shown, sent or printed. */
export const PROVISIONAL_NOTE = {
  zh: '（暂定，待国务院节假日安排公布后调整）',
  en: " (provisional: to be adjusted when the State Council publishes the year's holiday arrangements)",
} as const;

/** "Promised by <date>", with the provisional note when the date is provisional. */
export function promisedByText(dueOn: string, provisional: boolean): { zh: string; en: string } {
  return {
    zh: `承诺于${dueOn}前办结${provisional ? PROVISIONAL_NOTE.zh : ''}`,
    en: `promised by ${dueOn}${provisional ? PROVISIONAL_NOTE.en : ''}`,
  };
}

/**
 * Working days the clock stood still: those in (pausedSince, resumedOn]. The day the clock stops
 * was a working day the agency had; the day the materials arrive counts like an acceptance day
 * (not at all), so supplying on the day of the request moves nothing.
 */
export function pausedWorkdaysBetween(
  calendar: WorkingDays,
  pausedSince: CalendarDate,
  resumedOn: CalendarDate,
): number {
  if (compareDates(resumedOn, pausedSince) <= 0) return 0;
  return withCalendar(() => calendar.workingDaysBetween(pausedSince, resumedOn));
}

/**
 * A promised deadline counted again on the calendar as it stands now (a notice was loaded): the
 * completed pauses are counted again too, because a pause in a year without its notice was
 * counted on the provisional calendar as well.
 */
export function recountedDeadline(
  calendar: WorkingDays,
  acceptedOn: CalendarDate,
  promisedDays: number,
  pauses: ReadonlyArray<{ since: CalendarDate; resumedOn: CalendarDate }>,
): Deadline & { pausedWorkdays: number } {
  const pausedWorkdays = pauses.reduce((sum, p) => sum + pausedWorkdaysBetween(calendar, p.since, p.resumedOn), 0);
  return { ...promisedDeadline(calendar, acceptedOn, promisedDays, pausedWorkdays), pausedWorkdays };
}

/** Working days left from `today` to `dueOn`: those in (today, dueOn]; negative once overdue. */
export function remainingWorkdays(calendar: WorkingDays, today: CalendarDate, dueOn: CalendarDate): number {
  return withCalendar(() => calendar.workingDaysBetween(today, dueOn));
}

export type RunningSlaState = 'on_track' | 'due_soon' | 'overdue';

/** State of a running clock: overdue after the deadline day, due soon when ≤ `dueSoonWorkdays` are left. */
export function slaStateOf(
  calendar: WorkingDays,
  dueOn: CalendarDate,
  today: CalendarDate,
  dueSoonWorkdays: number,
): RunningSlaState {
  if (compareDates(today, dueOn) > 0) return 'overdue';
  return remainingWorkdays(calendar, today, dueOn) <= dueSoonWorkdays ? 'due_soon' : 'on_track';
}

/**
 * The two dates the set-based sweep compares `due_on` with, equivalent to `slaStateOf`:
 * overdue ⇔ due_on < today; due soon ⇔ today ≤ due_on < dueSoonBefore, where dueSoonBefore is the
 * (dueSoonWorkdays + 1)-th working day after today (so (today, due_on] holds ≤ dueSoonWorkdays).
 */
export function sweepBounds(
  calendar: WorkingDays,
  today: CalendarDate,
  dueSoonWorkdays: number,
): { today: CalendarDate; dueSoonBefore: CalendarDate } {
  return { today, dueSoonBefore: withCalendar(() => calendar.addWorkingDays(today, dueSoonWorkdays + 1)) };
}

/** A case finished within its promise when it closed on or before its deadline day. */
export function finishedWithinPromise(finishedOn: CalendarDate, dueOn: CalendarDate | null): boolean | null {
  return dueOn === null ? null : compareDates(finishedOn, dueOn) <= 0;
}

/** The China calendar day of an instant (deadlines are counted in China time). */
export function dayOf(instant: Date): CalendarDate {
  return dateOfInstant(instant);
}

// ---------------------------------------------------------------------------------------------
// Materials

type Checklist = WorkflowSnapshot['materials'];

export interface PlannedMaterial {
  readonly code: string;
  readonly requirement: CaseMaterialRequirement;
  readonly status: CaseMaterialStatus;
  readonly uploadId: string | null;
  readonly note: string | null;
}

/**
 * Checks material inputs against the checklists of every case they are for: each code must be in
 * at least one checklist, listed once, a received one needs its upload, a waived one a note and
 * a requirement other than `required` in every checklist that lists it.
 */
export function checkMaterialInputs(checklists: readonly Checklist[], inputs: readonly MaterialInput[]): void {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.code)) throw rejectCase('case_material_duplicate', { code: input.code });
    seen.add(input.code);
    const listed = checklists.flatMap((list) => list.filter((m) => m.code === input.code));
    if (listed.length === 0) throw rejectCase('case_material_unknown', { code: input.code });
    if ((input.status ?? 'received') === 'received') {
      if (!input.uploadId) throw rejectCase('case_upload_required', { code: input.code });
    } else {
      if (listed.some((m) => m.requirement === 'required'))
        throw rejectCase('case_material_not_waivable', { code: input.code });
      if (!input.note?.trim()) throw rejectCase('case_reason_required', { code: input.code });
    }
  }
}

/** One case's checklist after the inputs: what arrived, what was waived, what is missing. */
export function planMaterials(checklist: Checklist, inputs: readonly MaterialInput[]): PlannedMaterial[] {
  return checklist.map((material) => {
    const input = inputs.find((i) => i.code === material.code);
    if (input) {
      const status = input.status ?? 'received';
      return {
        code: material.code,
        requirement: material.requirement,
        status,
        uploadId: status === 'received' ? (input.uploadId ?? null) : null,
        note: input.note?.trim() || null,
      };
    }
    const status: CaseMaterialStatus = material.requirement === 'optional' ? 'not_provided' : 'missing';
    return { code: material.code, requirement: material.requirement, status, uploadId: null, note: null };
  });
}

/** Materials that block acceptance: required ones not received (nor waivable). */
export function requiredMissing(
  materials: ReadonlyArray<{ code: string; requirement: string; status: string }>,
): string[] {
  return materials.filter((m) => m.requirement === 'required' && m.status === 'missing').map((m) => m.code);
}

/** Materials the agency waits for (they stop the clock once the case is accepted). */
export function awaited(materials: ReadonlyArray<{ code: string; status: string }>): string[] {
  return materials.filter((m) => m.status === 'missing').map((m) => m.code);
}

/** A supply deadline must not be before today. */
export function checkSupplyDeadline(deadline: CalendarDate, today: CalendarDate): void {
  if (compareDates(deadline, today) < 0) throw rejectCase('case_deadline_in_past', { deadline, today });
}

// ---------------------------------------------------------------------------------------------
// Workflow

export interface StepActor {
  readonly id: number;
  readonly permissions: ReadonlySet<string>;
}

export interface StepState {
  readonly status: CaseStatus;
  readonly nextStep: number;
  readonly done: ReadonlyArray<{ stepCode: string; staffId: number }>;
}

/**
 * Whether `actor` may perform step `stepCode` now: the case is open and running, the step is the
 * next one, the actor holds its permission, and the actor performed no step the item separates
 * from it (maker-checker). Returns the step's index and whether it is the last.
 */
export function checkStep(
  workflow: WorkflowSnapshot,
  state: StepState,
  actor: StepActor,
  stepCode: string,
): { index: number; last: boolean } {
  if (state.status === 'completed' || state.status === 'refused' || state.status === 'declined')
    throw rejectCase('case_closed');
  const expected = workflow.steps[state.nextStep];
  const index = workflow.steps.findIndex((s) => s.code === stepCode);
  if (!expected || index !== state.nextStep)
    throw rejectCase('case_step_out_of_order', { step: stepCode, expected: expected?.code ?? null });
  if (index === 0 ? state.status !== 'received' : state.status === 'received')
    throw rejectCase('case_step_out_of_order', { step: stepCode, expected: expected.code });
  if (state.status === 'waiting_materials') throw rejectCase('case_waiting_materials');
  if (!actor.permissions.has(expected.permission))
    throw rejectCase('case_step_permission_missing', { permission: expected.permission });
  const conflict = separatedFrom(workflow, stepCode).find((other) =>
    state.done.some((d) => d.stepCode === other && d.staffId === actor.id),
  );
  if (conflict) throw rejectCase('case_separated_steps_same_person', { step: stepCode, performed: conflict });
  return { index, last: index === workflow.steps.length - 1 };
}

/** Step codes the item separates from `stepCode`. */
export function separatedFrom(workflow: WorkflowSnapshot, stepCode: string): string[] {
  return workflow.separatedSteps.flatMap(([a, b]) => (a === stepCode ? [b] : b === stepCode ? [a] : []));
}

/** The status a case reaches after its acceptance step. */
export function statusAfterAcceptance(missing: number, last: boolean): CaseStatus {
  if (missing > 0) return 'waiting_materials';
  return last ? 'completed' : 'in_progress';
}
