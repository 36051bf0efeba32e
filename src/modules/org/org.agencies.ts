/** Use cases of the agency tree: create, edit, move, close, all within the caller's subtree. */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { common } from '../../kernel/rejection.ts';
import type { Agency, AgencyLevel } from './org.model.ts';
import { rejectOrg } from './org.rejections.ts';
import * as repo from './org.repository.ts';
import { childPath, divisionFits, inSubtree, levelFits, wouldCycle } from './org.rules.ts';

/** Loads an agency the actor may see; refuses a missing one or one outside the subtree. */
export async function agencyInScope(db: Executor, actor: StaffActor, id: number, forUpdate = false): Promise<Agency> {
  const agency = await repo.findAgency(db, id, forUpdate);
  if (!agency) throw rejectOrg('agency_not_found');
  if (!inSubtree(agency.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return agency;
}

function checkVersion(agency: Agency, version: number): void {
  if (agency.version !== version) throw rejectOrg('version_conflict', { current: agency.version });
}

export interface NewAgency {
  code: string;
  name: string;
  level: AgencyLevel;
  divisionCode: string;
  parentId: number;
  openedOn: string;
}

/** Creates an agency below a parent in the caller's subtree. */
export async function createAgency(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: NewAgency,
): Promise<Agency> {
  return ctx.db.transaction().execute(async (trx) => {
    const parent = await agencyInScope(trx, actor, input.parentId, true);
    if (parent.status !== 'active') throw rejectOrg('agency_closed');
    if (!levelFits(input.level, parent.level)) throw rejectOrg('agency_level_invalid');
    if (!divisionFits(input.level, input.divisionCode, parent)) throw rejectOrg('division_code_invalid');
    if (await repo.codeTaken(trx, input.code, null)) throw rejectOrg('agency_code_taken');
    const now = ctx.clock.now();
    const inserted = await trx
      .insertInto('agencies')
      .values({
        code: input.code,
        name: input.name,
        level: input.level,
        division_code: input.divisionCode,
        parent_id: parent.id,
        path: 'pending',
        opened_on: input.openedOn,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const path = childPath(parent.path, inserted.id);
    await trx.updateTable('agencies').set({ path }).where('id', '=', inserted.id).execute();
    const agency = { ...repo.toAgency(inserted), path };
    await repo.recordHistory(trx, agency, now, actor.id, 'created');
    await appendAudit(trx, ctx.clock, who, {
      action: 'agency.create',
      entity: 'agency',
      entityId: agency.id,
      details: { code: agency.code, name: agency.name, parentId: parent.id },
    });
    return agency;
  });
}

/** Renames or recodes an agency; history keeps the previous state. */
export async function updateAgency(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: {
    version: number;
    reason: string;
    name?: string | undefined;
    code?: string | undefined;
    divisionCode?: string | undefined;
  },
): Promise<Agency> {
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await agencyInScope(trx, actor, id, true);
    checkVersion(agency, input.version);
    if (agency.status !== 'active') throw rejectOrg('agency_closed');
    const parent = agency.parentId === null ? null : await repo.findAgency(trx, agency.parentId);
    const divisionCode = input.divisionCode ?? agency.divisionCode;
    if (input.divisionCode !== undefined && !divisionFits(agency.level, divisionCode, parent))
      throw rejectOrg('division_code_invalid');
    if (input.code !== undefined && (await repo.codeTaken(trx, input.code, agency.id)))
      throw rejectOrg('agency_code_taken');
    const next: Agency = {
      ...agency,
      name: input.name ?? agency.name,
      code: input.code ?? agency.code,
      divisionCode,
      version: agency.version + 1,
    };
    const now = ctx.clock.now();
    await trx
      .updateTable('agencies')
      .set({
        name: next.name,
        code: next.code,
        division_code: next.divisionCode,
        version: next.version,
        updated_at: now,
      })
      .where('id', '=', agency.id)
      .execute();
    await repo.recordHistory(trx, next, now, actor.id, input.reason);
    await appendAudit(trx, ctx.clock, who, {
      action: 'agency.update',
      entity: 'agency',
      entityId: agency.id,
      details: {
        before: { name: agency.name, code: agency.code, divisionCode: agency.divisionCode },
        after: { name: next.name, code: next.code, divisionCode: next.divisionCode },
        reason: input.reason,
      },
    });
    return next;
  });
}

/** The actor's own agency and its ancestors cannot be moved or closed by them. */
function guardOwn(actor: StaffActor, agency: Agency): void {
  if (inSubtree(actor.agencyPath, agency.path)) throw rejectOrg('agency_is_own');
}

/** Moves an agency (with its subtree) under a new parent; paths of the subtree follow. */
export async function moveAgency(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: { version: number; reason: string; parentId: number },
): Promise<Agency> {
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await agencyInScope(trx, actor, id, true);
    checkVersion(agency, input.version);
    guardOwn(actor, agency);
    const parent = await agencyInScope(trx, actor, input.parentId, true);
    if (wouldCycle(agency.path, parent.path)) throw rejectOrg('agency_cycle');
    if (parent.status !== 'active' || agency.status !== 'active') throw rejectOrg('agency_closed');
    if (!levelFits(agency.level, parent.level)) throw rejectOrg('agency_level_invalid');
    const newPath = childPath(parent.path, agency.id);
    const now = ctx.clock.now();
    await trx
      .updateTable('agencies')
      .set({ path: sql<string>`${newPath} || substr(path, ${agency.path.length + 1})` })
      .where('path', 'like', `${agency.path}%`)
      .execute();
    const next: Agency = { ...agency, parentId: parent.id, path: newPath, version: agency.version + 1 };
    await trx
      .updateTable('agencies')
      .set({ parent_id: parent.id, version: next.version, updated_at: now })
      .where('id', '=', agency.id)
      .execute();
    await repo.recordHistory(trx, next, now, actor.id, input.reason);
    await appendAudit(trx, ctx.clock, who, {
      action: 'agency.move',
      entity: 'agency',
      entityId: agency.id,
      details: { fromParentId: agency.parentId, toParentId: parent.id, reason: input.reason },
    });
    return next;
  });
}

/** Closes an agency that has nothing left open below it; the record and its history stay. */
export async function closeAgency(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: { version: number; reason: string; closedOn: string },
): Promise<Agency> {
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await agencyInScope(trx, actor, id, true);
    checkVersion(agency, input.version);
    guardOwn(actor, agency);
    if (agency.status !== 'active') throw rejectOrg('agency_closed');
    if (input.closedOn < agency.openedOn) throw rejectOrg('closed_before_opened');
    const open = await repo.dependants(trx, agency);
    if (open.children > 0) throw rejectOrg('agency_has_active_children', open);
    if (open.staff > 0) throw rejectOrg('agency_has_active_staff', open);
    if (open.servicePoints > 0) throw rejectOrg('agency_has_active_service_points', open);
    const next: Agency = { ...agency, status: 'closed', closedOn: input.closedOn, version: agency.version + 1 };
    const now = ctx.clock.now();
    await trx
      .updateTable('agencies')
      .set({ status: 'closed', closed_on: input.closedOn, version: next.version, updated_at: now })
      .where('id', '=', agency.id)
      .execute();
    await repo.recordHistory(trx, next, now, actor.id, input.reason);
    await appendAudit(trx, ctx.clock, who, {
      action: 'agency.close',
      entity: 'agency',
      entityId: agency.id,
      details: { closedOn: input.closedOn, reason: input.reason },
    });
    return next;
  });
}
