/** Use cases of service points (halls) and their windows. */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { OpeningHours } from '../../db/schema.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { agencyInScope } from './org.agencies.ts';
import type { ServicePoint } from './org.model.ts';
import { rejectOrg } from './org.rejections.ts';
import { inSubtree, openingHoursValid } from './org.rules.ts';

/** Service points in the actor's subtree (optionally of one agency), with their windows. */
export async function listServicePoints(
  db: Executor,
  actor: StaffActor,
  agencyId: number | undefined,
): Promise<ServicePoint[]> {
  let query = db
    .selectFrom('service_points')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .selectAll('service_points')
    .select(['agencies.name as agency_name'])
    .where('agencies.path', 'like', `${actor.agencyPath}%`);
  if (agencyId !== undefined) query = query.where('service_points.agency_id', '=', agencyId);
  const points = await query.orderBy('agencies.path').orderBy('service_points.id').execute();
  if (points.length === 0) return [];
  const windows = await db
    .selectFrom('service_windows')
    .selectAll()
    .where(
      'service_point_id',
      'in',
      points.map((p) => p.id),
    )
    .orderBy('number')
    .execute();
  return points.map((p) => ({
    id: p.id,
    agencyId: p.agency_id,
    agencyName: p.agency_name,
    name: p.name,
    address: p.address,
    phone: p.phone,
    openingHours: p.opening_hours,
    status: p.status,
    version: p.version,
    windows: windows
      .filter((w) => w.service_point_id === p.id)
      .map((w) => ({ id: w.id, number: w.number, name: w.name, status: w.status })),
  }));
}

async function pointInScope(trx: Trx, actor: StaffActor, id: number) {
  const row = await trx
    .selectFrom('service_points')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .selectAll('service_points')
    .select('agencies.path')
    .where('service_points.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw rejectOrg('service_point_not_found');
  if (!inSubtree(row.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return row;
}

async function reload(trx: Trx, actor: StaffActor, id: number): Promise<ServicePoint> {
  const all = await listServicePoints(trx, actor, undefined);
  const point = all.find((p) => p.id === id);
  if (!point) throw rejectOrg('service_point_not_found');
  return point;
}

export interface ServicePointInput {
  name: string;
  address: string;
  phone?: string | null | undefined;
  openingHours: OpeningHours[];
}

/** Opens a service point (hall) of an agency in the caller's subtree. */
export async function createServicePoint(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: ServicePointInput & { agencyId: number },
): Promise<ServicePoint> {
  if (!openingHoursValid(input.openingHours)) throw rejectOrg('opening_hours_invalid');
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await agencyInScope(trx, actor, input.agencyId);
    if (agency.status !== 'active') throw rejectOrg('agency_closed');
    const now = ctx.clock.now();
    const row = await trx
      .insertInto('service_points')
      .values({
        agency_id: agency.id,
        name: input.name,
        address: input.address,
        phone: input.phone ?? null,
        opening_hours: JSON.stringify(input.openingHours),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'service_point.create',
      entity: 'service_point',
      entityId: row.id,
      details: { agencyId: agency.id, name: input.name },
    });
    return reload(trx, actor, row.id);
  });
}

/** Edits a service point; `version` guards against lost updates. */
export async function updateServicePoint(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: Partial<ServicePointInput> & { version: number },
): Promise<ServicePoint> {
  if (input.openingHours && !openingHoursValid(input.openingHours)) throw rejectOrg('opening_hours_invalid');
  return ctx.db.transaction().execute(async (trx) => {
    const point = await pointInScope(trx, actor, id);
    if (point.version !== input.version) throw rejectOrg('version_conflict', { current: point.version });
    if (point.status !== 'active') throw rejectOrg('service_point_closed');
    await trx
      .updateTable('service_points')
      .set({
        name: input.name ?? point.name,
        address: input.address ?? point.address,
        phone: input.phone === undefined ? point.phone : input.phone,
        opening_hours: JSON.stringify(input.openingHours ?? point.opening_hours),
        version: point.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'service_point.update',
      entity: 'service_point',
      entityId: id,
      details: { changes: { ...input, version: undefined } },
    });
    return reload(trx, actor, id);
  });
}

/** Closes a service point and all its windows. */
export async function closeServicePoint(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  version: number,
): Promise<ServicePoint> {
  return ctx.db.transaction().execute(async (trx) => {
    const point = await pointInScope(trx, actor, id);
    if (point.version !== version) throw rejectOrg('version_conflict', { current: point.version });
    if (point.status !== 'active') throw rejectOrg('service_point_closed');
    await trx
      .updateTable('service_points')
      .set({ status: 'closed', version: point.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await trx.updateTable('service_windows').set({ status: 'closed' }).where('service_point_id', '=', id).execute();
    await appendAudit(trx, ctx.clock, who, { action: 'service_point.close', entity: 'service_point', entityId: id });
    return reload(trx, actor, id);
  });
}

/** Adds a window to an open service point. */
export async function addWindow(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  pointId: number,
  input: { number: string; name: string },
): Promise<ServicePoint> {
  return ctx.db.transaction().execute(async (trx) => {
    const point = await pointInScope(trx, actor, pointId);
    if (point.status !== 'active') throw rejectOrg('service_point_closed');
    const taken = await trx
      .selectFrom('service_windows')
      .select('id')
      .where('service_point_id', '=', pointId)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (taken) throw rejectOrg('window_number_taken');
    const row = await trx
      .insertInto('service_windows')
      .values({ service_point_id: pointId, number: input.number, name: input.name, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'service_window.create',
      entity: 'service_window',
      entityId: row.id,
      details: { servicePointId: pointId, number: input.number },
    });
    return reload(trx, actor, pointId);
  });
}

/** Closes one window. */
export async function closeWindow(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  windowId: number,
): Promise<ServicePoint> {
  return ctx.db.transaction().execute(async (trx) => {
    const window = await trx
      .selectFrom('service_windows')
      .selectAll()
      .where('id', '=', windowId)
      .forUpdate()
      .executeTakeFirst();
    if (!window) throw rejectOrg('service_window_not_found');
    await pointInScope(trx, actor, window.service_point_id);
    await trx.updateTable('service_windows').set({ status: 'closed' }).where('id', '=', windowId).execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'service_window.close',
      entity: 'service_window',
      entityId: windowId,
    });
    return reload(trx, actor, window.service_point_id);
  });
}
