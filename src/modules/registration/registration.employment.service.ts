/**
 * Use cases of employment at the window: hire (with the enrolments it implies), separation (with
 * the enrolments it closes) and death registration. Each loads state, asks the pure rules, and
 * writes the decision, its enrolment events, history and audit in one transaction.
 */
import type { AppContext } from '../../app-context.ts';
import type { Db, Trx } from '../../db/connection.ts';
import { isCalendarDate, today as todayOf, type CalendarDate } from '../../kernel/calendar-date.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { linkedCaseId } from './registration.case-link.ts';
import { personIndex } from './registration.identity.ts';
import * as repo from './registration.employment.repository.ts';
import { rejectEmployment } from './registration.employment.rejections.ts';
import {
  decideDeath,
  decideHire,
  decideSeparation,
  type Decision,
  type PersonRecord,
} from './registration.employment.rules.ts';
import { recordPersonChanges } from './registration.history.ts';
import type { ReportableSeparationReason, Scheme } from './registration.model.ts';
import { employmentsOf, enrolmentsOf, type EmploymentView, type EnrolmentView } from './registration.person-view.ts';
import { loadPersonDetail } from './registration.persons.service.ts';
import type { PersonDetail } from './registration.persons.views.ts';
import { regionRule } from './registration.region-rules.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { employerInScope, personInScope, personReach, personReached } from './registration.scope.ts';
import { Rejection } from '../../kernel/rejection.ts';

/** Service items a hire, separation, enrolment or death at the window may belong to. */
export const EMPLOYMENT_ITEMS = ['person-registration', 'registration-change'] as const;

export interface EmploymentResult {
  readonly employment: EmploymentView;
  readonly enrolments: EnrolmentView[];
}

/** A date from a request: a real calendar day, or `registration_calendar_date_invalid`. */
export function requestDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) throw rejectRegistration('registration_calendar_date_invalid', { field });
  return value;
}

/** Throws the named refusal of a decision; returns the accepted decision. */
export function accepted<T>(decision: Decision<T>): { ok: true } & T {
  if (!decision.ok) throw new Rejection(decision.code, { field: decision.field, ...decision.details });
  return decision;
}

/** The employment with its enrolments, as the API returns it after a write. */
export async function employmentResult(db: Db, personId: number, employmentId: number): Promise<EmploymentResult> {
  const employment = (await employmentsOf(db, personId)).find((e) => e.id === employmentId);
  if (!employment) throw rejectEmployment('employment_not_found');
  const enrolments = (await enrolmentsOf(db, personId)).filter((e) => e.employmentId === employmentId);
  return { employment, enrolments };
}

/**
 * The employment a hall row just applied leaves the person named by citizen ID with at the
 * employer: the active one after a hire, the one ended last after a separation.
 */
export async function employmentOfCitizenId(
  ctx: AppContext,
  employerId: number,
  citizenId: string,
  status: 'active' | 'ended',
): Promise<EmploymentResult> {
  const valid = checkCitizenId(citizenId.trim(), todayOf(ctx.clock));
  if (!valid.valid) throw rejectRegistration('person_citizen_id_invalid');
  const found = await repo.latestEmploymentAt(ctx.db, employerId, personIndex(ctx.keys, valid.normalized), status);
  return employmentResult(ctx.db, found.personId, found.employmentId);
}

async function lockedRecord(trx: Trx, personId: number): Promise<PersonRecord> {
  const record = (await repo.loadRecords(trx, [personId], true)).get(personId);
  if (!record) throw rejectRegistration('person_not_found');
  return record;
}

export interface HireInput {
  readonly employerId: number;
  readonly hiredOn: string;
  readonly schemes?: Scheme[] | undefined;
  readonly caseNumber?: string | undefined;
}

/**
 * Whom a hire names: by internal id, only a person the clerk already reaches (registered in the
 * subtree, or employed there); by full citizen ID (the document in hand), anyone registered.
 */
export type HireSubject = { readonly personId: number } | { readonly citizenId: string };

interface SubjectRow {
  readonly person_id: number;
  readonly id_index: string;
  readonly id_masked: string;
  readonly name: string;
}

async function hireSubject(trx: Trx, ctx: AppContext, actor: StaffActor, subject: HireSubject): Promise<SubjectRow> {
  const columns = ['person_id', 'id_index', 'id_masked', 'name', 'agency_id'] as const;
  if ('personId' in subject) {
    const row = await trx
      .selectFrom('persons')
      .select(columns)
      .where('person_id', '=', subject.personId)
      .executeTakeFirst();
    if (!row) throw rejectRegistration('person_not_found');
    // Named, and nothing of the record: the clerk is told to use the citizen ID instead.
    if ((await personReach(trx, actor, row)) === null) throw rejectEmployment('employment_person_out_of_scope');
    return row;
  }
  const id = checkCitizenId(subject.citizenId.trim(), todayOf(ctx.clock));
  if (!id.valid) throw rejectRegistration('person_citizen_id_invalid', { reason: id.reason });
  const index = personIndex(ctx.keys, id.normalized);
  const row = await trx.selectFrom('persons').select(columns).where('id_index', '=', index).executeTakeFirst();
  if (!row) throw rejectRegistration('person_not_found');
  return row;
}

/** A hire's result with whom it hired: what a clerk linking a person by citizen ID gets to see. */
export interface HireResult extends EmploymentResult {
  readonly person: { readonly id: number; readonly name: string; readonly idMasked: string };
}

/**
 * Hires a registered person at an employer in the clerk's scope. The employer decides the scope
 * of a hire (as for imports): a person registered elsewhere is named by the full citizen ID, and
 * the clerk then reaches only what this employment needs (registration.scope.ts).
 */
export async function hirePerson(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  subject: HireSubject,
  input: HireInput,
): Promise<HireResult> {
  const hiredOn = requestDate(input.hiredOn, 'hiredOn');
  const hired = await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const employer = await employerInScope(trx, actor, input.employerId, true);
    const person = await hireSubject(trx, ctx, actor, subject);
    const personId = person.person_id;
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYMENT_ITEMS, person.id_index);
    const record = await lockedRecord(trx, personId);
    const rule = await regionRule(trx, employer.pooling_region, hiredOn);
    const plan = accepted(
      decideHire({
        record,
        employer: {
          id: employer.id,
          status: employer.status,
          foundedOn: employer.founded_on,
          poolingRegion: employer.pooling_region,
        },
        hiredOn,
        today: todayOf(ctx.clock),
        schemes: input.schemes ?? null,
        allowConcurrent: rule.allowConcurrentEmployment,
      }),
    );
    const meta: repo.WriteMeta = { who, now: ctx.clock.now(), channel: 'window' };
    await repo.terminateEnrolments(
      trx,
      meta,
      plan.endFlexible.map((e) => ({ personId, enrolmentId: e.id, endedOn: hiredOn, reason: 'employed' })),
    );
    await repo.insertHires(trx, meta, { id: employer.id, poolingRegion: employer.pooling_region, importId: null }, [
      { personId, hiredOn, schemes: plan.enrol, caseId },
    ]);
    const created = await trx
      .selectFrom('employments')
      .select('id')
      .where('person_id', '=', personId)
      .where('employer_id', '=', employer.id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.hire',
      entity: 'person',
      entityId: personId,
      details: {
        employerId: employer.id,
        employmentId: created.id,
        hiredOn,
        schemes: plan.enrol,
        endedFlexible: plan.endFlexible.map((e) => e.id),
        caseId,
        namedBy: 'personId' in subject ? 'person_id' : 'citizen_id',
      },
    });
    return { person, employmentId: created.id };
  });
  const { person, employmentId } = hired;
  const result = await employmentResult(ctx.db, person.person_id, employmentId);
  return { ...result, person: { id: person.person_id, name: person.name, idMasked: person.id_masked } };
}

export interface SeparationInput {
  readonly separatedOn: string;
  readonly reason: ReportableSeparationReason;
  readonly caseNumber?: string | undefined;
}

/** Ends an employment of a person in scope and closes the enrolments it implied. */
export async function separateEmployment(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  employmentId: number,
  input: SeparationInput,
): Promise<EmploymentResult> {
  const separatedOn = requestDate(input.separatedOn, 'separatedOn');
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    // The whole record in scope, or an employment here: the employment's employer must be in scope.
    const { row: person } = await personReached(trx, actor, personId, true);
    const record = await lockedRecord(trx, personId);
    const employment = record.employments.find((e) => e.id === employmentId);
    if (!employment) throw rejectEmployment('employment_not_found');
    await employerInScope(trx, actor, employment.employerId);
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYMENT_ITEMS, person.id_index);
    const plan = accepted(decideSeparation({ record, employment, separatedOn, today: todayOf(ctx.clock) }));
    const meta: repo.WriteMeta = { who, now: ctx.clock.now(), channel: 'window' };
    await repo.endEmployments(trx, meta, [{ personId, employmentId, separatedOn, reason: input.reason }]);
    await repo.terminateEnrolments(
      trx,
      meta,
      plan.close.map((e) => ({ personId, enrolmentId: e.id, endedOn: separatedOn, reason: 'separation' })),
    );
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.separation',
      entity: 'person',
      entityId: personId,
      details: {
        employerId: employment.employerId,
        employmentId,
        separatedOn,
        reason: input.reason,
        closedEnrolments: plan.close.map((e) => e.id),
        caseId,
      },
    });
  });
  return employmentResult(ctx.db, personId, employmentId);
}

export interface DeathInput {
  readonly version: number;
  readonly deathDate: string;
  readonly caseNumber?: string | undefined;
}

/**
 * Registers a person's death: every active employment ends (reason 'death') and every open
 * enrolment terminates on the day after death, so the day of death is still covered.
 */
export async function registerDeath(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  input: DeathInput,
): Promise<PersonDetail> {
  const deathDate = requestDate(input.deathDate, 'deathDate');
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const person = await personInScope(trx, actor, personId, true);
    if (person.version !== input.version)
      throw rejectRegistration('registration_version_conflict', { version: person.version });
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYMENT_ITEMS, person.id_index);
    const record = await lockedRecord(trx, personId);
    const plan = accepted(decideDeath({ record, deathDate, today: todayOf(ctx.clock) }));
    const meta: repo.WriteMeta = { who, now: ctx.clock.now(), channel: 'window' };
    await repo.endEmployments(
      trx,
      meta,
      plan.endEmployments.map((e) => ({ personId, employmentId: e.id, separatedOn: plan.endOn, reason: plan.reason })),
    );
    await repo.terminateEnrolments(
      trx,
      meta,
      plan.endEnrolments.map((e) => ({ personId, enrolmentId: e.id, endedOn: plan.endOn, reason: plan.reason })),
    );
    await trx
      .updateTable('persons')
      .set({ status: 'deceased', death_date: deathDate, version: person.version + 1, updated_at: meta.now })
      .where('person_id', '=', personId)
      .execute();
    await recordPersonChanges(
      trx,
      ctx.clock,
      who,
      personId,
      [
        { field: 'status', oldValue: person.status, newValue: 'deceased' },
        { field: 'deathDate', oldValue: null, newValue: deathDate },
      ],
      { effectiveOn: deathDate, reason: 'death', caseId },
    );
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.death',
      entity: 'person',
      entityId: personId,
      details: {
        deathDate,
        endedEmployments: plan.endEmployments.map((e) => e.id),
        endedEnrolments: plan.endEnrolments.map((e) => e.id),
        caseId,
      },
    });
  });
  return loadPersonDetail(ctx.db, personId);
}
