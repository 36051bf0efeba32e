/** SQL of persons, their change history and suspected duplicates. */
import { sql, type ExpressionBuilder, type Insertable, type RawBuilder } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { Database, PersonTable } from '../../db/schema.ts';
import { escapeLike } from '../../db/like.ts';
import { firstKept } from '../../kernel/first-kept.ts';

/** Persons a staff member with this agency path may see (see `registration.scope.ts`), as SQL. */
export function visibleUnder(path: string) {
  const like = `${escapeLike(path)}%`;
  return (eb: ExpressionBuilder<Database, 'persons'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('agencies as pa')
          .select('pa.id')
          .whereRef('pa.id', '=', 'persons.agency_id')
          .where('pa.path', 'like', like),
      ),
      eb.exists(
        eb
          .selectFrom('employments as ve')
          .innerJoin('employers as vr', 'vr.id', 've.employer_id')
          .innerJoin('agencies as va', 'va.id', 'vr.agency_id')
          .select('ve.id')
          .whereRef('ve.person_id', '=', 'persons.person_id')
          .where('va.path', 'like', like),
      ),
    ]);
}

const personColumns = [
  'persons.person_id',
  'persons.id_index',
  'persons.id_masked',
  'persons.name',
  'persons.gender',
  'persons.birth_date',
  'persons.nationality',
  'persons.hukou_type',
  'persons.hukou_place',
  'persons.phone_masked',
  'persons.address',
  'persons.bank_name',
  'persons.bank_account_masked',
  'persons.agency_id',
  'persons.status',
  'persons.death_date',
  'persons.merged_into',
  'persons.source_channel',
  'persons.case_id',
  'persons.version',
  'persons.created_at',
  'persons.updated_at',
] as const;

/** A person with the name of their agency, masked columns only. */
export function personRecords(db: Executor) {
  return db
    .selectFrom('persons')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select(personColumns)
    .select('agencies.name as agency_name');
}

export type PersonRecord = Awaited<ReturnType<ReturnType<typeof personRecords>['executeTakeFirstOrThrow']>>;

/** Those of `personIds` visible under `path`, read by value. */
export async function visibleAmong(db: Executor, path: string, personIds: readonly number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('persons')
    .select('persons.person_id')
    .where('persons.person_id', 'in', personIds)
    .where(visibleUnder(path))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

/** An ordered list query that can be read a page at a time. */
interface OrderedList<Row> {
  offset(offset: number): { limit(size: number): { execute(): Promise<Row[]> } };
}

/**
 * The first `limit` rows of an ordered list query that name at least one person
 * visible under `path`, checked by value a page at a time: the list's table stays on the
 * coordinator of a cluster while the persons are spread over the nodes, so the scope cannot be a
 * subquery correlated with it. For the short lists of flags and merges.
 */
export function rowsNamingVisible<Row>(
  db: Executor,
  path: string,
  limit: number,
  list: OrderedList<Row>,
  personsOf: (row: Row) => number[],
): Promise<Row[]> {
  const page = (offset: number, size: number) => list.offset(offset).limit(size).execute();
  return firstKept(limit, page, async (rows) => {
    const visible = await visibleAmong(db, path, [...new Set(rows.flatMap(personsOf))]);
    return rows.filter((row) => personsOf(row).some((id) => visible.has(id)));
  });
}

export async function personRecord(db: Executor, personId: number): Promise<PersonRecord | undefined> {
  return personRecords(db).where('persons.person_id', '=', personId).executeTakeFirst();
}

export async function personRecordsByIds(db: Executor, ids: readonly number[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  return personRecords(db).where('persons.person_id', 'in', ids).execute();
}

export async function personIdByIndex(db: Executor, idIndex: string): Promise<number | undefined> {
  const row = await db.selectFrom('persons').select('person_id').where('id_index', '=', idIndex).executeTakeFirst();
  return row?.person_id;
}

/**
 * Inserts a person unless the ID is already registered (then undefined, also under a race). The ID
 * is claimed in `person_claims` in the same transaction: that table, not `persons`, holds the
 * uniqueness (0039), so a second claim waits for the first and then finds it taken.
 */
export async function insertPerson(trx: Trx, row: Insertable<PersonTable>): Promise<number | undefined> {
  const { person_id: personId } = await trx
    .insertInto('persons')
    .values(row)
    .returning('person_id')
    .executeTakeFirstOrThrow();
  const claimed = await trx
    .insertInto('person_claims')
    .values({ id_index: row.id_index, person_id: personId })
    .onConflict((oc) => oc.column('id_index').doNothing())
    .returning('person_id')
    .executeTakeFirst();
  if (claimed !== undefined) return personId;
  await trx.deleteFrom('persons').where('person_id', '=', personId).execute();
  return undefined;
}

export interface PersonFilter {
  readonly idIndex?: string | undefined;
  readonly namePrefix?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly status?: 'active' | 'deceased' | 'merged' | undefined;
}

/** One page of the persons visible under `path`, by name. */
export async function searchPersons(
  db: Executor,
  path: string,
  filter: PersonFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: PersonRecord[]; total: number }> {
  let query = db.selectFrom('persons').where(visibleUnder(path));
  if (filter.idIndex !== undefined) query = query.where('persons.id_index', '=', filter.idIndex);
  if (filter.namePrefix !== undefined) query = query.where('persons.name', 'like', `${escapeLike(filter.namePrefix)}%`);
  if (filter.birthDate !== undefined) query = query.where('persons.birth_date', '=', filter.birthDate);
  if (filter.status !== undefined) query = query.where('persons.status', '=', filter.status);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const ids = await query
    .select('persons.person_id')
    .orderBy('persons.name')
    .orderBy('persons.person_id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const rows = await personRecordsByIds(
    db,
    ids.map((r) => r.person_id),
  );
  const order = new Map(ids.map((r, i) => [r.person_id, i]));
  rows.sort((a, b) => order.get(a.person_id)! - order.get(b.person_id)!);
  return { rows, total: Number(total) };
}

/** The newest `limit` history rows of a person. */
export async function personChanges(db: Executor, personId: number, limit: number) {
  return db
    .selectFrom('person_changes')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export interface FlagRow {
  readonly id: number;
  readonly person_id: number;
  readonly other_person_id: number;
}

interface NamesakeRow {
  person_id: number | string;
  name: string;
  birth_date: string;
  id_index: string;
}

/**
 * The unmerged persons who share a name and birth date with one of `ids` (themselves included).
 * The inner set is read first and the outer matched by value: on a Citus cluster persons are split
 * by person id, and a self-join on name and birth date could only run as a repartition join.
 */
async function namesakes(trx: Trx, ids: RawBuilder<unknown>): Promise<NamesakeRow[]> {
  const { rows } = await sql<NamesakeRow>`
    SELECT person_id, name, birth_date::text AS birth_date, id_index FROM persons
     WHERE status <> 'merged'
       AND (name, birth_date) IN (SELECT name, birth_date FROM persons
                                   WHERE person_id = ANY(${ids}) AND status <> 'merged')`.execute(trx);
  return rows;
}

/** The pairs (new person, other) to flag among `found`, by the rules of insertDuplicateFlags. */
function pairsToFlag(found: readonly NamesakeRow[], personIds: ReadonlySet<number>): Array<[number, number]> {
  const groups = new Map<string, NamesakeRow[]>();
  for (const row of found) {
    const key = `${row.name}\u0000${row.birth_date}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const pairs: Array<[number, number]> = [];
  for (const group of groups.values())
    for (const n of group) {
      const nId = Number(n.person_id);
      if (!personIds.has(nId)) continue;
      for (const o of group) {
        const oId = Number(o.person_id);
        if (oId === nId || o.id_index === n.id_index || (personIds.has(oId) && oId > nId)) continue;
        pairs.push([nId, oId]);
      }
    }
  return pairs;
}

/**
 * Flags every person with the same name and birth date but another ID as a suspected duplicate of
 * each of `personIds`. A pair is flagged once: when both are in the set, from the later id to the
 * earlier; never again when the reverse flag exists. Merged records are no longer candidates.
 */
export async function insertDuplicateFlags(trx: Trx, personIds: readonly number[], at: Date): Promise<FlagRow[]> {
  if (personIds.length === 0) return [];
  // One text parameter whatever the number of persons (a bulk import flags 100,000 at once).
  const ids = sql`string_to_array(${personIds.join(',')}, ',')::bigint[]`;
  const pairs = pairsToFlag(await namesakes(trx, ids), new Set(personIds));
  if (pairs.length === 0) return [];
  const { rows } = await sql<FlagRow>`
    INSERT INTO person_duplicate_flags (person_id, other_person_id, flagged_at)
    SELECT u.n, u.o, ${at}
      FROM unnest(${pairs.map((p) => p[0])}::bigint[], ${pairs.map((p) => p[1])}::bigint[]) AS u(n, o)
     WHERE NOT EXISTS (SELECT 1 FROM person_duplicate_flags f WHERE f.person_id = u.o AND f.other_person_id = u.n)
    ON CONFLICT (person_id, other_person_id) DO NOTHING
    RETURNING id, person_id, other_person_id`.execute(trx);
  return rows.map((r) => ({
    id: Number(r.id),
    person_id: Number(r.person_id),
    other_person_id: Number(r.other_person_id),
  }));
}

/** Duplicate flags where either person is visible under `path`, oldest first. */
export async function duplicateFlags(
  db: Executor,
  path: string,
  filter: { status?: 'open' | 'dismissed' | 'merged' | undefined; personId?: number | undefined },
  limit: number,
) {
  let query = db
    .selectFrom('person_duplicate_flags as f')
    .leftJoin('staff', 'staff.id', 'f.resolved_by')
    .selectAll('f')
    .select('staff.display_name as resolved_by_name');
  if (filter.status !== undefined) query = query.where('f.status', '=', filter.status);
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    query = query.where((eb) => eb.or([eb('f.person_id', '=', personId), eb('f.other_person_id', '=', personId)]));
  }
  return rowsNamingVisible(db, path, limit, query.orderBy('f.flagged_at').orderBy('f.id'), (f) => [
    f.person_id,
    f.other_person_id,
  ]);
}

export type DuplicateFlagRecord = Awaited<ReturnType<typeof duplicateFlags>>[number];

export async function lockFlag(trx: Trx, flagId: number) {
  return trx.selectFrom('person_duplicate_flags').selectAll().where('id', '=', flagId).forUpdate().executeTakeFirst();
}
