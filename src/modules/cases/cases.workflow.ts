/**
 * Use cases after intake: accept or decline a received case, perform the next workflow step
 * (maker-checker), receive materials (the clock restarts), request materials (the clock stops),
 * hand the case over (首问负责) and assign it. One transaction each.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { type CalendarDate, parseCalendarDate } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { PublicActor, StaffActor } from '../auth/index.ts';
import {
  acceptInTrx,
  applyWaivers,
  archiveMaterials,
  calendar,
  closeInTrx,
  declineInTrx,
  notifyApplicant,
  pauseInTrx,
  resumeIfComplete,
  todayIn,
} from './cases.lifecycle.ts';
import type { MaterialInput, WorkflowSnapshot } from './cases.model.ts';
import { issueNotice } from './cases.notices.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import { checkMaterialInputs, checkStep, checkSupplyDeadline, promisedByText, withCalendar } from './cases.rules.ts';

/** Loads and locks a case the staff member may act on, with its workflow. */
async function lockInScope(
  trx: Trx,
  actor: StaffActor,
  caseId: number,
  version: number | null,
): Promise<{ record: CaseRecord; workflow: WorkflowSnapshot }> {
  const record = await repo.findCase(trx, { id: caseId }, true);
  if (!record) throw rejectCase('case_not_found');
  if (!record.agency_path.startsWith(actor.agencyPath)) throw common.reject('out_of_scope');
  if (version !== null && record.version !== version)
    throw rejectCase('case_version_conflict', { current: record.version });
  return { record, workflow: await repo.loadWorkflow(trx, record.item_id, record.item_version) };
}

function assertOpen(record: CaseRecord): void {
  if (record.status === 'completed' || record.status === 'refused' || record.status === 'declined')
    throw rejectCase('case_closed');
}

function supplyDeadlineOf(ctx: AppContext, given: string | undefined, defaultWorkdays: number): CalendarDate {
  const today = todayIn(ctx);
  if (given === undefined) return withCalendar(() => calendar.addWorkingDays(today, defaultWorkdays));
  const deadline = parseCalendarDate(given);
  checkSupplyDeadline(deadline, today);
  return deadline;
}

export interface AcceptInput {
  readonly version: number;
  readonly materials?: readonly MaterialInput[] | undefined;
  readonly supplyDeadline?: string | undefined;
  readonly comment?: string | undefined;
}

/** Accepts a received case (typically an online application); a missing `later` material issues a slip. */
export async function acceptCase(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: AcceptInput,
): Promise<{ noticeId: number | null }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    if (record.status !== 'received') throw rejectCase('case_not_received');
    const materials = input.materials ?? [];
    checkMaterialInputs([workflow.materials], materials);
    const settings = await repo.loadSettings(trx);
    const supplyDeadline = supplyDeadlineOf(ctx, input.supplyDeadline, settings.supplyDefaultWorkdays);
    const now = ctx.clock.now();
    await archiveMaterials(trx, ctx, who, [record], new Map([[record.id, workflow]]), materials);
    await applyWaivers(trx, now, record, materials);
    const missing = await acceptInTrx(trx, ctx, record, workflow, actor, who, {
      supplyDeadline,
      comment: input.comment?.trim() || null,
      dueSoonWorkdays: settings.dueSoonWorkdays,
    });
    const accepted = (await repo.findCase(trx, { id: record.id }))!;
    if (missing.length > 0) {
      const noticeId = await issueNotice(trx, ctx, who, {
        bundleId: accepted.bundle_id,
        kind: 'acceptance_with_missing',
        records: [accepted],
        workflows: new Map([[accepted.id, workflow]]),
        results: new Map([[accepted.id, 'accepted_missing']]),
        reasons: new Map(),
        place: null,
        createdBy: actor.id,
      });
      return { noticeId };
    }
    const done = accepted.status === 'completed';
    const promised = promisedByText(accepted.due_on ?? '', accepted.due_on_provisional);
    await notifyApplicant(trx, ctx, accepted, {
      purpose: 'case.accepted',
      bodyZh: `【社保经办】您的${accepted.item_name_zh}（办件编号${accepted.case_number}）已受理，${
        done ? '已办结' : promised.zh
      }。`,
      bodyEn: `[Shebao] Your ${accepted.item_name_en} (case ${accepted.case_number}) was accepted${
        done ? ' and completed' : `; ${promised.en}`
      }.`,
    });
    return { noticeId: null };
  });
}

/** Declines to accept a received case (不予受理) with a written reason and a slip. */
export async function declineCase(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: { version: number; reason: string },
): Promise<{ noticeId: number }> {
  if (!input.reason.trim()) throw rejectCase('case_reason_required');
  return ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    await declineInTrx(trx, ctx, record, workflow, actor, who, input.reason);
    const noticeId = await issueNotice(trx, ctx, who, {
      bundleId: record.bundle_id,
      kind: 'decline',
      records: [record],
      workflows: new Map([[record.id, workflow]]),
      results: new Map([[record.id, 'declined']]),
      reasons: new Map([[record.id, input.reason.trim()]]),
      place: null,
      createdBy: actor.id,
    });
    return { noticeId };
  });
}

export interface StepInput {
  readonly version: number;
  readonly decision: 'pass' | 'refuse';
  readonly reason?: string | undefined;
  readonly comment?: string | undefined;
  readonly outcomeNote?: string | undefined;
}

/**
 * Performs the case's next step. `pass` on the last step completes the case; `refuse` ends it
 * (不予批准) with the reason the applicant sees. The first step is acceptance: pass accepts,
 * refuse declines.
 */
export async function performStep(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  stepCode: string,
  input: StepInput,
): Promise<void> {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'refuse' && reason === null) throw rejectCase('case_reason_required');
  const first = await ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    if (record.next_step !== 0 || workflow.steps[0]?.code !== stepCode) return false;
    return true;
  });
  if (first) {
    if (input.decision === 'pass')
      await acceptCase(ctx, actor, who, caseId, { version: input.version, comment: input.comment });
    else await declineCase(ctx, actor, who, caseId, { version: input.version, reason: reason! });
    return;
  }
  await ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    const done = (await repo.stepsOf(trx, record.id)).map((s) => ({ stepCode: s.step_code, staffId: s.staff_id }));
    const { index, last } = checkStep(
      workflow,
      { status: record.status, nextStep: record.next_step, done },
      actor,
      stepCode,
    );
    const now = ctx.clock.now();
    await trx
      .insertInto('case_steps')
      .values({
        case_id: record.id,
        step_index: index,
        step_code: stepCode,
        staff_id: actor.id,
        decision: input.decision,
        reason,
        comment: input.comment?.trim() || null,
        at: now,
      })
      .execute();
    await repo.updateCase(trx, record, { next_step: index + 1 }, now);
    await repo.addEvent(trx, who, now, record.id, 'step', record.status, record.status, {
      step: stepCode,
      decision: input.decision,
    });
    const note = input.outcomeNote?.trim().replace(/[。.]+$/, '') || null;
    if (input.decision === 'refuse') {
      await closeInTrx(trx, ctx, record, who, 'refused', actor.id, reason, note);
      await notifyApplicant(trx, ctx, record, {
        purpose: 'case.refused',
        bodyZh: `【社保经办】您的${record.item_name_zh}（办件编号${record.case_number}）经审核不予批准。理由：${reason}`,
        bodyEn: `[Shebao] Your ${record.item_name_en} (case ${record.case_number}) was refused. Reason: ${reason}`,
      });
    } else if (last) {
      await closeInTrx(trx, ctx, record, who, 'approved', actor.id, null, note);
      await notifyApplicant(trx, ctx, record, {
        purpose: 'case.completed',
        bodyZh: `【社保经办】您的${record.item_name_zh}（办件编号${record.case_number}）已办结。${note ? `办理结果：${note}。` : ''}欢迎对本次服务作出评价。`,
        bodyEn: `[Shebao] Your ${record.item_name_en} (case ${record.case_number}) is complete. ${note ? `Outcome as recorded by the agency: ${note}. ` : ''}Please rate the service.`,
      });
    }
    await appendAudit(trx, ctx.clock, who, {
      action: `case.step.${input.decision}`,
      entity: 'case',
      entityId: record.id,
      details: { caseNumber: record.case_number, step: stepCode, status: record.status },
    });
  });
}

/**
 * Receives awaited materials for a case. One document serves the same material in every case of
 * the bundle; each case whose checklist is then complete restarts its clock.
 */
async function supplyInTrx(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  record: CaseRecord,
  workflow: WorkflowSnapshot,
  inputs: ReadonlyArray<{ code: string; uploadId: string }>,
): Promise<void> {
  assertOpen(record);
  checkMaterialInputs([workflow.materials], inputs);
  const bundle = await repo.lockBundle(trx, record.bundle_id);
  const current = await repo.materialsOf(trx, [record.id]);
  for (const input of inputs) {
    if (current.find((m) => m.code === input.code)?.status !== 'missing')
      throw rejectCase('case_material_not_missing', { code: input.code });
  }
  const open = bundle.filter(
    (r) => r.status === 'received' || r.status === 'in_progress' || r.status === 'waiting_materials',
  );
  const workflows = new Map<number, WorkflowSnapshot>();
  for (const r of open) workflows.set(r.id, await repo.loadWorkflow(trx, r.item_id, r.item_version));
  // The case named comes first, so the document is archived as one of its own.
  const ordered = [open.find((r) => r.id === record.id)!, ...open.filter((r) => r.id !== record.id)];
  await archiveMaterials(trx, ctx, who, ordered, workflows, inputs);
  const settings = await repo.loadSettings(trx);
  const now = ctx.clock.now();
  for (const r of ordered) {
    await repo.addEvent(trx, who, now, r.id, 'materials_received', r.status, r.status, {
      materials: inputs.map((i) => i.code),
    });
    await resumeIfComplete(trx, ctx, r, workflows.get(r.id)!, who, settings.dueSoonWorkdays);
  }
  Object.assign(record, ordered[0]);
  const promised = promisedByText(record.due_on ?? '', record.due_on_provisional);
  await notifyApplicant(trx, ctx, record, {
    purpose: 'case.materials_received',
    bodyZh: `【社保经办】已收到您为办件${record.case_number}补正的材料${
      record.status === 'in_progress' ? `，恢复计时，${promised.zh}` : ''
    }。`,
    bodyEn: `[Shebao] The materials for case ${record.case_number} were received${
      record.status === 'in_progress' ? `; the clock runs again, ${promised.en}` : ''
    }.`,
  });
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.materials.supply',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number, materials: inputs.map((i) => i.code) },
  });
}

/** Staff record materials the applicant brought to a window. */
export async function supplyByStaff(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: { version: number; materials: ReadonlyArray<{ code: string; uploadId: string }> },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    await supplyInTrx(trx, ctx, who, record, workflow, input.materials);
  });
}

/** The applicant supplies materials online for one of their own cases. */
export async function supplyByApplicant(
  ctx: AppContext,
  actor: PublicActor,
  who: AuditActor,
  caseNumber: string,
  materials: ReadonlyArray<{ code: string; uploadId: string }>,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const record = await repo.findCase(trx, { caseNumber }, true);
    if (!record || !(await ownsCase(trx, actor, record))) throw rejectCase('case_not_found');
    const workflow = await repo.loadWorkflow(trx, record.item_id, record.item_version);
    await supplyInTrx(trx, ctx, who, record, workflow, materials);
  });
}

/** Whether a public user is the applicant: the case's account, or the same identifier with the identity verified. */
export async function ownsCase(db: Executor, actor: PublicActor, record: CaseRecord): Promise<boolean> {
  if (record.public_account_id === actor.id) return true;
  if (!record.applicant_verified) return false;
  const account = await db
    .selectFrom('public_accounts')
    .select(['identifier_index', 'kind'])
    .where('id', '=', actor.id)
    .executeTakeFirst();
  return account !== undefined && account.identifier_index === record.applicant_index;
}

/** Staff ask for (more) materials (补正): the clock stops and a slip lists what is needed. */
export async function requestMaterials(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: { version: number; materials: ReadonlyArray<{ code: string; reason: string }>; supplyDeadline: string },
): Promise<{ noticeId: number }> {
  const deadline = parseCalendarDate(input.supplyDeadline);
  checkSupplyDeadline(deadline, todayIn(ctx));
  return ctx.db.transaction().execute(async (trx) => {
    const { record, workflow } = await lockInScope(trx, actor, caseId, input.version);
    assertOpen(record);
    if (record.status === 'received') throw rejectCase('case_step_out_of_order', { expected: workflow.steps[0]?.code });
    const step = workflow.steps[Math.min(record.next_step, workflow.steps.length - 1)]!;
    if (!actor.permissions.has(step.permission))
      throw rejectCase('case_step_permission_missing', { permission: step.permission });
    const seen = new Set<string>();
    for (const m of input.materials) {
      if (seen.has(m.code)) throw rejectCase('case_material_duplicate', { code: m.code });
      seen.add(m.code);
      if (!workflow.materials.some((w) => w.code === m.code))
        throw rejectCase('case_material_unknown', { code: m.code });
      if (!m.reason.trim()) throw rejectCase('case_reason_required', { code: m.code });
    }
    const now = ctx.clock.now();
    const before = await repo.materialsOf(trx, [record.id]);
    for (const m of input.materials) {
      await trx
        .updateTable('case_materials')
        .set({
          status: 'missing',
          reason: m.reason.trim(),
          supply_deadline: deadline,
          document_id: null,
          archive_no: null,
          file_name: null,
          media_type: null,
          received_at: null,
          updated_at: now,
        })
        .where('case_id', '=', record.id)
        .where('code', '=', m.code)
        .execute();
    }
    const from = record.status;
    await pauseInTrx(trx, ctx, record, deadline);
    await repo.addEvent(trx, who, now, record.id, 'materials_requested', from, 'waiting_materials', {
      materials: input.materials.map((m) => m.code),
      replaced: before.filter((b) => seen.has(b.code) && b.archive_no).map((b) => b.archive_no),
      supplyDeadline: deadline,
    });
    const noticeId = await issueNotice(trx, ctx, who, {
      bundleId: record.bundle_id,
      kind: 'supplement_request',
      records: [record],
      workflows: new Map([[record.id, workflow]]),
      results: new Map([[record.id, 'supplement']]),
      reasons: new Map(),
      place: null,
      createdBy: actor.id,
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.materials.request',
      entity: 'case',
      entityId: record.id,
      details: {
        caseNumber: record.case_number,
        materials: input.materials.map((m) => m.code),
        supplyDeadline: deadline,
      },
    });
    return { noticeId };
  });
}

/** Staff who may take over or handle a case: active, holding case.read, with the case in their subtree. */
/**
 * Who may take a case over: active staff with case.read at the case's agency or above it (they
 * can see it). The clerk who hands over needs this list without holding staff.read.
 */
export async function handOverCandidates(
  db: Executor,
  record: CaseRecord,
): Promise<Array<{ id: number; displayName: string; agencyName: string }>> {
  const rows = await db
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .innerJoin('staff_roles', 'staff_roles.staff_id', 'staff.id')
    .innerJoin('role_permissions', 'role_permissions.role_code', 'staff_roles.role_code')
    .select(['staff.id', 'staff.display_name', 'agencies.name as agency_name', 'agencies.path'])
    .where('staff.status', '=', 'active')
    .where('role_permissions.permission', '=', 'case.read')
    .distinct()
    .orderBy('staff.id')
    .execute();
  return rows
    .filter((r) => record.agency_path.startsWith(r.path) && r.id !== record.owner_staff_id)
    .slice(0, HAND_OVER_CANDIDATES_MAX)
    .map((r) => ({ id: r.id, displayName: r.display_name, agencyName: r.agency_name }));
}

const HAND_OVER_CANDIDATES_MAX = 200;

async function eligibleStaff(trx: Trx, staffId: number, record: CaseRecord): Promise<void> {
  const row = await trx
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .innerJoin('staff_roles', 'staff_roles.staff_id', 'staff.id')
    .innerJoin('role_permissions', 'role_permissions.role_code', 'staff_roles.role_code')
    .select(['staff.id', 'agencies.path'])
    .where('staff.id', '=', staffId)
    .where('staff.status', '=', 'active')
    .where('role_permissions.permission', '=', 'case.read')
    .executeTakeFirst();
  if (!row || !record.agency_path.startsWith(row.path)) throw rejectCase('case_staff_not_eligible');
}

function assertOwnerOrSupervisor(actor: StaffActor, record: CaseRecord): void {
  const owner = record.owner_staff_id;
  const allowed =
    actor.permissions.has('service.monitor') ||
    owner === actor.id ||
    (owner === null && actor.permissions.has('case.accept'));
  if (!allowed) throw rejectCase('case_not_owner');
}

/** Hands the case over to another owner (首问负责 移交), with the reason. */
export async function handOver(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: { version: number; toStaffId: number; reason: string },
): Promise<void> {
  if (!input.reason.trim()) throw rejectCase('case_reason_required');
  await ctx.db.transaction().execute(async (trx) => {
    const { record } = await lockInScope(trx, actor, caseId, input.version);
    assertOpen(record);
    assertOwnerOrSupervisor(actor, record);
    await eligibleStaff(trx, input.toStaffId, record);
    const now = ctx.clock.now();
    await trx
      .insertInto('case_handovers')
      .values({
        case_id: record.id,
        at: now,
        from_staff_id: record.owner_staff_id,
        to_staff_id: input.toStaffId,
        by_staff_id: actor.id,
        reason: input.reason.trim(),
      })
      .execute();
    const from = record.owner_staff_id;
    await repo.updateCase(trx, record, { owner_staff_id: input.toStaffId }, now);
    await repo.addEvent(trx, who, now, record.id, 'handed_over', null, null, {
      from,
      to: input.toStaffId,
      reason: input.reason.trim(),
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.hand_over',
      entity: 'case',
      entityId: record.id,
      details: { caseNumber: record.case_number, from, to: input.toStaffId },
    });
  });
}

/** Assigns (or clears) the staff member handling the case now. */
export async function assignCase(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  caseId: number,
  input: { version: number; staffId: number | null },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { record } = await lockInScope(trx, actor, caseId, input.version);
    assertOpen(record);
    assertOwnerOrSupervisor(actor, record);
    if (input.staffId !== null) await eligibleStaff(trx, input.staffId, record);
    const now = ctx.clock.now();
    await repo.updateCase(trx, record, { assigned_staff_id: input.staffId }, now);
    await repo.addEvent(trx, who, now, record.id, 'assigned', null, null, { staffId: input.staffId });
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.assign',
      entity: 'case',
      entityId: record.id,
      details: { caseNumber: record.case_number, staffId: input.staffId },
    });
  });
}
