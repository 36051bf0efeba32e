/** SQL of the organisation module. */
import type { Selectable } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { AgencyTable } from '../../db/schema.ts';
import type { Agency } from './org.model.ts';

export function toAgency(row: Selectable<AgencyTable>): Agency {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    divisionCode: row.division_code,
    parentId: row.parent_id,
    path: row.path,
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    version: row.version,
  };
}

export async function findAgency(db: Executor, id: number, forUpdate = false): Promise<Agency | null> {
  let query = db.selectFrom('agencies').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toAgency(row) : null;
}

/** Every agency in the subtree rooted at `scopePath`, ordered for tree display. */
export async function listSubtree(db: Executor, scopePath: string, includeClosed: boolean): Promise<Agency[]> {
  let query = db.selectFrom('agencies').selectAll().where('path', 'like', `${scopePath}%`);
  if (!includeClosed) query = query.where('status', '=', 'active');
  const rows = await query.orderBy('level').orderBy('code').execute();
  return rows.map(toAgency);
}

/**
 * The pooling regions (division codes) of the agencies in the subtree rooted at `scopePath`,
 * closed ones included (their runs stay visible), each once.
 */
export async function regionsOfSubtree(db: Executor, scopePath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agencies')
    .select('division_code')
    .where('path', 'like', `${scopePath}%`) // paths are digits and slashes: nothing to escape
    .execute();
  return [...new Set(rows.map((r) => r.division_code))];
}

export async function codeTaken(db: Executor, code: string, exceptId: number | null): Promise<boolean> {
  let query = db.selectFrom('agencies').select('id').where('code', '=', code);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Closes the open history row of an agency and opens a new one with its current state. */
export async function recordHistory(
  trx: Trx,
  agency: Agency,
  at: Date,
  changedBy: number | null,
  reason: string,
): Promise<void> {
  await trx
    .updateTable('agency_history')
    .set({ valid_to: at })
    .where('agency_id', '=', agency.id)
    .where('valid_to', 'is', null)
    .execute();
  await trx
    .insertInto('agency_history')
    .values({
      agency_id: agency.id,
      version: agency.version,
      code: agency.code,
      name: agency.name,
      level: agency.level,
      division_code: agency.divisionCode,
      parent_id: agency.parentId,
      status: agency.status,
      valid_from: at,
      valid_to: null,
      changed_by: changedBy,
      reason,
    })
    .execute();
}

/** The versions of an agency, oldest first, with the name of the staff member who made each. */
export async function agencyHistory(db: Executor, agencyId: number) {
  return db
    .selectFrom('agency_history')
    .leftJoin('staff', 'staff.id', 'agency_history.changed_by')
    .selectAll('agency_history')
    .select('staff.display_name as changed_by_name')
    .where('agency_history.agency_id', '=', agencyId)
    .orderBy('agency_history.version')
    .execute();
}

/** Counts what still hangs on an agency: open children, active staff, open service points. */
export async function dependants(
  db: Executor,
  agency: Agency,
): Promise<{ children: number; staff: number; servicePoints: number }> {
  const count = async (q: Promise<{ n: string | number | bigint } | undefined>) => Number((await q)?.n ?? 0);
  const children = await count(
    db
      .selectFrom('agencies')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('parent_id', '=', agency.id)
      .where('status', '=', 'active')
      .executeTakeFirst(),
  );
  const staff = await count(
    db
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agency.id)
      .where('status', '=', 'active')
      .executeTakeFirst(),
  );
  const servicePoints = await count(
    db
      .selectFrom('service_points')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agency.id)
      .where('status', '=', 'active')
      .executeTakeFirst(),
  );
  return { children, staff, servicePoints };
}
