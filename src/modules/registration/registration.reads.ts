/**
 * The reads other modules make of registration: who pays in a region, where a payer pools, which
 * enrolments are in force, and how employers and persons are headed in lists. Collection,
 * contributions, arrears, ledger and the month close ask these questions here instead of reading
 * the employers, persons and enrolments tables themselves, so that registration alone knows how
 * its records are stored. The region walks return their ids in order, each from one statement;
 * the month close merges them with the payers its own tables name.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { escapeLike } from '../../db/like.ts';
import { visibleAmong } from './registration.persons.repository.ts';
import type { PersonRow } from './registration.scope.ts';

/** A closed span of days (both ends included). */
export interface DaySpan {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** How an employer or a person is headed in a list: the name and the code shown beside it. */
export interface RecordHead {
  readonly name: string;
  /** An employer's unified social credit code, or a person's masked citizen ID. */
  readonly code: string;
}

/** SQL: the enrolments (alias `n`) in force some day of the span, of the category. */
function inForce(category: 'employee' | 'flexible', span: DaySpan) {
  return sql`n.category = ${category} AND n.status <> 'suspended'
             AND n.started_on <= ${span.to} AND (n.ended_on IS NULL OR n.ended_on >= ${span.from})`;
}

/**
 * The ids of the region's employers with an employee enrolment in force some day of the span,
 * ascending. The enrolments are one uncorrelated set (PostgreSQL hashes it once; on a cluster, where
 * they are spread over the nodes by person, it is planned as a subplan of its own), not a subquery
 * per employer.
 */
export async function coveredEmployersOfRegion(db: Executor, region: string, span: DaySpan): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT e.id FROM employers e
     WHERE e.pooling_region = ${region}
       AND e.id IN (SELECT n.employer_id FROM enrolments n WHERE ${inForce('employee', span)})
     ORDER BY e.id`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** The person ids of the region's flexible workers enrolled as such some day of the span, ascending. */
export async function flexibleWorkersOfRegion(db: Executor, region: string, span: DaySpan): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT DISTINCT n.person_id AS id FROM enrolments n
     WHERE n.pooling_region = ${region} AND ${inForce('flexible', span)}
     ORDER BY 1`.execute(db);
  return rows.map((r) => Number(r.id));
}

/**
 * SQL: whether the employer `employerId` (a column of the caller's query) pools in the region; a
 * correlated test against one row, by key.
 */
export function employerPoolsIn(employerId: RawBuilder<number>, region: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM employers e WHERE e.id = ${employerId} AND e.pooling_region = ${region})`;
}

/** Employers and persons a list names, by id. */
export interface PayerIds<Ids = readonly number[]> {
  readonly employerIds: Ids;
  readonly personIds: Ids;
}

/**
 * Of the employers and persons named, those a staff member of the subtree rooted at `agencyPath`
 * may see: employers registered at an agency of it; persons registered at one, or with `persons:
 * 'visible'` also those employed by such an employer (the person scope, registration.scope.ts).
 * By value, two statements: a list on the coordinator of a cluster cannot correlate a subquery
 * with the persons, which are spread over the nodes.
 */
export async function payersUnder(
  db: Executor,
  agencyPath: string,
  named: PayerIds,
  persons: 'registered' | 'visible',
): Promise<PayerIds<ReadonlySet<number>>> {
  const like = `${escapeLike(agencyPath)}%`;
  const employers =
    named.employerIds.length === 0
      ? []
      : await db
          .selectFrom('employers as e')
          .innerJoin('agencies as a', 'a.id', 'e.agency_id')
          .select('e.id')
          .where('e.id', 'in', named.employerIds)
          .where('a.path', 'like', like)
          .execute();
  const personIds =
    persons === 'visible'
      ? await visibleAmong(db, agencyPath, named.personIds)
      : await registeredAmong(db, like, named.personIds);
  return { employerIds: new Set(employers.map((r) => Number(r.id))), personIds: personIds };
}

async function registeredAmong(db: Executor, like: string, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('persons as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select('p.person_id')
    .where('p.person_id', 'in', ids)
    .where('a.path', 'like', like)
    .execute();
  return new Set(rows.map((r) => Number(r.person_id)));
}

/** The employer's pooling region; undefined for no such employer. `lock` holds its row to commit. */
export async function employerPoolingRegion(
  db: Executor,
  employerId: number,
  lock: 'none' | 'update' = 'none',
): Promise<string | undefined> {
  let q = db.selectFrom('employers').select('pooling_region').where('id', '=', employerId);
  if (lock === 'update') q = q.forUpdate();
  return (await q.executeTakeFirst())?.pooling_region;
}

/**
 * A person's pooling region from their enrolments: the latest flexible enrolment's, else the
 * latest enrolment's (`flexibleFirst`), or simply the latest enrolment's; undefined with none.
 */
export async function personPoolingRegion(
  db: Executor,
  personId: number,
  order: 'flexibleFirst' | 'latest',
): Promise<string | undefined> {
  let q = db.selectFrom('enrolments').select('pooling_region').where('person_id', '=', personId);
  if (order === 'flexibleFirst')
    q = q.orderBy((eb) => eb.case().when('category', '=', 'flexible').then(0).else(1).end());
  return (await q.orderBy('started_on', 'desc').limit(1).executeTakeFirst())?.pooling_region;
}

/** The region of the person's latest flexible enrolment in force some day of the span; undefined if none. */
export async function flexibleRegionInForce(
  db: Executor,
  personId: number,
  span: DaySpan,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('enrolments')
    .select('pooling_region')
    .where('person_id', '=', personId)
    .where('category', '=', 'flexible')
    .where('status', '<>', 'suspended')
    .where('started_on', '<=', span.to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', span.from)]))
    .orderBy('started_on', 'desc')
    .executeTakeFirst();
  return row?.pooling_region;
}

/** The person's employments with the employer, as spans (`separatedOn` null while it lasts). */
export async function employmentSpans(
  db: Executor,
  employerId: number,
  personId: number,
): Promise<{ hiredOn: string; separatedOn: string | null }[]> {
  const rows = await db
    .selectFrom('employments')
    .select(['hired_on', 'separated_on'])
    .where('person_id', '=', personId)
    .where('employer_id', '=', employerId)
    .execute();
  return rows.map((r) => ({ hiredOn: String(r.hired_on), separatedOn: r.separated_on }));
}

/** Holds the payer's registration row to commit ('update' queues writers of the payer; 'noKeyUpdate' lets references in). */
export async function lockRegistration(
  trx: Trx,
  record: { employerId: number } | { personId: number },
  strength: 'update' | 'noKeyUpdate' = 'update',
): Promise<boolean> {
  if ('employerId' in record) {
    const q = trx.selectFrom('employers').select('id').where('id', '=', record.employerId);
    return (await (strength === 'update' ? q.forUpdate() : q.forNoKeyUpdate()).executeTakeFirst()) !== undefined;
  }
  const q = trx.selectFrom('persons').select('person_id').where('person_id', '=', record.personId);
  return (await (strength === 'update' ? q.forUpdate() : q.forNoKeyUpdate()).executeTakeFirst()) !== undefined;
}

/** The person's registration row (for scope checks); undefined for no such person. */
export async function personRow(db: Executor, personId: number): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** Employers' heads by id (name, credit code); ids not found are absent. */
export async function employerHeads(db: Executor, ids: readonly number[]): Promise<Map<number, RecordHead>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('employers').select(['id', 'name', 'credit_code']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), { name: r.name, code: r.credit_code }]));
}

/** Persons' heads by id (name, masked citizen ID), in person id order; ids not found are absent. */
export async function personHeads(db: Executor, ids: readonly number[]): Promise<Map<number, RecordHead>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('persons')
    .select(['person_id', 'name', 'id_masked'])
    .where('person_id', 'in', ids)
    .orderBy('person_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.person_id), { name: r.name, code: r.id_masked }]));
}

/**
 * The names of those of the persons a staff member of the subtree rooted at `agencyPath` may see
 * (registered or employed there, registration.scope.ts), by id; the others are absent. By value, for
 * the lists of other modules that show a person's masked name (journal lines, reconciliation).
 */
export async function namesVisibleUnder(
  db: Executor,
  agencyPath: string,
  personIds: readonly number[],
): Promise<Map<number, string>> {
  const visible = await visibleAmong(db, agencyPath, [...new Set(personIds)]);
  const heads = await personHeads(db, [...visible]);
  return new Map([...heads].map(([id, head]) => [id, head.name]));
}
