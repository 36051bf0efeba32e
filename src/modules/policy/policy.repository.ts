/** SQL of the policy parameters. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { PolicyChangeTable, PolicyKeyTable, PolicyParameterTable } from '../../db/schema.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { NATIONAL_REGION, type ParameterRow, type PolicyChangeStatus, type PolicyKey } from './policy.model.ts';
import { isKeyShaped, type AgencyRegionScope, type RegionScope } from './policy.rules.ts';

/** A database handle or an open transaction. */
export type ChangeRow = Selectable<PolicyChangeTable>;

function keyOf(row: Selectable<PolicyKeyTable>): PolicyKey {
  return {
    key: row.key,
    kind: row.kind,
    insurance: row.insurance,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    unit: row.unit,
    description: row.description,
    local: row.local,
    valueMin: row.value_min,
    valueMax: row.value_max,
    allowedValues: row.allowed_values,
  };
}

function parameterOf(row: Selectable<PolicyParameterTable>): ParameterRow {
  return {
    id: row.id,
    region: row.region_code,
    key: row.key,
    kind: row.kind,
    validFrom: row.valid_from as CalendarDate,
    revision: row.revision,
    supersedes: row.supersedes,
    value: row.value,
    basis: row.basis,
    changeId: row.change_id,
    createdAt: row.created_at,
  };
}

/** The whole catalogue in display order. */
export async function allKeys(db: Db): Promise<PolicyKey[]> {
  const rows = await db.selectFrom('policy_keys').selectAll().orderBy('sort').orderBy('key').execute();
  return rows.map(keyOf);
}

/** One key of the catalogue, or undefined (also for text that cannot be a key). */
export async function findKey(db: Db, key: string): Promise<PolicyKey | undefined> {
  if (!isKeyShaped(key)) return undefined;
  const row = await db.selectFrom('policy_keys').selectAll().where('key', '=', key).executeTakeFirst();
  return row && keyOf(row);
}

/** Locks a key's catalogue row: approvals of the same key take turns (revision numbering). */
export async function lockKey(db: Db, key: string): Promise<void> {
  await db.selectFrom('policy_keys').select('key').where('key', '=', key).forUpdate().executeTakeFirstOrThrow();
}

/** Rows of `regions` that start on or before `on` (every key when `key` is null). */
export async function rowsUpTo(
  db: Db,
  regions: readonly string[],
  on: CalendarDate,
  key: string | null,
): Promise<ParameterRow[]> {
  let query = db
    .selectFrom('policy_parameters')
    .selectAll()
    .where('region_code', 'in', [...regions])
    .where('valid_from', '<=', on);
  if (key !== null) query = query.where('key', '=', key);
  return (await query.execute()).map(parameterOf);
}

/** Every row of one key in `regions`, oldest first. */
export async function historyRows(db: Db, key: string, regions: readonly string[]): Promise<ParameterRow[]> {
  const rows = await db
    .selectFrom('policy_parameters')
    .selectAll()
    .where('key', '=', key)
    .where('region_code', 'in', [...regions])
    .orderBy('valid_from')
    .orderBy('revision')
    .execute();
  return rows.map(parameterOf);
}

/** The current (highest) revision of one region's value from one date, or undefined. */
export async function currentRevision(
  db: Db,
  slot: { region: string; key: string; validFrom: CalendarDate },
): Promise<{ id: number; revision: number } | undefined> {
  return db
    .selectFrom('policy_parameters')
    .select(['id', 'revision'])
    .where('region_code', '=', slot.region)
    .where('key', '=', slot.key)
    .where('valid_from', '=', slot.validFrom)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Inserts a parameter row; returns its id. */
export async function insertParameter(
  db: Db,
  row: Omit<Selectable<PolicyParameterTable>, 'id' | 'created_at'> & { created_at: Date },
): Promise<number> {
  const inserted = await db.insertInto('policy_parameters').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** One change, locked for the decision when `lock` is set. */
export async function findChange(db: Db, id: number, lock: boolean): Promise<ChangeRow | undefined> {
  const query = db.selectFrom('policy_changes').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The division code of a staff member's agency and whether it is the root; undefined when none. */
export async function agencyRegionScope(db: Db, agencyId: number): Promise<AgencyRegionScope | undefined> {
  const row = await db
    .selectFrom('agencies')
    .select(['division_code', 'parent_id'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  return row && { divisionCode: row.division_code, isRoot: row.parent_id === null };
}

/** Changes of the regions in `scope`, with their proposer's and decider's names, newest first. */
export async function listChanges(db: Db, scope: RegionScope, status: PolicyChangeStatus | null, limit: number) {
  const { prefix, national } = scope;
  if (prefix === null && !national) return [];
  let query = db
    .selectFrom('policy_changes as c')
    .innerJoin('staff as p', 'p.id', 'c.proposed_by')
    .leftJoin('staff as d', 'd.id', 'c.decided_by')
    .selectAll('c')
    .select(['p.display_name as proposer_name', 'd.display_name as decider_name'])
    .orderBy('c.id', 'desc')
    .limit(limit)
    .where((eb) =>
      eb.or([
        ...(national ? [eb('c.region_code', '=', NATIONAL_REGION)] : []),
        // region codes and prefixes are digits: nothing to escape in the pattern
        ...(prefix === null
          ? []
          : [eb.and([eb('c.region_code', '<>', NATIONAL_REGION), eb('c.region_code', 'like', `${prefix}%`)])]),
      ]),
    );
  if (status !== null) query = query.where('c.status', '=', status);
  return query.execute();
}

/** Staff display names by id. */
export async function staffNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
