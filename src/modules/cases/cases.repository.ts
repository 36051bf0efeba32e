/** SQL of the cases module. */
import { sql, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { CaseTable } from '../../db/schema.ts';
import { type CalendarDate, dateOfInstant } from '../../kernel/calendar-date.ts';
import type { AuditActor } from '../audit/index.ts';
import type { CaseSettings, CaseStatus, WorkflowSnapshot } from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';
import { formatCaseNumber } from './cases.rules.ts';

/** A case row with its agency's path, name and code. */
export type CaseRecord = Selectable<CaseTable> & { agency_path: string; agency_name: string; agency_code: string };

/** The next case number for a prefix; the counter row serialises concurrent intakes of one agency-day. */
export async function nextCaseNumber(trx: Trx, prefix: string): Promise<string> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ prefix, last: 1 })
    .onConflict((oc) => oc.column('prefix').doUpdateSet({ last: sql`case_number_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return formatCaseNumber(prefix, row.last);
}

/** Stores the workflow of an item version once. */
export async function saveWorkflow(trx: Trx, workflow: WorkflowSnapshot, at: Date): Promise<void> {
  await trx
    .insertInto('case_workflows')
    .values({
      item_id: workflow.id,
      item_version: workflow.version,
      item_code: workflow.code,
      snapshot: JSON.stringify(workflow),
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['item_id', 'item_version']).doNothing())
    .execute();
}

export async function loadWorkflow(db: Executor, itemId: number, version: number): Promise<WorkflowSnapshot> {
  const row = await db
    .selectFrom('case_workflows')
    .select('snapshot')
    .where('item_id', '=', itemId)
    .where('item_version', '=', version)
    .executeTakeFirstOrThrow();
  return row.snapshot as WorkflowSnapshot;
}

function caseQuery(db: Executor) {
  return db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .selectAll('cases')
    .select(['agencies.path as agency_path', 'agencies.name as agency_name', 'agencies.code as agency_code']);
}

/** One case by id or number; `forUpdate` locks the case row for the rest of the transaction. */
export async function findCase(
  db: Executor,
  key: { id: number } | { caseNumber: string },
  forUpdate = false,
): Promise<CaseRecord | null> {
  let query = caseQuery(db);
  query = 'id' in key ? query.where('cases.id', '=', key.id) : query.where('cases.case_number', '=', key.caseNumber);
  if (forUpdate) query = query.forUpdate('cases');
  return (await query.executeTakeFirst()) ?? null;
}

/** Every case of a bundle, locked in id order (so that two supplies cannot deadlock). */
export async function lockBundle(trx: Trx, bundleId: number): Promise<CaseRecord[]> {
  return caseQuery(trx).where('cases.bundle_id', '=', bundleId).orderBy('cases.id').forUpdate('cases').execute();
}

/** Cases whose promised deadline is provisional, with ids after `afterId`, in id order, locked. */
export async function lockProvisionalCases(trx: Trx, afterId: number, limit: number): Promise<CaseRecord[]> {
  return caseQuery(trx)
    .where('cases.due_on_provisional', '=', true)
    .where('cases.id', '>', afterId)
    .orderBy('cases.id')
    .limit(limit)
    .forUpdate('cases')
    .execute();
}

/** The completed pauses of cases, from their `resumed` events: the clock stood still in (since, resumedOn]. */
export async function completedPauses(
  db: Executor,
  caseIds: readonly number[],
): Promise<Map<number, Array<{ since: CalendarDate; resumedOn: CalendarDate }>>> {
  const pauses = new Map<number, Array<{ since: CalendarDate; resumedOn: CalendarDate }>>();
  if (caseIds.length === 0) return pauses;
  const rows = await db
    .selectFrom('case_events')
    .select(['case_id', 'at', 'details'])
    .where('case_id', 'in', caseIds)
    .where('event', '=', 'resumed')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const since = (row.details as { pausedSince: CalendarDate }).pausedSince;
    const list = pauses.get(row.case_id) ?? [];
    list.push({ since, resumedOn: dateOfInstant(row.at) });
    pauses.set(row.case_id, list);
  }
  return pauses;
}

export async function casesOfBundle(db: Executor, bundleId: number): Promise<CaseRecord[]> {
  return caseQuery(db).where('cases.bundle_id', '=', bundleId).orderBy('cases.id').execute();
}

export async function materialsOf(db: Executor, caseIds: readonly number[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_materials')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('sort')
    .execute();
}

export async function stepsOf(db: Executor, caseId: number) {
  return db.selectFrom('case_steps').selectAll().where('case_id', '=', caseId).orderBy('step_index').execute();
}

/** Appends one entry to a case's history. */
export async function addEvent(
  trx: Trx,
  who: AuditActor,
  at: Date,
  caseId: number,
  event: string,
  statusFrom: CaseStatus | null,
  statusTo: CaseStatus | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({
      case_id: caseId,
      at,
      event,
      status_from: statusFrom,
      status_to: statusTo,
      actor_kind: who.kind,
      actor_id: who.id,
      actor_name: who.name,
      details: JSON.stringify(details),
    })
    .execute();
}

/** Applies `changes` to a case and bumps its version; `expectedVersion` guards lost updates. */
export async function updateCase(
  trx: Trx,
  record: CaseRecord,
  changes: Partial<Omit<Selectable<CaseTable>, 'id' | 'version'>>,
  at: Date,
  expectedVersion?: number,
): Promise<void> {
  if (expectedVersion !== undefined && record.version !== expectedVersion)
    throw rejectCase('case_version_conflict', { current: record.version });
  await trx
    .updateTable('cases')
    .set({ ...changes, version: record.version + 1, updated_at: at })
    .where('id', '=', record.id)
    .execute();
  Object.assign(record, changes, { version: record.version + 1, updated_at: at });
}

export async function loadSettings(db: Executor): Promise<CaseSettings> {
  const row = await db.selectFrom('case_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    dueSoonWorkdays: row.due_soon_workdays,
    supplyDefaultWorkdays: row.supply_default_workdays,
    sweepIntervalMinutes: row.sweep_interval_minutes,
    version: row.version,
  };
}

/** Display names of staff members, by id. */
export async function staffNames(db: Executor, ids: ReadonlyArray<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Records a due-soon or overdue alert raised outside the sweep (acceptance, resumption). */
export async function insertAlert(
  trx: Trx,
  record: CaseRecord,
  kind: 'due_soon' | 'overdue',
  dueOn: CalendarDate,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('case_alerts')
    .values({
      case_id: record.id,
      kind,
      due_on: dueOn,
      raised_at: at,
      sweep_id: null,
      owner_staff_id: record.owner_staff_id,
      agency_id: record.agency_id,
    })
    .execute();
}
