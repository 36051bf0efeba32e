/**
 * The moves of a case inside a caller's transaction: open it, archive its materials, accept or
 * decline it, close it, stop and restart its clock, tell the applicant. The use cases in
 * `cases.intake.ts` and `cases.workflow.ts` compose these.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { type CalendarDate, today as todayOf } from '../../kernel/calendar-date.ts';
import { unseal } from '../../kernel/sm-crypto.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { archiveUpload } from '../archive/index.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { sendMessage } from '../outbox/index.ts';
import type { CaseChannel, CaseIdentifierType, MaterialInput, WorkflowSnapshot } from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import {
  awaited,
  caseNumberPrefix,
  checkStep,
  finishedWithinPromise,
  pausedWorkdaysBetween,
  type PlannedMaterial,
  promisedDeadline,
  requiredMissing,
  slaStateOf,
  statusAfterAcceptance,
} from './cases.rules.ts';

export const calendar = nationalWorkingDays;

/** Retention of a case's materials and slips (定期30年). */
export const CASE_DOCUMENT_RETENTION = '30y' as const;

export function todayIn(ctx: { readonly clock: { now(): Date } }): CalendarDate {
  return todayOf(ctx.clock);
}

/** The applicant of a case as stored: identifier sealed and blind-indexed, phone sealed. */
export interface StoredApplicant {
  readonly kind: 'person' | 'employer' | 'anonymous';
  readonly publicAccountId: number | null;
  readonly name: string;
  readonly identifierType: CaseIdentifierType;
  readonly index: string;
  readonly sealed: string;
  readonly masked: string;
  readonly phoneSealed: string | null;
  readonly phoneMasked: string | null;
  /** The identity matched the register (or the hall account applied): the case joins the holder's hall. */
  readonly verified: boolean;
  /** The reviewer's override under which a name differing from the register's was received. */
  readonly nameOverrideId: number | null;
}

export interface OpenCaseInput {
  readonly bundleId: number;
  readonly workflow: WorkflowSnapshot;
  readonly channel: CaseChannel;
  readonly agency: { id: number; code: string; name: string; path: string };
  readonly servicePointId: number | null;
  readonly windowId: number | null;
  readonly ticketId: number | null;
  readonly applicant: StoredApplicant;
  readonly receivedBy: number | null;
  readonly materials: readonly PlannedMaterial[];
}

/** Inserts a received case with its checklist; returns it as a record. */
export async function openCase(trx: Trx, ctx: AppContext, who: AuditActor, input: OpenCaseInput): Promise<CaseRecord> {
  const now = ctx.clock.now();
  const w = input.workflow;
  await repo.saveWorkflow(trx, w, now);
  const caseNumber = await repo.nextCaseNumber(trx, caseNumberPrefix(input.agency.code, todayIn(ctx)));
  const a = input.applicant;
  const inserted = await trx
    .insertInto('cases')
    .values({
      case_number: caseNumber,
      bundle_id: input.bundleId,
      item_id: w.id,
      item_code: w.code,
      item_version: w.version,
      item_name_zh: w.nameZh,
      item_name_en: w.nameEn,
      channel: input.channel,
      agency_id: input.agency.id,
      service_point_id: input.servicePointId,
      window_id: input.windowId,
      ticket_id: input.ticketId,
      applicant_kind: a.kind,
      public_account_id: a.publicAccountId,
      applicant_name: a.name,
      applicant_id_type: a.identifierType,
      applicant_index: a.index,
      applicant_enc: a.sealed,
      applicant_masked: a.masked,
      phone_enc: a.phoneSealed,
      phone_masked: a.phoneMasked,
      applicant_verified: a.verified,
      name_override_id: a.nameOverrideId,
      received_at: now,
      received_by: input.receivedBy,
      owner_staff_id: input.receivedBy,
      status: 'received',
      promised_days: w.promisedDays,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (w.materials.length > 0)
    await trx
      .insertInto('case_materials')
      .values(
        w.materials.map((m, sort) => {
          const plan = input.materials.find((p) => p.code === m.code)!;
          return {
            case_id: inserted.id,
            code: m.code,
            sort,
            name_zh: m.nameZh,
            name_en: m.nameEn,
            requirement: m.requirement,
            // A received material becomes 'received' once its upload is archived (archiveMaterials).
            status: plan.status === 'received' ? 'missing' : plan.status,
            reason: plan.note,
            updated_at: now,
          };
        }),
      )
      .execute();
  await repo.addEvent(trx, who, now, inserted.id, 'received', null, 'received', {
    channel: input.channel,
    bundleId: input.bundleId,
  });
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.receive',
    entity: 'case',
    entityId: inserted.id,
    details: { caseNumber, itemCode: w.code, itemVersion: w.version, channel: input.channel, bundleId: input.bundleId },
  });
  const record = await repo.findCase(trx, { id: inserted.id }, true);
  return record!;
}

function subjectOf(record: CaseRecord): { subjectKind: 'person' | 'employer' | null; subjectIndex: string | null } {
  if (record.applicant_id_type === 'citizen_id') return { subjectKind: 'person', subjectIndex: record.applicant_index };
  if (record.applicant_id_type === 'credit_code')
    return { subjectKind: 'employer', subjectIndex: record.applicant_index };
  return { subjectKind: null, subjectIndex: null };
}

/**
 * Archives each uploaded material once, as a document of the first case whose checklist lists
 * it, and marks the same material code received in every given case that awaits it (one set of
 * materials for a bundle). Returns the codes received.
 */
export async function archiveMaterials(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  records: readonly CaseRecord[],
  workflows: ReadonlyMap<number, WorkflowSnapshot>,
  inputs: readonly MaterialInput[],
): Promise<string[]> {
  const now = ctx.clock.now();
  const received: string[] = [];
  for (const input of inputs) {
    if ((input.status ?? 'received') !== 'received' || !input.uploadId) continue;
    const holders = records.filter((r) => workflows.get(r.id)!.materials.some((m) => m.code === input.code));
    const first = holders[0];
    if (!first) throw rejectCase('case_material_unknown', { code: input.code });
    const material = workflows.get(first.id)!.materials.find((m) => m.code === input.code)!;
    const document = await archiveUpload(trx, ctx, input.uploadId, {
      by: who,
      allowed: material.mediaTypes,
      maxBytes: material.maxBytes,
      documentType: 'upload',
      retention: CASE_DOCUMENT_RETENTION,
      caseId: first.id,
      caseNumber: first.case_number,
      itemCode: first.item_code,
      agencyId: first.agency_id,
      ...subjectOf(first),
      materialCode: input.code,
    });
    await trx
      .updateTable('case_materials')
      .set({
        status: 'received',
        document_id: document.id,
        archive_no: document.archiveNo,
        file_name: document.fileName,
        media_type: document.mediaType,
        received_at: now,
        updated_at: now,
      })
      .where(
        'case_id',
        'in',
        holders.map((h) => h.id),
      )
      .where('code', '=', input.code)
      .where('status', '=', 'missing')
      .execute();
    received.push(input.code);
  }
  return received;
}

/** Records waivers given at acceptance (optional and later materials only; checked by the rules). */
export async function applyWaivers(
  trx: Trx,
  now: Date,
  record: CaseRecord,
  inputs: readonly MaterialInput[],
): Promise<void> {
  for (const input of inputs) {
    if (input.status !== 'waived') continue;
    await trx
      .updateTable('case_materials')
      .set({ status: 'waived', reason: input.note?.trim() ?? null, updated_at: now })
      .where('case_id', '=', record.id)
      .where('code', '=', input.code)
      .where('status', 'in', ['missing', 'not_provided'])
      .execute();
  }
}

/** Alerts raised when a running clock is (re)started already due soon or overdue. */
async function stateWithAlert(
  trx: Trx,
  record: CaseRecord,
  dueOn: CalendarDate,
  today: CalendarDate,
  dueSoonWorkdays: number,
  at: Date,
): Promise<'on_track' | 'due_soon' | 'overdue'> {
  const state = slaStateOf(calendar, dueOn, today, dueSoonWorkdays);
  if (state !== 'on_track') await repo.insertAlert(trx, { ...record, due_on: dueOn }, state, dueOn, at);
  return state;
}

/** Closing fields of a case: outcome, decision, the day it finished and whether in time. */
function closing(
  outcome: 'approved' | 'refused' | 'declined',
  by: number | null,
  reason: string | null,
  note: string | null,
  now: Date,
  today: CalendarDate,
  dueOn: CalendarDate | null,
) {
  return {
    status: outcome === 'approved' ? ('completed' as const) : outcome,
    sla_state: 'closed' as const,
    sla_changed_at: now,
    outcome,
    decision_reason: reason,
    outcome_note: note,
    decided_at: now,
    decided_by: by,
    completed_at: now,
    finished_on: today,
    within_promise: outcome === 'declined' ? null : finishedWithinPromise(today, dueOn),
    paused_since: null,
  };
}

export interface AcceptOptions {
  readonly supplyDeadline: CalendarDate;
  readonly comment: string | null;
  readonly dueSoonWorkdays: number;
}

/**
 * The acceptance step (受理): every required material must be in; missing `later` materials stop
 * the clock from the acceptance day (容缺受理). Returns the codes still awaited.
 */
export async function acceptInTrx(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  workflow: WorkflowSnapshot,
  actor: StaffActor,
  who: AuditActor,
  options: AcceptOptions,
): Promise<string[]> {
  const step = workflow.steps[0]!;
  const { last } = checkStep(
    workflow,
    { status: record.status, nextStep: record.next_step, done: [] },
    actor,
    step.code,
  );
  const materials = await repo.materialsOf(trx, [record.id]);
  const blocking = requiredMissing(materials);
  if (blocking.length > 0)
    throw rejectCase('case_required_material_missing', { caseNumber: record.case_number, materials: blocking });
  const missing = awaited(materials);
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  const deadline = promisedDeadline(calendar, today, workflow.promisedDays, 0);
  const dueOn = deadline.dueOn;
  const status = statusAfterAcceptance(missing.length, last);
  const base = {
    accepted_at: now,
    accepted_on: today,
    promised_days: workflow.promisedDays,
    paused_workdays: 0,
    due_on: dueOn,
    due_on_provisional: deadline.provisional,
    next_step: 1,
    owner_staff_id: record.owner_staff_id ?? actor.id,
  };
  if (missing.length > 0) {
    await trx
      .updateTable('case_materials')
      .set({ supply_deadline: options.supplyDeadline, updated_at: now })
      .where('case_id', '=', record.id)
      .where('status', '=', 'missing')
      .execute();
    await repo.updateCase(
      trx,
      record,
      {
        ...base,
        status,
        paused_since: today,
        supply_deadline: options.supplyDeadline,
        sla_state: 'paused',
        sla_changed_at: now,
      },
      now,
    );
  } else if (status === 'completed') {
    await repo.updateCase(
      trx,
      record,
      { ...base, ...closing('approved', actor.id, null, null, now, today, dueOn) },
      now,
    );
  } else {
    const state = await stateWithAlert(trx, { ...record, ...base }, dueOn, today, options.dueSoonWorkdays, now);
    await repo.updateCase(trx, record, { ...base, status, sla_state: state, sla_changed_at: now }, now);
  }
  await trx
    .insertInto('case_steps')
    .values({
      case_id: record.id,
      step_index: 0,
      step_code: step.code,
      staff_id: actor.id,
      decision: 'accept',
      reason: null,
      comment: options.comment,
      at: now,
    })
    .execute();
  await repo.addEvent(
    trx,
    who,
    now,
    record.id,
    missing.length > 0 ? 'accepted_with_missing' : 'accepted',
    'received',
    status,
    { dueOn, dueOnProvisional: deadline.provisional, missing },
  );
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.accept',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number, dueOn, dueOnProvisional: deadline.provisional, missing },
  });
  return missing;
}

/** Declining to accept (不予受理), with the written reason the applicant sees. */
export async function declineInTrx(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  workflow: WorkflowSnapshot,
  actor: StaffActor,
  who: AuditActor,
  reason: string,
): Promise<void> {
  const step = workflow.steps[0]!;
  if (record.status !== 'received') throw rejectCase('case_not_received');
  checkStep(workflow, { status: record.status, nextStep: record.next_step, done: [] }, actor, step.code);
  const text = reason.trim();
  if (!text) throw rejectCase('case_reason_required');
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  await repo.updateCase(
    trx,
    record,
    {
      ...closing('declined', actor.id, text, null, now, today, null),
      owner_staff_id: record.owner_staff_id ?? actor.id,
    },
    now,
  );
  await trx
    .insertInto('case_steps')
    .values({
      case_id: record.id,
      step_index: 0,
      step_code: step.code,
      staff_id: actor.id,
      decision: 'decline',
      reason: text,
      comment: null,
      at: now,
    })
    .execute();
  await repo.addEvent(trx, who, now, record.id, 'declined', 'received', 'declined', { reason: text });
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.decline',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number },
  });
}

/** Ends a running case: completed (approved) after its last step, or refused (不予批准). */
export async function closeInTrx(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  who: AuditActor,
  outcome: 'approved' | 'refused',
  by: number,
  reason: string | null,
  note: string | null,
): Promise<void> {
  const now = ctx.clock.now();
  const from = record.status;
  const fields = closing(outcome, by, reason, note, now, todayIn(ctx), record.due_on as CalendarDate | null);
  await repo.updateCase(trx, record, fields, now);
  await repo.addEvent(trx, who, now, record.id, outcome === 'approved' ? 'completed' : 'refused', from, fields.status, {
    reason,
    withinPromise: fields.within_promise,
  });
}

/** Stops the clock (materials awaited) unless it already stands. */
export async function pauseInTrx(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  supplyDeadline: CalendarDate,
): Promise<void> {
  const now = ctx.clock.now();
  const stopped = record.status === 'waiting_materials';
  await repo.updateCase(
    trx,
    record,
    {
      status: 'waiting_materials',
      paused_since: stopped ? record.paused_since : todayIn(ctx),
      supply_deadline: supplyDeadline,
      sla_state: 'paused',
      sla_changed_at: now,
    },
    now,
  );
}

/**
 * Restarts the clock of a waiting case once nothing is awaited: the deadline moves by the working
 * days in (pausedSince, today]. A case whose steps are all done completes at once.
 */
export async function resumeIfComplete(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  workflow: WorkflowSnapshot,
  who: AuditActor,
  dueSoonWorkdays: number,
): Promise<boolean> {
  if (record.status !== 'waiting_materials') return false;
  const materials = await repo.materialsOf(trx, [record.id]);
  if (awaited(materials).length > 0) return false;
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  const since = record.paused_since as CalendarDate;
  const paused = record.paused_workdays + pausedWorkdaysBetween(calendar, since, today);
  const deadline = promisedDeadline(calendar, record.accepted_on as CalendarDate, record.promised_days, paused);
  const dueOn = deadline.dueOn;
  const base = {
    paused_workdays: paused,
    paused_since: null,
    due_on: dueOn,
    due_on_provisional: deadline.provisional,
    supply_deadline: null,
  };
  await repo.addEvent(trx, who, now, record.id, 'resumed', 'waiting_materials', null, {
    pausedSince: since,
    pausedWorkdays: paused - record.paused_workdays,
    dueOn,
    dueOnProvisional: deadline.provisional,
  });
  if (record.next_step >= workflow.steps.length) {
    await repo.updateCase(trx, record, base, now);
    const acceptor = (await repo.stepsOf(trx, record.id)).at(-1)!.staff_id;
    await closeInTrx(trx, ctx, record, who, 'approved', acceptor, null, null);
    return true;
  }
  const state = await stateWithAlert(trx, record, dueOn, today, dueSoonWorkdays, now);
  await repo.updateCase(trx, record, { ...base, status: 'in_progress', sla_state: state, sla_changed_at: now }, now);
  return true;
}

/**
 * Sends a message to the applicant: to the inbox of their public account, else by SMS to the
 * phone they gave; nothing when there is neither.
 */
export async function notifyApplicant(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  message: { purpose: string; bodyZh: string; bodyEn: string; correlation?: string },
): Promise<void> {
  const correlation = message.correlation ?? `case:${record.case_number}`;
  if (record.public_account_id !== null) {
    await sendMessage(trx, ctx, {
      channel: 'inbox',
      recipient: `public_account:${record.public_account_id}`,
      recipientMasked: record.applicant_name,
      purpose: message.purpose,
      bodyZh: message.bodyZh,
      bodyEn: message.bodyEn,
      correlation,
    });
    return;
  }
  if (record.phone_enc === null) return;
  await sendMessage(trx, ctx, {
    channel: 'sms',
    recipient: unseal(ctx.keys, record.phone_enc),
    recipientMasked: record.phone_masked ?? '****',
    purpose: message.purpose,
    bodyZh: message.bodyZh,
    bodyEn: message.bodyEn,
    correlation,
  });
}
