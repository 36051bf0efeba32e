/**
 * Maker-checker changes of policy parameters: a fund accountant proposes a value for a region and
 * a date, a different person approves (which inserts the parameter row) or rejects it, and the
 * proposer may withdraw it while it is pending. Every step is audited in its own transaction.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { parseCalendarDate, type CalendarDate } from '../../kernel/calendar-date.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { appendAudit, recordAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { checkRegion, policyValueOrNull } from './policy.lookup.ts';
import {
  CHANGES_PAGE_SIZE_MAX,
  type ChangeProposal,
  type PolicyChangeStatus,
  type PolicyChangeView,
} from './policy.model.ts';
import { rejectPolicy } from './policy.rejections.ts';
import * as repo from './policy.repository.ts';
import {
  checkValue,
  refuseStep,
  regionScopeOf,
  regionWithinAgency,
  validFromInRange,
  type ChangeStep,
  type AgencyRegionScope,
} from './policy.rules.ts';

type Named = { readonly id: number; readonly name: string };

async function viewOf(db: Executor, row: repo.ChangeRow, names: Map<number, string>): Promise<PolicyChangeView> {
  const validFrom = row.valid_from as CalendarDate;
  const current =
    row.status === 'pending'
      ? await policyValueOrNull(db, { region: row.region_code, key: row.key, on: validFrom })
      : null;
  const named = (id: number | null): Named | null => (id === null ? null : { id, name: names.get(id) ?? '' });
  return {
    id: row.id,
    region: row.region_code,
    key: row.key,
    kind: row.kind,
    validFrom,
    value: row.value,
    reason: row.reason,
    basis: row.basis,
    status: row.status,
    proposedBy: named(row.proposed_by)!,
    proposedAt: row.proposed_at.toISOString(),
    decidedBy: named(row.decided_by),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionNote: row.decision_note,
    current: current && { value: current.value, region: current.region, validFrom: current.validFrom },
  };
}

async function viewWithNames(db: Executor, row: repo.ChangeRow): Promise<PolicyChangeView> {
  const ids = [row.proposed_by, ...(row.decided_by === null ? [] : [row.decided_by])];
  return viewOf(db, row, await repo.staffNames(db, ids));
}

/** An agency that covers no region: stands in for a staff member's agency that cannot be found. */
const NO_AGENCY: AgencyRegionScope = { divisionCode: '', isRoot: false };

/** The staff member's agency: its division code and whether it is the root of the tree. */
async function agencyOf(db: Executor, staff: StaffActor): Promise<AgencyRegionScope> {
  return (await repo.agencyRegionScope(db, staff.agencyId)) ?? NO_AGENCY;
}

/**
 * Changes of the regions within the staff member's agency subtree, newest first, optionally of
 * one status (at most CHANGES_PAGE_SIZE_MAX).
 */
export async function listChanges(
  db: Executor,
  staff: StaffActor,
  filter: { readonly status?: PolicyChangeStatus | undefined; readonly limit?: number | undefined },
): Promise<PolicyChangeView[]> {
  const limit = Math.min(filter.limit ?? CHANGES_PAGE_SIZE_MAX, CHANGES_PAGE_SIZE_MAX);
  const scope = regionScopeOf(await agencyOf(db, staff));
  const rows = await repo.listChanges(db, scope, filter.status ?? null, limit);
  const names = new Map<number, string>();
  for (const row of rows) {
    names.set(row.proposed_by, row.proposer_name);
    if (row.decided_by !== null && row.decider_name !== null) names.set(row.decided_by, row.decider_name);
  }
  return Promise.all(rows.map((row) => viewOf(db, row, names)));
}

/** Validates a proposal: region, date, key and value; returns what to store. */
async function checkProposal(db: Executor, input: ChangeProposal) {
  const region = checkRegion(input.region);
  const validFrom = parseCalendarDate(input.validFrom);
  if (!validFromInRange(validFrom)) throw rejectPolicy('policy_valid_from_out_of_range', { validFrom });
  const key = await repo.findKey(db, input.key);
  if (!key) throw rejectPolicy('policy_key_unknown', { key: input.key.slice(0, 80) });
  const checked = checkValue(key, input.value);
  if (!checked.ok)
    throw rejectPolicy('policy_value_invalid', { key: key.key, kind: key.kind, expected: checked.reason });
  return { region, validFrom, key, value: checked.value };
}

/** Proposes a new value (maker) for a region within the proposer's agency subtree. */
export async function proposeChange(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  input: ChangeProposal,
): Promise<PolicyChangeView> {
  const region = checkRegion(input.region);
  if (!regionWithinAgency(region, await agencyOf(ctx.db, staff))) {
    await recordAudit(ctx.db, ctx.clock, who, {
      action: 'policy.change.propose',
      entity: 'policy_change',
      entityId: null,
      outcome: 'denied',
      details: { code: 'policy_region_out_of_scope', region },
    });
    throw rejectPolicy('policy_region_out_of_scope', { region });
  }
  const proposal = await checkProposal(ctx.db, input);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('policy_changes')
      .values({
        region_code: proposal.region,
        key: proposal.key.key,
        kind: proposal.key.kind,
        valid_from: proposal.validFrom,
        value: proposal.value,
        reason: input.reason,
        basis: input.basis,
        proposed_by: staff.id,
        proposed_at: ctx.clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'policy.change.propose',
      entity: 'policy_change',
      entityId: inserted.id,
      details: { region: proposal.region, key: proposal.key.key, validFrom: proposal.validFrom, value: proposal.value },
    });
    return inserted;
  });
  return viewWithNames(ctx.db, row);
}

/** Approves a pending change (checker, within their agency subtree): inserts the parameter row, superseding a same-date value. */
export async function approveChange(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  id: number,
  note: string | null,
): Promise<PolicyChangeView> {
  return decide(ctx, staff, who, id, 'approve', note);
}

/** Rejects a pending change (checker, within their agency subtree); the note says why. */
export async function rejectChange(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  id: number,
  note: string,
): Promise<PolicyChangeView> {
  return decide(ctx, staff, who, id, 'reject', note);
}

/** Withdraws a pending change; only its proposer may. */
export async function withdrawChange(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  id: number,
): Promise<PolicyChangeView> {
  return decide(ctx, staff, who, id, 'withdraw', null);
}

const STATUS_AFTER: Readonly<Record<ChangeStep, PolicyChangeStatus>> = {
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
};

const DENIALS_AUDITED: ReadonlySet<string> = new Set(['policy_self_approval', 'policy_region_out_of_scope']);

async function decide(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  id: number,
  step: ChangeStep,
  note: string | null,
): Promise<PolicyChangeView> {
  // Checkers decide only changes of regions within their agency subtree; a proposer may always withdraw.
  const agency = step === 'withdraw' ? null : await agencyOf(ctx.db, staff);
  try {
    const row = await ctx.db.transaction().execute(async (trx) => {
      const change = await repo.findChange(trx, id, true);
      if (!change) throw rejectPolicy('policy_change_not_found', { id });
      if (agency && !regionWithinAgency(change.region_code, agency))
        throw rejectPolicy('policy_region_out_of_scope', { id, region: change.region_code });
      const refusal = refuseStep({ status: change.status, proposedBy: change.proposed_by }, staff.id, step);
      if (refusal) throw rejectPolicy(refusal, { id, status: change.status });
      const parameterId = step === 'approve' ? await insertParameter(ctx, trx, change) : null;
      const updated = await trx
        .updateTable('policy_changes')
        .set({ status: STATUS_AFTER[step], decided_by: staff.id, decided_at: ctx.clock.now(), decision_note: note })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, ctx.clock, who, {
        action: `policy.change.${step}`,
        entity: 'policy_change',
        entityId: id,
        details: { region: change.region_code, key: change.key, validFrom: change.valid_from, parameterId, note },
      });
      return updated;
    });
    return await viewWithNames(ctx.db, row);
  } catch (error) {
    // A refused attempt to decide one's own change, or a change outside one's agency subtree, is a
    // control event worth keeping (the transaction rolled back: nothing else was written).
    if (error instanceof Rejection && DENIALS_AUDITED.has(error.code))
      await recordAudit(ctx.db, ctx.clock, who, {
        action: `policy.change.${step}`,
        entity: 'policy_change',
        entityId: id,
        outcome: 'denied',
        details:
          error.code === 'policy_region_out_of_scope'
            ? { code: error.code, region: (error.details as { region: string }).region }
            : { code: error.code },
      });
    throw error;
  }
}

/** Inserts the approved value: the next revision of its (region, key, valid_from) slot. */
async function insertParameter(ctx: AppContext, trx: Executor, change: repo.ChangeRow): Promise<number> {
  await repo.lockKey(trx, change.key);
  const slot = { region: change.region_code, key: change.key, validFrom: change.valid_from as CalendarDate };
  const current = await repo.currentRevision(trx, slot);
  return repo.insertParameter(trx, {
    region_code: change.region_code,
    key: change.key,
    kind: change.kind,
    valid_from: change.valid_from,
    revision: (current?.revision ?? 0) + 1,
    supersedes: current?.id ?? null,
    value: change.value,
    basis: change.basis,
    change_id: change.id,
    created_at: ctx.clock.now(),
  });
}
