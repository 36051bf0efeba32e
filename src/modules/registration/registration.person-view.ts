/**
 * The person 360 view (the page a counter clerk opens first: identity, enrolments over time,
 * employment history, open cases, archived documents, duplicates and merges) and the insured
 * person's own view in the self-service hall.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { common } from '../../kernel/rejection.ts';
import { documentsOfSubject, type ArchivedDocument } from '../archive/index.ts';
import { recordAudit, type AuditActor } from '../audit/index.ts';
import type { PublicActor, StaffActor } from '../auth/index.ts';
import { openCasesOfApplicant, type CaseRow } from '../cases/index.ts';
import { listMerges, type MergeView } from './registration.merges.service.ts';
import type { SeparationReason } from './registration.model.ts';
import { personChanges } from './registration.persons.repository.ts';
import { listDuplicates, loadPersonDetail } from './registration.persons.service.ts';
import {
  detailForEmployment,
  historyRow,
  type DuplicateFlagView,
  type HistoryRow,
  type PersonDetail,
} from './registration.persons.views.ts';
import { employersInScopeOf, personReached, type PersonReach } from './registration.scope.ts';

/** Bounds of one view (ARCHITECTURE rule 6); a lifetime has far fewer rows than these. */
const ROWS_MAX = 500;
const RECENT_CHANGES = 20;
const MERGE_CHAIN_MAX = 5;

export interface EnrolmentEventView {
  readonly event: 'started' | 'suspended' | 'resumed' | 'terminated';
  readonly effectiveOn: string;
  readonly reason: string | null;
  readonly actorName: string;
  readonly at: string;
}

export interface EnrolmentView {
  readonly id: number;
  readonly scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
  readonly category: 'employee' | 'flexible';
  readonly employer: { readonly id: number; readonly name: string } | null;
  readonly employerId: number | null;
  readonly employerName: string | null;
  readonly employmentId: number | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly status: 'active' | 'suspended' | 'terminated';
  readonly statusReason: string | null;
  readonly poolingRegion: string;
  readonly mergedFrom: number | null;
}

export interface EmploymentView {
  readonly id: number;
  readonly employer: {
    readonly id: number;
    readonly name: string;
    readonly creditCode: string;
    readonly employerNo: string;
  };
  readonly employerId: number;
  readonly employerName: string;
  readonly hiredOn: string;
  readonly separatedOn: string | null;
  readonly separationReason: SeparationReason | null;
  readonly status: 'active' | 'ended';
  readonly sourceChannel: string;
  readonly mergedFrom: number | null;
}

export interface Person360 {
  /** 'employment': the clerk reaches the person only through employers in scope (see registration.scope.ts). */
  readonly reach: PersonReach;
  readonly person: PersonDetail;
  readonly enrolments: Array<EnrolmentView & { readonly events: EnrolmentEventView[] }>;
  readonly employments: EmploymentView[];
  readonly openCases: CaseRow[];
  readonly documents: ArchivedDocument[];
  readonly duplicateFlags: DuplicateFlagView[];
  readonly merges: MergeView[];
  readonly recentChanges: HistoryRow[];
}

/** A person's enrolments, newest first, with the employer's name. */
export async function enrolmentsOf(db: Executor, personId: number): Promise<EnrolmentView[]> {
  const rows = await db
    .selectFrom('enrolments')
    .leftJoin('employers', 'employers.id', 'enrolments.employer_id')
    .selectAll('enrolments')
    .select('employers.name as employer_name')
    .where('enrolments.person_id', '=', personId)
    .orderBy('enrolments.started_on', 'desc')
    .orderBy('enrolments.id', 'desc')
    .limit(ROWS_MAX)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    scheme: r.scheme,
    category: r.category,
    employer: r.employer_id === null ? null : { id: r.employer_id, name: r.employer_name ?? '' },
    employerId: r.employer_id,
    employerName: r.employer_name,
    employmentId: r.employment_id,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    status: r.status,
    statusReason: r.status_reason,
    poolingRegion: r.pooling_region,
    mergedFrom: r.merged_from,
  }));
}

/** A person's employments, newest first, with the employer's name and credit code. */
export async function employmentsOf(db: Executor, personId: number): Promise<EmploymentView[]> {
  const rows = await db
    .selectFrom('employments')
    .innerJoin('employers', 'employers.id', 'employments.employer_id')
    .selectAll('employments')
    .select(['employers.name as employer_name', 'employers.credit_code', 'employers.employer_no'])
    .where('employments.person_id', '=', personId)
    .orderBy('employments.hired_on', 'desc')
    .orderBy('employments.id', 'desc')
    .limit(ROWS_MAX)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    employer: { id: r.employer_id, name: r.employer_name, creditCode: r.credit_code, employerNo: r.employer_no },
    employerId: r.employer_id,
    employerName: r.employer_name,
    hiredOn: r.hired_on,
    separatedOn: r.separated_on,
    separationReason: r.separation_reason,
    status: r.status,
    sourceChannel: r.source_channel,
    mergedFrom: r.merged_from,
  }));
}

async function eventsOf(db: Executor, personId: number): Promise<Map<number, EnrolmentEventView[]>> {
  const rows = await db
    .selectFrom('enrolment_events')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('effective_on')
    .orderBy('id')
    .limit(ROWS_MAX * 4)
    .execute();
  const byEnrolment = new Map<number, EnrolmentEventView[]>();
  for (const r of rows) {
    const list = byEnrolment.get(r.enrolment_id) ?? [];
    list.push({
      event: r.event,
      effectiveOn: r.effective_on,
      reason: r.reason,
      actorName: r.actor_name,
      at: r.at.toISOString(),
    });
    byEnrolment.set(r.enrolment_id, list);
  }
  return byEnrolment;
}

/**
 * The 360 view of a person in scope; opening it is audited as a read of personal data. A clerk
 * reaching the person only through an employment sees the identity without contact, residence
 * or bank data, and only the employments and enrolments with employers in scope.
 */
export async function person360(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
): Promise<Person360> {
  const { row, reach } = await personReached(ctx.db, actor, personId);
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'person.view',
    entity: 'person',
    entityId: personId,
    details: { reach },
  });
  if (reach === 'employment') return employmentView(ctx, actor, personId);
  const events = await eventsOf(ctx.db, personId);
  const enrolments = (await enrolmentsOf(ctx.db, personId)).map((e) => ({ ...e, events: events.get(e.id) ?? [] }));
  return {
    reach,
    person: await loadPersonDetail(ctx.db, personId),
    enrolments,
    employments: await employmentsOf(ctx.db, personId),
    openCases: await openCasesOfApplicant(ctx.db, row.id_index),
    documents: await documentsOfSubject(ctx.db, row.id_index),
    duplicateFlags: await listDuplicates(ctx, actor, { personId, limit: ROWS_MAX }),
    merges: await listMerges(ctx, actor, { personId, limit: ROWS_MAX }),
    recentChanges: (await personChanges(ctx.db, personId, RECENT_CHANGES)).map(historyRow),
  };
}

/** The 360 view through an employment: what the relation with the employers in scope needs. */
async function employmentView(ctx: AppContext, actor: StaffActor, personId: number): Promise<Person360> {
  const employers = await employersInScopeOf(ctx.db, actor, personId);
  const events = await eventsOf(ctx.db, personId);
  const enrolments = (await enrolmentsOf(ctx.db, personId))
    .filter((e) => e.employerId !== null && employers.has(e.employerId))
    .map((e) => ({ ...e, events: events.get(e.id) ?? [] }));
  return {
    reach: 'employment',
    person: detailForEmployment(await loadPersonDetail(ctx.db, personId)),
    enrolments,
    employments: (await employmentsOf(ctx.db, personId)).filter((e) => employers.has(e.employerId)),
    openCases: [],
    documents: [],
    duplicateFlags: [],
    merges: [],
    recentChanges: [],
  };
}

export type HallRegistration =
  | { readonly registered: false }
  | {
      readonly registered: true;
      readonly person: Omit<PersonDetail, 'version' | 'caseId' | 'sourceChannel' | 'createdAt' | 'updatedAt'>;
      readonly enrolments: Array<
        Omit<EnrolmentView, 'mergedFrom' | 'employmentId'> & {
          readonly events: Array<Pick<EnrolmentEventView, 'event' | 'effectiveOn' | 'reason'>>;
        }
      >;
      readonly employments: Array<Omit<EmploymentView, 'mergedFrom' | 'sourceChannel'>>;
    };

/** The record behind a logged-in person's account; a merged record leads to the one it went into. */
export async function personOfAccount(db: Executor, accountId: number): Promise<number | null> {
  const account = await db
    .selectFrom('public_accounts')
    .select('identifier_index')
    .where('id', '=', accountId)
    .where('kind', '=', 'person')
    .executeTakeFirst();
  if (!account) return null;
  let row = await db
    .selectFrom('persons')
    .select(['person_id', 'merged_into'])
    .where('id_index', '=', account.identifier_index)
    .executeTakeFirst();
  for (let hop = 0; row?.merged_into != null && hop < MERGE_CHAIN_MAX; hop++)
    row = await db
      .selectFrom('persons')
      .select(['person_id', 'merged_into'])
      .where('person_id', '=', row.merged_into)
      .executeTakeFirst();
  return row?.person_id ?? null;
}

/** A logged-in insured person's own registration: identity (masked), enrolments, employments. */
export async function hallRegistration(ctx: AppContext, actor: PublicActor): Promise<HallRegistration> {
  if (actor.kind !== 'person') throw common.reject('forbidden');
  const personId = await personOfAccount(ctx.db, actor.id);
  if (personId === null) return { registered: false };
  const {
    version: _v,
    caseId: _c,
    sourceChannel: _s,
    createdAt: _a,
    updatedAt: _u,
    ...person
  } = await loadPersonDetail(ctx.db, personId);
  const events = await eventsOf(ctx.db, personId);
  const enrolments = (await enrolmentsOf(ctx.db, personId)).map(({ mergedFrom: _m, employmentId: _e, ...rest }) => ({
    ...rest,
    // The timeline of the hall: what happened and when, without the staff member's name.
    events: (events.get(rest.id) ?? []).map(({ event, effectiveOn, reason }) => ({ event, effectiveOn, reason })),
  }));
  const employments = (await employmentsOf(ctx.db, personId)).map(
    ({ mergedFrom: _m, sourceChannel: _s2, ...rest }) => rest,
  );
  return { registered: true, person, enrolments, employments };
}
