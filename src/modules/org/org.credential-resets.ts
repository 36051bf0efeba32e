/**
 * Credential resets of administrators, maker-checker (decision 29). One administrator requests the
 * reset; another, holding a different administrator role, approves it (neither the requester nor
 * the account holder can). Approval gives the account a temporary password, shown once to the
 * approver, who hands it over; the requester never sees it. The account must then set its own
 * password and enrol a new authenticator before it can do anything else, demo mode included.
 */
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { decide } from '../../db/decide.ts';
import type { CredentialResetTable } from '../../db/schema.ts';
import type { Rejection } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { temporaryPassword, type StaffActor } from '../auth/index.ts';
import { resetCredentials, rolesOf } from './org.credentials.ts';
import { CREDENTIAL_RESET_HOURS, type CredentialReset } from './org.model.ts';
import { rejectOrg } from './org.rejections.ts';
import { resetDecisionRefusal, resetNeedsApproval } from './org.rules.ts';
import { staffForChange } from './org.staff.ts';

function viewQuery(db: Executor, scopePath: string) {
  return db
    .selectFrom('credential_resets as r')
    .innerJoin('staff as t', 't.id', 'r.staff_id')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .innerJoin('staff as q', 'q.id', 'r.requested_by')
    .leftJoin('staff as d', 'd.id', 'r.decided_by')
    .where('a.path', 'like', `${scopePath}%`);
}

async function loadViews(
  db: Executor,
  now: Date,
  scopePath: string,
  where: { id?: number; pendingOnly?: boolean },
  page: { limit: number; offset: number },
): Promise<{ items: CredentialReset[]; total: number }> {
  let query = viewQuery(db, scopePath);
  if (where.id !== undefined) query = query.where('r.id', '=', where.id);
  if (where.pendingOnly) query = query.where('r.status', '=', 'pending').where('r.expires_at', '>', now);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('r')
    .select(['t.username as target_username', 't.display_name as target_name', 'q.display_name as requester_name'])
    .select('d.display_name as decider_name')
    .orderBy('r.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    staffId: r.staff_id,
    staffUsername: r.target_username,
    staffName: r.target_name,
    reason: r.reason,
    requestedById: r.requested_by,
    requestedByName: r.requester_name,
    requestedAt: r.requested_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    // A request nobody decided in time reads as expired even before anyone marks it so.
    status: r.status === 'pending' && r.expires_at.getTime() <= now.getTime() ? ('expired' as const) : r.status,
    decidedById: r.decided_by,
    decidedByName: r.decider_name,
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionNote: r.decision_note,
  }));
  return { items, total: total.n };
}

async function viewOf(db: Executor, ctx: AppContext, actor: StaffActor, id: number): Promise<CredentialReset> {
  const { items } = await loadViews(db, ctx.clock.now(), actor.agencyPath, { id }, { limit: 1, offset: 0 });
  return items[0]!;
}

/** Credential reset requests about accounts in the actor's subtree, newest first. */
export async function listCredentialResets(
  ctx: AppContext,
  actor: StaffActor,
  filter: { state: 'pending' | 'all'; page: number; pageSize: number },
): Promise<{ items: CredentialReset[]; total: number }> {
  return loadViews(
    ctx.db,
    ctx.clock.now(),
    actor.agencyPath,
    { pendingOnly: filter.state === 'pending' },
    { limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize },
  );
}

/** Marks the account's undecided requests past their time as expired. */
async function expireStale(trx: Trx, now: Date, staffId: number): Promise<void> {
  await trx
    .updateTable('credential_resets')
    .set({ status: 'expired', decided_at: now })
    .where('staff_id', '=', staffId)
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .execute();
}

/** Asks for a reset of an administrator's password and second factor. */
export async function requestCredentialReset(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  staffId: number,
  reason: string,
): Promise<CredentialReset> {
  return ctx.db.transaction().execute(async (trx) => {
    await staffForChange(trx, actor, staffId);
    if (!resetNeedsApproval(await rolesOf(trx, staffId))) throw rejectOrg('credential_reset_not_needed');
    const now = ctx.clock.now();
    await expireStale(trx, now, staffId);
    const open = await trx
      .selectFrom('credential_resets')
      .select('id')
      .where('staff_id', '=', staffId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (open) throw rejectOrg('credential_reset_pending');
    const { id } = await trx
      .insertInto('credential_resets')
      .values({
        staff_id: staffId,
        reason,
        requested_by: actor.id,
        requested_at: now,
        expires_at: new Date(now.getTime() + CREDENTIAL_RESET_HOURS * 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.credential_reset.request',
      entity: 'staff',
      entityId: staffId,
      details: { requestId: id, reason },
    });
    return viewOf(trx, ctx, actor, id);
  });
}

type Decision = 'approve' | 'reject';

type Taken =
  | { readonly refused: Rejection }
  | {
      readonly request: Selectable<CredentialResetTable>;
      readonly target: Awaited<ReturnType<typeof staffForChange>>;
      readonly now: Date;
    };

/**
 * Locks a request for a decision, the account first and then the request (the order a new
 * request takes too), and checks who decides. A refusal is returned after its audit entry.
 */
async function requestForDecision(
  trx: Trx,
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  decision: Decision,
): Promise<Taken> {
  const found = await trx.selectFrom('credential_resets').select('staff_id').where('id', '=', id).executeTakeFirst();
  if (!found) throw rejectOrg('credential_reset_not_found');
  const target = await staffForChange(trx, actor, found.staff_id, true);
  const request = await trx
    .selectFrom('credential_resets')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const now = ctx.clock.now();
  const deny = async (code: Parameters<typeof rejectOrg>[0]): Promise<Rejection> => {
    await appendAudit(trx, ctx.clock, who, {
      action: `staff.credential_reset.${decision}`,
      entity: 'staff',
      entityId: request.staff_id,
      outcome: 'denied',
      details: { requestId: id, refused: code },
    });
    return rejectOrg(code);
  };
  const refusal = resetDecisionRefusal(
    actor,
    {
      staffId: request.staff_id,
      requestedBy: request.requested_by,
      requesterRoles: await rolesOf(trx, request.requested_by),
    },
    decision,
  );
  if (refusal) return { refused: await deny(refusal) };
  if (request.status !== 'pending') throw rejectOrg('credential_reset_decided');
  if (request.expires_at.getTime() <= now.getTime()) {
    await expireStale(trx, now, request.staff_id);
    return { refused: await deny('credential_reset_expired') };
  }
  return { request, target, now };
}

/** Approves a request: resets the account and returns its temporary password, shown this once. */
export async function approveCredentialReset(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
): Promise<{ reset: CredentialReset; temporaryPassword: string }> {
  return decide(ctx.db, async (trx) => {
    const taken = await requestForDecision(trx, ctx, actor, who, id, 'approve');
    if ('refused' in taken) return taken.refused;
    const { request, target, now } = taken;
    const password = temporaryPassword();
    await resetCredentials(trx, ctx, target, password);
    await trx
      .updateTable('credential_resets')
      .set({ status: 'approved', decided_by: actor.id, decided_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.credential_reset.approve',
      entity: 'staff',
      entityId: request.staff_id,
      details: { requestId: id, requestedBy: request.requested_by },
    });
    return { reset: await viewOf(trx, ctx, actor, id), temporaryPassword: password };
  });
}

/** Rejects a request (the requester withdrawing it, or another administrator turning it down). */
export async function rejectCredentialReset(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  note: string | null,
): Promise<CredentialReset> {
  return decide(ctx.db, async (trx) => {
    const taken = await requestForDecision(trx, ctx, actor, who, id, 'reject');
    if ('refused' in taken) return taken.refused;
    const { request, now } = taken;
    await trx
      .updateTable('credential_resets')
      .set({ status: 'rejected', decided_by: actor.id, decided_at: now, decision_note: note })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.credential_reset.reject',
      entity: 'staff',
      entityId: request.staff_id,
      details: { requestId: id, note, withdrawn: request.requested_by === actor.id },
    });
    return viewOf(trx, ctx, actor, id);
  });
}
