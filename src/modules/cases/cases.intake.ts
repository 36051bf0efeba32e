/**
 * Intake: a window (or phone, mail …) intake of one or more items for one applicant (一窗受理), and
 * an online application from the self-service hall. One transaction each: bad input changes nothing.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { type CalendarDate, parseCalendarDate } from '../../kernel/calendar-date.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { checkCreditCode } from '../../kernel/credit-code.ts';
import { kernelRejections } from '../../kernel/kernel-rejections.ts';
import { common } from '../../kernel/rejection.ts';
import { blindIndex, seal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { sameHolderName } from '../../kernel/holder-name.ts';
import { maskCitizenId, maskPhone, type PublicActor, type RegisterLookup, type StaffActor } from '../auth/index.ts';
import { assertChannelOffered, itemForIntake, type IntakeItem } from '../catalog/index.ts';
import { attachCaseToTicket } from '../queue/index.ts';
import {
  acceptInTrx,
  archiveMaterials,
  calendar,
  declineInTrx,
  notifyApplicant,
  openCase,
  type StoredApplicant,
  todayIn,
} from './cases.lifecycle.ts';
import { applicantName, holderOfApplicant, liveNameOverride, useNameOverride } from './cases.applicant-identity.ts';
import type { ApplicantInput, CaseChannel, MaterialInput, WorkflowSnapshot } from './cases.model.ts';
import { issueNotice } from './cases.notices.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import {
  checkMaterialInputs,
  checkSupplyDeadline,
  planMaterials,
  promisedByText,
  requiredMissing,
  withCalendar,
} from './cases.rules.ts';
import type { SlipResult } from './cases.slip.ts';

const MOBILE_PHONE = /^1[3-9]\d{9}$/;

export interface DeskIntakeInput {
  readonly channel: Exclude<CaseChannel, 'web'>;
  readonly servicePointId?: number | undefined;
  readonly windowId?: number | undefined;
  readonly ticketId?: number | undefined;
  readonly agencyId?: number | undefined;
  readonly applicant: ApplicantInput;
  readonly items: ReadonlyArray<{
    itemCode: string;
    decision: 'accept' | 'decline' | 'receive';
    reason?: string | undefined;
  }>;
  readonly materials: readonly MaterialInput[];
  readonly supplyDeadline?: string | undefined;
  readonly note?: string | undefined;
}

export interface OnlineApplicationInput {
  readonly itemCode: string;
  readonly agencyId: number;
  readonly materials: ReadonlyArray<{ code: string; uploadId: string }>;
  readonly phone?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * Runs first inside the application's transaction, so a caller's own limit (e.g. queries a day)
 * is counted and the case opened atomically: it may lock and refuse.
 */
export type IntakeGuard = (trx: Trx) => Promise<void>;

/** The catalogue's intake view as the case keeps it. */
export function snapshotOf(item: IntakeItem): WorkflowSnapshot {
  return {
    id: item.id,
    code: item.code,
    version: item.version,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    materials: item.materials,
    steps: item.steps,
    separatedSteps: item.separatedSteps,
    basisZh: item.basisZh,
    basisEn: item.basisEn,
    conditionsZh: item.conditionsZh,
    conditionsEn: item.conditionsEn,
  };
}

/** An applicant's identifier validated and normalised, with its mask and the kind of holder it names. */
export function applicantIdentifier(
  ctx: AppContext,
  input: Pick<ApplicantInput, 'identifierType' | 'identifier'>,
): { normalized: string; masked: string; subject: 'person' | 'employer' | 'other'; index: string } {
  const withIndex = (normalized: string, masked: string, subject: 'person' | 'employer' | 'other') => ({
    normalized,
    masked,
    subject,
    index: blindIndex(ctx.keys, `${subject}:${normalized}`),
  });
  if (input.identifierType === 'citizen_id') {
    const check = checkCitizenId(input.identifier.trim().toUpperCase(), todayIn(ctx));
    if (!check.valid) throw kernelRejections.reject('invalid_citizen_id', { reason: check.reason });
    return withIndex(check.normalized, maskCitizenId(check.normalized), 'person');
  }
  if (input.identifierType === 'credit_code') {
    const check = checkCreditCode(input.identifier.trim());
    if (!check.valid) throw kernelRejections.reject('invalid_credit_code', { reason: check.reason });
    return withIndex(check.normalized, check.normalized, 'employer');
  }
  const normalized = input.identifier.trim().toUpperCase();
  if (normalized.length < 4) throw rejectCase('case_applicant_invalid');
  return withIndex(
    normalized,
    `${normalized.slice(0, 2)}${'*'.repeat(normalized.length - 4)}${normalized.slice(-2)}`,
    'other',
  );
}

/**
 * Validates and seals an applicant's identifier (and phone) and settles the name against the
 * register (see cases.applicant-identity.ts). Only an applicant whose identity matched is linked to
 * the holder's hall account.
 */
export async function resolveApplicant(
  trx: Trx,
  ctx: AppContext,
  register: RegisterLookup,
  input: ApplicantInput,
  placePath: string,
): Promise<StoredApplicant> {
  const { normalized, masked, subject, index } = applicantIdentifier(ctx, input);
  const phone = input.phone?.trim() || null;
  if (phone !== null && !MOBILE_PHONE.test(phone)) throw rejectCase('case_phone_invalid');
  const holder = await holderOfApplicant(trx, ctx, register, subject, normalized);
  const typed = input.name?.trim() ?? '';
  const overrideId =
    holder && typed && !sameHolderName(typed, holder.name)
      ? await liveNameOverride(trx, ctx, { index, name: typed, placePath })
      : null;
  const decided = applicantName(typed, holder?.name ?? null, overrideId !== null);
  if (!decided.ok) throw rejectCase(decided.code);
  const account =
    decided.verified && subject !== 'other'
      ? await trx
          .selectFrom('public_accounts')
          .select(['id', 'kind'])
          .where('kind', '=', subject)
          .where('identifier_index', '=', index)
          .where('status', '=', 'active')
          .executeTakeFirst()
      : undefined;
  return {
    kind: account ? account.kind : 'anonymous',
    publicAccountId: account?.id ?? null,
    name: decided.name,
    identifierType: input.identifierType,
    index,
    sealed: seal(ctx.keys, normalized),
    masked,
    phoneSealed: phone === null ? null : seal(ctx.keys, phone),
    phoneMasked: phone === null ? null : maskPhone(phone),
    verified: decided.verified,
    nameOverrideId: decided.overridden ? overrideId : null,
  };
}

/** Blind indexes an identifier typed by someone following a case could match (no validation: no oracle). */
export function candidateIndexes(ctx: AppContext, identifier: string): string[] {
  const value = identifier.trim().toUpperCase();
  return ['person', 'employer', 'other'].map((subject) => blindIndex(ctx.keys, `${subject}:${value}`));
}

interface Place {
  readonly agency: { id: number; code: string; name: string; path: string };
  readonly servicePointId: number | null;
  readonly windowId: number | null;
  readonly label: string | null;
}

async function agencyRow(db: Executor, id: number) {
  return db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'path', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Where a desk intake happens: a window of a service point in scope, or an agency in scope. */
async function resolvePlace(trx: Trx, actor: StaffActor, input: DeskIntakeInput): Promise<Place> {
  let pointId = input.servicePointId ?? null;
  let windowLabel = '';
  if (input.windowId !== undefined) {
    const window = await trx
      .selectFrom('service_windows')
      .selectAll()
      .where('id', '=', input.windowId)
      .executeTakeFirst();
    if (!window || window.status !== 'active' || (pointId !== null && window.service_point_id !== pointId))
      throw rejectCase('case_window_invalid');
    pointId = window.service_point_id;
    windowLabel = ` ${window.number}号窗口`;
  }
  if (pointId !== null) {
    const point = await trx
      .selectFrom('service_points')
      .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
      .select(['service_points.name', 'service_points.status', 'agencies.id as agency_id'])
      .where('service_points.id', '=', pointId)
      .executeTakeFirst();
    const agency = point ? await agencyRow(trx, point.agency_id) : undefined;
    if (!point || !agency || point.status !== 'active' || !agency.path.startsWith(actor.agencyPath))
      throw rejectCase('case_window_invalid');
    return { agency, servicePointId: pointId, windowId: input.windowId ?? null, label: `${point.name}${windowLabel}` };
  }
  const agency = await agencyRow(trx, input.agencyId ?? actor.agencyId);
  if (!agency || agency.status !== 'active') throw rejectCase('case_agency_invalid');
  if (!agency.path.startsWith(actor.agencyPath)) throw common.reject('out_of_scope');
  return { agency, servicePointId: null, windowId: null, label: null };
}

/** Loads the items, refusing unknown or withdrawn ones and channels they do not offer. */
async function loadItems(
  trx: Trx,
  ctx: AppContext,
  codes: readonly string[],
  channel: CaseChannel,
): Promise<WorkflowSnapshot[]> {
  if (new Set(codes).size !== codes.length) throw rejectCase('case_item_duplicate');
  const items: WorkflowSnapshot[] = [];
  for (const code of codes) {
    const item = await itemForIntake(trx, code, todayIn(ctx));
    assertChannelOffered(item, channel);
    items.push(snapshotOf(item));
  }
  return items;
}

function supplyDeadlineOf(ctx: AppContext, given: string | undefined, defaultWorkdays: number): CalendarDate {
  const today = todayIn(ctx);
  if (given === undefined) return withCalendar(() => calendar.addWorkingDays(today, defaultWorkdays));
  const deadline = parseCalendarDate(given);
  checkSupplyDeadline(deadline, today);
  return deadline;
}

export interface IntakeResult {
  readonly bundleId: number;
  readonly caseIds: number[];
  readonly noticeId: number | null;
}

/**
 * A desk intake: validates everything first (items, channel, materials, decisions, deadline,
 * place, applicant), then opens a bundle with one case per item, archives the materials once,
 * accepts or declines as asked, issues one slip when anything is missing or declined, links the
 * queue ticket, and tells the applicant.
 */
export async function intakeAtDesk(
  ctx: AppContext,
  register: RegisterLookup,
  actor: StaffActor,
  who: AuditActor,
  input: DeskIntakeInput,
): Promise<IntakeResult> {
  for (const item of input.items)
    if (item.decision === 'decline' && !item.reason?.trim()) throw rejectCase('case_reason_required');
  return ctx.db.transaction().execute(async (trx) => {
    const workflows = await loadItems(
      trx,
      ctx,
      input.items.map((i) => i.itemCode),
      input.channel,
    );
    checkMaterialInputs(
      workflows.map((w) => w.materials),
      input.materials,
    );
    const settings = await repo.loadSettings(trx);
    const supplyDeadline = supplyDeadlineOf(ctx, input.supplyDeadline, settings.supplyDefaultWorkdays);
    const plans = workflows.map((w) => planMaterials(w.materials, input.materials));
    input.items.forEach((item, k) => {
      const blocking = requiredMissing(plans[k]!);
      if (item.decision === 'accept' && blocking.length > 0)
        throw rejectCase('case_required_material_missing', { itemCode: item.itemCode, materials: blocking });
    });
    const place = await resolvePlace(trx, actor, input);
    const applicant = await resolveApplicant(trx, ctx, register, input.applicant, place.agency.path);
    const now = ctx.clock.now();
    const bundle = await trx
      .insertInto('case_bundles')
      .values({
        agency_id: place.agency.id,
        channel: input.channel,
        service_point_id: place.servicePointId,
        window_id: place.windowId,
        ticket_id: input.ticketId ?? null,
        received_at: now,
        received_by: actor.id,
        note: input.note?.trim() || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (applicant.nameOverrideId !== null) await useNameOverride(trx, ctx, applicant.nameOverrideId, bundle.id);
    const records: CaseRecord[] = [];
    const byId = new Map<number, WorkflowSnapshot>();
    for (const [k, workflow] of workflows.entries()) {
      const record = await openCase(trx, ctx, who, {
        bundleId: bundle.id,
        workflow,
        channel: input.channel,
        agency: place.agency,
        servicePointId: place.servicePointId,
        windowId: place.windowId,
        ticketId: input.ticketId ?? null,
        applicant,
        receivedBy: actor.id,
        materials: plans[k]!,
      });
      records.push(record);
      byId.set(record.id, workflow);
    }
    await archiveMaterials(trx, ctx, who, records, byId, input.materials);
    const results = new Map<number, SlipResult>();
    const reasons = new Map<number, string>();
    for (const [k, record] of records.entries()) {
      const item = input.items[k]!;
      const workflow = byId.get(record.id)!;
      if (item.decision === 'accept') {
        const missing = await acceptInTrx(trx, ctx, record, workflow, actor, who, {
          supplyDeadline,
          comment: null,
          dueSoonWorkdays: settings.dueSoonWorkdays,
        });
        results.set(record.id, missing.length > 0 ? 'accepted_missing' : 'accepted');
      } else if (item.decision === 'decline') {
        await declineInTrx(trx, ctx, record, workflow, actor, who, item.reason!);
        results.set(record.id, 'declined');
        reasons.set(record.id, item.reason!.trim());
      } else {
        results.set(record.id, 'received');
      }
      Object.assign(record, await repo.findCase(trx, { id: record.id }));
    }
    const needsSlip = [...results.values()].some((r) => r === 'declined' || r === 'accepted_missing');
    const anyDeclined = [...results.values()].includes('declined');
    const noticeId = needsSlip
      ? await issueNotice(trx, ctx, who, {
          bundleId: bundle.id,
          kind: anyDeclined ? 'decline' : 'acceptance_with_missing',
          records,
          workflows: byId,
          results,
          reasons,
          place: place.label,
          createdBy: actor.id,
        })
      : null;
    if (!needsSlip) await notifyReceipt(trx, ctx, records);
    if (input.ticketId !== undefined) await attachCaseToTicket(trx, ctx, input.ticketId, records[0]!.id, who);
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.intake',
      entity: 'case_bundle',
      entityId: bundle.id,
      details: {
        caseNumbers: records.map((r) => r.case_number),
        channel: input.channel,
        noticeId,
        applicantVerified: applicant.verified,
        nameOverrideId: applicant.nameOverrideId,
      },
    });
    return { bundleId: bundle.id, caseIds: records.map((r) => r.id), noticeId };
  });
}

/** Tells the applicant the case numbers and promised dates of an intake without a slip. */
async function notifyReceipt(trx: Trx, ctx: AppContext, records: readonly CaseRecord[]) {
  const promised = (r: CaseRecord) => promisedByText(r.due_on ?? '', r.due_on_provisional);
  const zh = records
    .map(
      (r) =>
        `${r.item_name_zh}（办件编号${r.case_number}）${r.due_on ? `已受理，${promised(r).zh}` : `状态：${r.status === 'completed' ? '已办结' : '已收件'}`}`,
    )
    .join('；');
  const en = records
    .map((r) => `${r.item_name_en} (case ${r.case_number}): ${r.due_on ? `accepted, ${promised(r).en}` : r.status}`)
    .join('; ');
  await notifyApplicant(trx, ctx, records[0]!, {
    purpose: 'case.receipt',
    bodyZh: `【社保经办】${zh}。`,
    bodyEn: `[Shebao] ${en}.`,
    correlation: `bundle:${records[0]!.bundle_id}`,
  });
}

/** An online application by a logged-in person or employer for an item offering the web channel. */
export async function applyOnline(
  ctx: AppContext,
  actor: PublicActor,
  who: AuditActor,
  input: OnlineApplicationInput,
  guard?: IntakeGuard,
): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    await guard?.(trx);
    const [workflow] = await loadItems(trx, ctx, [input.itemCode], 'web');
    checkMaterialInputs([workflow!.materials], input.materials);
    const agency = await agencyRow(trx, input.agencyId);
    if (!agency || agency.status !== 'active') throw rejectCase('case_agency_invalid');
    const account = await trx
      .selectFrom('public_accounts')
      .selectAll()
      .where('id', '=', actor.id)
      .executeTakeFirstOrThrow();
    const phone = input.phone?.trim() || null;
    if (phone !== null && !MOBILE_PHONE.test(phone)) throw rejectCase('case_phone_invalid');
    const applicant: StoredApplicant = {
      kind: account.kind,
      publicAccountId: account.id,
      name: account.display_name,
      identifierType: account.kind === 'person' ? 'citizen_id' : 'credit_code',
      index: account.identifier_index,
      sealed: account.identifier_enc,
      masked: account.identifier_masked,
      phoneSealed: phone === null ? account.phone_enc : seal(ctx.keys, phone),
      phoneMasked: phone === null ? account.phone_masked : maskPhone(phone),
      // The hall account applies for itself: it is the holder.
      verified: true,
      nameOverrideId: null,
    };
    const now = ctx.clock.now();
    const bundle = await trx
      .insertInto('case_bundles')
      .values({
        agency_id: agency.id,
        channel: 'web',
        received_at: now,
        received_by: null,
        note: input.note?.trim() || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const record = await openCase(trx, ctx, who, {
      bundleId: bundle.id,
      workflow: workflow!,
      channel: 'web',
      agency,
      servicePointId: null,
      windowId: null,
      ticketId: null,
      applicant,
      receivedBy: null,
      materials: planMaterials(workflow!.materials, input.materials),
    });
    await archiveMaterials(trx, ctx, who, [record], new Map([[record.id, workflow!]]), input.materials);
    await notifyApplicant(trx, ctx, record, {
      purpose: 'case.receipt',
      bodyZh: `【社保经办】您申请的${record.item_name_zh}已提交，办件编号${record.case_number}，经办机构：${agency.name}。受理后将告知承诺办结日期。`,
      bodyEn: `[Shebao] Your application for ${record.item_name_en} was submitted as case ${record.case_number} to ${agency.name}. You will be told the promised date once it is accepted.`,
    });
    return record.id;
  });
}
