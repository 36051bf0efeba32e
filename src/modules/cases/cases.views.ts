/** Read models of cases: the staff detail and list, the applicant's progress, the summary for other modules. */
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { addDays, parseCalendarDate, startOfChinaDay, type CalendarDate } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import type { PublicActor, StaffActor } from '../auth/index.ts';
import { scopePathOf } from './cases.agencies.ts';
import { overrideOfCase } from './cases.applicant-identity.ts';
import { candidateIndexes } from './cases.intake.ts';
import { calendar, todayIn } from './cases.lifecycle.ts';
import type {
  AlertView,
  CaseDetail,
  CaseRow,
  CaseSlaState,
  CaseStatus,
  CaseSummary,
  MaterialView,
  NoticeView,
  Progress,
  ProgressRow,
  StaffRef,
} from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import { remainingWorkdays } from './cases.rules.ts';
import { inSubtree } from '../org/index.ts';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

function ref(names: Map<number, string>, id: number | null): StaffRef | null {
  return id === null ? null : { id, displayName: names.get(id) ?? '' };
}

function rowOf(r: CaseRecord, names: Map<number, string>): CaseRow {
  return {
    id: r.id,
    caseNumber: r.case_number,
    bundleId: r.bundle_id,
    item: { code: r.item_code, version: r.item_version, nameZh: r.item_name_zh, nameEn: r.item_name_en },
    channel: r.channel,
    status: r.status,
    slaState: r.sla_state,
    applicant: { kind: r.applicant_kind, name: r.applicant_name, identifierMasked: r.applicant_masked },
    agency: { id: r.agency_id, name: r.agency_name },
    receivedAt: r.received_at.toISOString(),
    acceptedOn: r.accepted_on,
    dueOn: r.due_on,
    dueOnProvisional: r.due_on_provisional,
    owner: ref(names, r.owner_staff_id),
    assignee: ref(names, r.assigned_staff_id),
    version: r.version,
  };
}

async function materialViews(db: Executor, caseId: number): Promise<MaterialView[]> {
  return (await repo.materialsOf(db, [caseId])).map((m) => ({
    code: m.code,
    nameZh: m.name_zh,
    nameEn: m.name_en,
    requirement: m.requirement,
    status: m.status,
    supplyDeadline: m.supply_deadline,
    reason: m.reason,
    receivedAt: iso(m.received_at),
    document:
      m.document_id === null
        ? null
        : { id: m.document_id, archiveNo: m.archive_no, fileName: m.file_name, mediaType: m.media_type },
  }));
}

/** Slips that name a case (or every case of a bundle). */
export async function noticesOf(
  db: Executor,
  filter: { caseId: number } | { bundleId: number },
): Promise<NoticeView[]> {
  let query = db.selectFrom('case_notices').selectAll('case_notices');
  query =
    'caseId' in filter
      ? query.where('case_notices.id', 'in', (eb) =>
          eb.selectFrom('case_notice_cases').select('notice_id').where('case_id', '=', filter.caseId),
        )
      : query.where('case_notices.bundle_id', '=', filter.bundleId);
  const notices = await query.orderBy('case_notices.id').execute();
  if (notices.length === 0) return [];
  const links = await db
    .selectFrom('case_notice_cases')
    .innerJoin('cases', 'cases.id', 'case_notice_cases.case_id')
    .select(['case_notice_cases.notice_id', 'cases.case_number'])
    .where(
      'case_notice_cases.notice_id',
      'in',
      notices.map((n) => n.id),
    )
    .orderBy('cases.id')
    .execute();
  return notices.map((n) => ({
    id: n.id,
    bundleId: n.bundle_id,
    kind: n.kind,
    caseNumbers: links.filter((l) => l.notice_id === n.id).map((l) => l.case_number),
    textZh: n.text_zh,
    textEn: n.text_en,
    document: n.document_id === null ? null : { id: n.document_id, archiveNo: n.archive_no },
    createdAt: n.created_at.toISOString(),
  }));
}

/** A slip of a bundle in the staff member's subtree, by id; another subtree's is out of scope. */
export async function noticeInScope(db: Executor, actor: StaffActor, noticeId: number): Promise<NoticeView> {
  const row = await db.selectFrom('case_notices').select('bundle_id').where('id', '=', noticeId).executeTakeFirst();
  if (!row) throw rejectCase('case_not_found');
  const records = await repo.casesOfBundle(db, row.bundle_id);
  if (!inSubtree(records[0]!.agency_path, actor.agencyPath)) throw common.reject('out_of_scope');
  return (await noticesOf(db, { bundleId: row.bundle_id })).find((n) => n.id === noticeId)!;
}

/** The archived document of a slip that names the case; null when the slip names it not or has none. */
export async function noticeDocumentOfCase(db: Executor, noticeId: number, caseId: number): Promise<number | null> {
  const link = await db
    .selectFrom('case_notice_cases')
    .select('document_id')
    .where('notice_id', '=', noticeId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return link?.document_id ?? null;
}

/** Alerts with the case number, owner and agency. */
export function alertQuery(db: Executor) {
  return db
    .selectFrom('case_alerts')
    .innerJoin('cases', 'cases.id', 'case_alerts.case_id')
    .innerJoin('agencies', 'agencies.id', 'case_alerts.agency_id')
    .leftJoin('staff', 'staff.id', 'case_alerts.owner_staff_id')
    .selectAll('case_alerts')
    .select([
      'cases.case_number',
      'agencies.name as agency_name',
      'agencies.path as agency_path',
      'staff.display_name as owner_name',
    ]);
}

export type AlertRecord = Awaited<ReturnType<ReturnType<typeof alertQuery>['execute']>>[number];

export function alertView(a: AlertRecord): AlertView {
  return {
    id: a.id,
    caseId: a.case_id,
    caseNumber: a.case_number,
    kind: a.kind,
    dueOn: a.due_on,
    raisedAt: a.raised_at.toISOString(),
    owner: a.owner_staff_id === null ? null : { id: a.owner_staff_id, displayName: a.owner_name ?? '' },
    agency: { id: a.agency_id, name: a.agency_name },
    acknowledgedAt: iso(a.acknowledged_at),
    acknowledgedBy: a.acknowledged_by,
  };
}

/** Working days left on a running or stopped clock (null when it does not run). */
function remainingOf(ctx: AppContext, r: CaseRecord): number | null {
  if (r.due_on === null) return null;
  const due = r.due_on as CalendarDate;
  if (r.status === 'in_progress') return remainingWorkdays(calendar, todayIn(ctx), due);
  if (r.status === 'waiting_materials' && r.paused_since !== null)
    return remainingWorkdays(calendar, r.paused_since as CalendarDate, due);
  return null;
}

/** Everything about a case for the clerk workbench. */
export async function caseDetail(db: Executor, ctx: AppContext, r: CaseRecord): Promise<CaseDetail> {
  const workflow = await repo.loadWorkflow(db, r.item_id, r.item_version);
  const steps = await repo.stepsOf(db, r.id);
  const events = await db.selectFrom('case_events').selectAll().where('case_id', '=', r.id).orderBy('id').execute();
  const handovers = await db
    .selectFrom('case_handovers')
    .selectAll()
    .where('case_id', '=', r.id)
    .orderBy('id')
    .execute();
  const alerts = await alertQuery(db).where('case_alerts.case_id', '=', r.id).orderBy('case_alerts.id').execute();
  const names = await repo.staffNames(db, [
    r.owner_staff_id,
    r.assigned_staff_id,
    r.received_by,
    r.decided_by,
    ...steps.map((s) => s.staff_id),
    ...handovers.flatMap((h) => [h.from_staff_id, h.to_staff_id, h.by_staff_id]),
  ]);
  const bundle = await db.selectFrom('case_bundles').select('note').where('id', '=', r.bundle_id).executeTakeFirst();
  const next = workflow.steps[r.next_step];
  const open = r.status === 'received' || r.status === 'in_progress' || r.status === 'waiting_materials';
  return {
    ...rowOf(r, names),
    item: {
      id: r.item_id,
      code: r.item_code,
      version: r.item_version,
      nameZh: r.item_name_zh,
      nameEn: r.item_name_en,
      promisedDays: workflow.promisedDays,
      statutoryDays: workflow.statutoryDays,
    },
    applicant: {
      kind: r.applicant_kind,
      publicAccountId: r.public_account_id,
      name: r.applicant_name,
      identifierType: r.applicant_id_type,
      identifierMasked: r.applicant_masked,
      phoneMasked: r.phone_masked,
      verified: r.applicant_verified,
      nameOverride: await overrideOfCase(db, r.name_override_id),
    },
    servicePointId: r.service_point_id,
    windowId: r.window_id,
    ticketId: r.ticket_id,
    receivedBy: ref(names, r.received_by),
    applicationNote: bundle?.note ?? null,
    promisedDays: r.promised_days,
    pausedWorkdays: r.paused_workdays,
    pausedSince: r.paused_since,
    supplyDeadline: r.supply_deadline,
    remainingWorkdays: remainingOf(ctx, r),
    materials: await materialViews(db, r.id),
    steps: workflow.steps.map((s, index) => {
      const done = steps.find((d) => d.step_index === index);
      return {
        index,
        code: s.code,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        permission: s.permission,
        done: done
          ? {
              staff: ref(names, done.staff_id)!,
              decision: done.decision,
              reason: done.reason,
              comment: done.comment,
              at: done.at.toISOString(),
            }
          : null,
      };
    }),
    nextStep: open && next ? { index: r.next_step, ...next } : null,
    separatedSteps: workflow.separatedSteps.map(([a, b]) => [a, b]),
    decision:
      r.outcome === null
        ? null
        : {
            outcome: r.outcome,
            reason: r.decision_reason,
            note: r.outcome_note,
            at: iso(r.decided_at),
            by: ref(names, r.decided_by),
          },
    completedAt: iso(r.completed_at),
    finishedWithinPromise: r.within_promise,
    history: events.map((e) => ({
      at: e.at.toISOString(),
      event: e.event,
      statusFrom: e.status_from,
      statusTo: e.status_to,
      actor: { kind: e.actor_kind, id: e.actor_id, name: e.actor_name },
      details: e.details,
    })),
    handOvers: handovers.map((h) => ({
      at: h.at.toISOString(),
      from: ref(names, h.from_staff_id),
      to: ref(names, h.to_staff_id)!,
      by: ref(names, h.by_staff_id)!,
      reason: h.reason,
    })),
    notices: await noticesOf(db, { caseId: r.id }),
    alerts: alerts.map(alertView),
  };
}

/** A case the staff member may see, by id or number. */
export async function caseInScope(
  db: Executor,
  actor: StaffActor,
  key: { id: number } | { caseNumber: string },
): Promise<CaseRecord> {
  const record = await repo.findCase(db, key);
  if (!record) throw rejectCase('case_not_found');
  if (!inSubtree(record.agency_path, actor.agencyPath)) throw common.reject('out_of_scope');
  return record;
}

export interface CaseFilter {
  readonly status?: CaseStatus | undefined;
  readonly slaState?: CaseSlaState | undefined;
  readonly itemCode?: string | undefined;
  readonly agencyId?: number | undefined;
  readonly mine?: 'owner' | 'assignee' | undefined;
  readonly caseNumber?: string | undefined;
  readonly identifier?: string | undefined;
  readonly receivedFrom?: string | undefined;
  readonly receivedTo?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** List rows of the given cases, with owner and assignee names. */
export async function caseRows(db: Executor, records: readonly CaseRecord[]): Promise<CaseRow[]> {
  const names = await repo.staffNames(
    db,
    records.flatMap((r) => [r.owner_staff_id, r.assigned_staff_id]),
  );
  return records.map((r) => rowOf(r, names));
}

/** Open cases (not completed, refused or declined) of one applicant, by blind index, newest first. */
export async function openCasesOfApplicant(db: Executor, applicantIndex: string, limit = 50): Promise<CaseRow[]> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .selectAll('cases')
    .select(['agencies.path as agency_path', 'agencies.name as agency_name', 'agencies.code as agency_code'])
    .where('cases.applicant_index', '=', applicantIndex)
    .where('cases.status', 'in', ['received', 'in_progress', 'waiting_materials'])
    .orderBy('cases.id', 'desc')
    .limit(limit)
    .execute();
  return caseRows(db, rows);
}

/** Cases in the staff member's subtree, newest first. */
export async function listCases(
  ctx: AppContext,
  actor: StaffActor,
  filter: CaseFilter,
): Promise<{ items: CaseRow[]; total: number }> {
  const scopePath = await scopePathOf(ctx.db, actor, filter.agencyId);
  let query = ctx.db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .where('agencies.path', 'like', `${scopePath}%`);
  if (filter.status) query = query.where('cases.status', '=', filter.status);
  if (filter.slaState) query = query.where('cases.sla_state', '=', filter.slaState);
  if (filter.itemCode) query = query.where('cases.item_code', '=', filter.itemCode);
  if (filter.mine === 'owner') query = query.where('cases.owner_staff_id', '=', actor.id);
  if (filter.mine === 'assignee') query = query.where('cases.assigned_staff_id', '=', actor.id);
  if (filter.caseNumber) query = query.where('cases.case_number', '=', filter.caseNumber);
  if (filter.identifier) query = query.where('cases.applicant_index', 'in', candidateIndexes(ctx, filter.identifier));
  // Whole days in China Standard Time.
  if (filter.receivedFrom)
    query = query.where('cases.received_at', '>=', startOfChinaDay(parseCalendarDate(filter.receivedFrom)));
  if (filter.receivedTo)
    query = query.where('cases.received_at', '<', startOfChinaDay(addDays(parseCalendarDate(filter.receivedTo), 1)));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('cases')
    .select(['agencies.path as agency_path', 'agencies.name as agency_name', 'agencies.code as agency_code'])
    .orderBy('cases.id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items: await caseRows(ctx.db, rows), total: Number(total.n) };
}

function progressRow(r: CaseRecord): ProgressRow {
  return {
    caseNumber: r.case_number,
    item: { code: r.item_code, nameZh: r.item_name_zh, nameEn: r.item_name_en },
    status: r.status,
    slaState: r.sla_state,
    receivedAt: r.received_at.toISOString(),
    dueOn: r.due_on,
    dueOnProvisional: r.due_on_provisional,
  };
}

/** What the applicant sees of a case: no staff ids, no document ids, masked identifier. */
export async function progressOf(db: Executor, r: CaseRecord): Promise<Progress> {
  const workflow = await repo.loadWorkflow(db, r.item_id, r.item_version);
  const steps = await repo.stepsOf(db, r.id);
  const events = await db
    .selectFrom('case_events')
    .select(['at', 'event', 'status_to'])
    .where('case_id', '=', r.id)
    .orderBy('id')
    .execute();
  const owner = await repo.staffNames(db, [r.owner_staff_id]);
  const messages = await db
    .selectFrom('messages')
    .select(['created_at', 'body_zh', 'body_en'])
    .where('correlation', 'in', [`case:${r.case_number}`, `bundle:${r.bundle_id}`])
    .orderBy('id')
    .limit(50)
    .execute();
  const materials = await materialViews(db, r.id);
  return {
    ...progressRow(r),
    channel: r.channel,
    agency: { name: r.agency_name },
    owner: r.owner_staff_id === null ? null : { displayName: owner.get(r.owner_staff_id) ?? '' },
    applicant: { name: r.applicant_name, identifierMasked: r.applicant_masked },
    acceptedOn: r.accepted_on,
    pausedSince: r.paused_since,
    supplyDeadline: r.supply_deadline,
    materials: materials.map(({ document, ...m }) => ({ ...m, received: document !== null })),
    steps: workflow.steps.map((s, index) => {
      const done = steps.find((d) => d.step_index === index);
      return { code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, done: done !== undefined, at: iso(done?.at ?? null) };
    }),
    decision:
      r.outcome === null
        ? null
        : { outcome: r.outcome, reason: r.decision_reason, note: r.outcome_note, at: iso(r.decided_at) },
    history: events.map((e) => ({ at: e.at.toISOString(), event: e.event, statusTo: e.status_to })),
    notices: (await noticesOf(db, { caseId: r.id })).map(({ document: _document, ...n }) => n),
    messages: messages.map((m) => ({ at: m.created_at.toISOString(), bodyZh: m.body_zh, bodyEn: m.body_en })),
  };
}

/** The public user's own cases: applied online, or received anywhere under their verified identity. */
export async function myCases(
  ctx: AppContext,
  actor: PublicActor,
  page: { page: number; pageSize: number },
): Promise<{ items: ProgressRow[]; total: number }> {
  const account = await ctx.db
    .selectFrom('public_accounts')
    .select('identifier_index')
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  const query = ctx.db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .where((eb) =>
      eb.or([
        eb('cases.public_account_id', '=', actor.id),
        // Received under the holder's identifier before the account existed: theirs only if the
        // identity matched the register then (another name on the same number is someone else).
        eb.and([eb('cases.applicant_index', '=', account.identifier_index), eb('cases.applicant_verified', '=', true)]),
      ]),
    );
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('cases')
    .select(['agencies.path as agency_path', 'agencies.name as agency_name', 'agencies.code as agency_code'])
    .orderBy('cases.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items: rows.map(progressRow), total: Number(total.n) };
}

function summaryOf(r: CaseRecord): CaseSummary {
  return {
    id: r.id,
    caseNumber: r.case_number,
    itemCode: r.item_code,
    agencyId: r.agency_id,
    status: r.status,
    applicantKind: r.applicant_kind,
    publicAccountId: r.public_account_id,
    ownerStaffId: r.owner_staff_id,
    completedAt: iso(r.completed_at),
    applicantIndex: r.applicant_index,
    agencyPath: r.agency_path,
  };
}

/** The case with this number, for other modules (ratings, queue), or null. */
export async function findCaseByNumber(db: Executor, caseNumber: string): Promise<CaseSummary | null> {
  const record = await repo.findCase(db, { caseNumber });
  return record ? summaryOf(record) : null;
}

/** The case when `identifier` is its applicant's (anonymous follow-up and rating), else null. */
export async function verifyApplicant(
  ctx: AppContext,
  caseNumber: string,
  identifier: string,
): Promise<CaseSummary | null> {
  const record = await repo.findCase(ctx.db, { caseNumber });
  if (!record || !candidateIndexes(ctx, identifier).includes(record.applicant_index)) return null;
  return summaryOf(record);
}

/** The record behind `verifyApplicant`, for the progress lookup. */
export async function recordForApplicant(ctx: AppContext, caseNumber: string, identifier: string): Promise<CaseRecord> {
  const record = await repo.findCase(ctx.db, { caseNumber });
  if (!record || !candidateIndexes(ctx, identifier).includes(record.applicant_index))
    throw rejectCase('case_not_found');
  return record;
}
