/**
 * Employer registration (参保单位登记): register, change with history, suspend, resume, cancel,
 * reveal a personal value, list and read. Each write is one transaction with its history rows and
 * its audit entry.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { isCalendarDate, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { zeroCents } from '../../kernel/cents.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { checkCreditCode } from '../../kernel/credit-code.ts';
import { common } from '../../kernel/rejection.ts';
import { seal, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import { maskCitizenId, type StaffActor } from '../auth/index.ts';
import { linkedCaseId } from './registration.case-link.ts';
import { revokeOnCancellation } from './registration.certificates.service.ts';
import { rejectEmployer } from './registration.employers.rejections.ts';
import * as repo from './registration.employers.repository.ts';
import {
  cancellationBlocker,
  employerChanges,
  employerDatesProblem,
  employerNumber,
  employerTransition,
  maskContactPhone,
  normaliseBankAccount,
  normaliseContactPhone,
  type EmployerAction,
  type EmployerValues,
} from './registration.employers.rules.ts';
import { recordEmployerChanges } from './registration.history.ts';
import { employerIndex, maskBankAccount } from './registration.identity.ts';
import type { EmployerStatus, EmployerType } from './registration.model.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { employerInScope, type EmployerRow } from './registration.scope.ts';
import { inSubtree } from '../org/index.ts';

/** Service items a window write on an employer may be linked to. */
export const EMPLOYER_CASE_ITEMS = ['employer-registration', 'registration-change'] as const;
export const HISTORY_ROWS_MAX = 500;

/** What a clerk enters to register an employer (strings already trimmed by the route). */
export interface EmployerFields {
  readonly name: string;
  readonly type: EmployerType;
  readonly industryCode: string;
  readonly legalRepName: string;
  readonly legalRepId: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly bankName?: string | null | undefined;
  readonly bankAccount?: string | null | undefined;
  readonly poolingRegion: string;
  readonly agencyId?: number | undefined;
  readonly foundedOn: string;
  readonly registeredOn?: string | undefined;
}

export interface RegisterEmployerInput extends EmployerFields {
  readonly creditCode: string;
  readonly caseNumber?: string | undefined;
}

export interface ChangeEmployerInput {
  readonly version: number;
  readonly changes: Partial<EmployerFields>;
  readonly effectiveOn?: string | undefined;
  readonly reason: string;
  readonly caseNumber?: string | undefined;
}

export interface StatusChangeInput {
  readonly version: number;
  readonly reason: string;
  readonly effectiveOn?: string | undefined;
}

export type RevealField = 'legalRepId' | 'contactPhone' | 'bankAccount';

/** An employer as every view shows it: personal values masked. */
export interface EmployerDetail {
  readonly id: number;
  readonly employerNo: string;
  readonly creditCode: string;
  readonly name: string;
  readonly type: EmployerType;
  readonly industryCode: string;
  readonly industryNameZh: string;
  readonly industryNameEn: string;
  readonly riskClass: number;
  readonly legalRepName: string;
  readonly legalRepIdMasked: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactPhoneMasked: string;
  readonly bankName: string | null;
  readonly bankAccountMasked: string | null;
  readonly poolingRegion: string;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly foundedOn: string;
  readonly registeredOn: string;
  readonly status: EmployerStatus;
  readonly statusReason: string | null;
  readonly statusChangedOn: string | null;
  readonly caseId: number | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A date from outside that must be a real day (zod checks the shape only). */
export function realDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw rejectRegistration('registration_calendar_date_invalid', { value });
  return value;
}

/** The detail view of a loaded row. */
export async function employerDetailOf(db: Executor, row: EmployerRow): Promise<EmployerDetail> {
  const names = await repo.detailNames(db, row);
  return {
    id: row.id,
    employerNo: row.employer_no,
    creditCode: row.credit_code,
    name: row.name,
    type: row.type,
    industryCode: row.industry_code,
    industryNameZh: names.industryNameZh,
    industryNameEn: names.industryNameEn,
    riskClass: row.risk_class,
    legalRepName: row.legal_rep_name,
    legalRepIdMasked: row.legal_rep_id_masked,
    address: row.address,
    contactName: row.contact_name,
    contactPhoneMasked: row.contact_phone_masked,
    bankName: row.bank_name,
    bankAccountMasked: row.bank_account_masked,
    poolingRegion: row.pooling_region,
    agencyId: row.agency_id,
    agencyName: names.agencyName,
    foundedOn: row.founded_on,
    registeredOn: row.registered_on,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedOn: row.status_changed_on,
    caseId: row.case_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The handling agency: given (or the clerk's own), existing, open and in the clerk's subtree. */
async function handlingAgency(db: Executor, actor: StaffActor, agencyId: number | undefined): Promise<number> {
  const agency = await repo.findAgency(db, agencyId ?? actor.agencyId);
  if (!agency || agency.status !== 'active') throw rejectEmployer('employer_agency_invalid', { agencyId });
  if (!inSubtree(agency.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return agency.id;
}

/**
 * Validates and normalises every field; derives the risk class from the industry. The agency is
 * checked when `checkAgency` (a new registration, or a change of agency): a clerk may still edit
 * an employer whose unchanged agency has since closed.
 */
async function validValues(
  db: Executor,
  actor: StaffActor,
  fields: EmployerFields,
  day: CalendarDate,
  checkAgency: boolean,
): Promise<EmployerValues> {
  const industry = await repo.findIndustry(db, fields.industryCode);
  if (!industry) throw rejectEmployer('employer_industry_unknown', { industryCode: fields.industryCode });
  const legalRep = checkCitizenId(fields.legalRepId.trim(), day);
  if (!legalRep.valid) throw rejectEmployer('employer_legal_rep_id_invalid', { reason: legalRep.reason });
  const contactPhone = normaliseContactPhone(fields.contactPhone);
  if (!contactPhone) throw rejectEmployer('employer_contact_phone_invalid');
  const bankName = fields.bankName?.trim() || null;
  const rawAccount = fields.bankAccount?.trim() || null;
  if ((bankName === null) !== (rawAccount === null)) throw rejectEmployer('employer_bank_incomplete');
  const bankAccount = rawAccount === null ? null : normaliseBankAccount(rawAccount);
  if (rawAccount !== null && bankAccount === null) throw rejectEmployer('employer_bank_account_invalid');
  const foundedOn = realDate(fields.foundedOn);
  const registeredOn = realDate(fields.registeredOn ?? day);
  const problem = employerDatesProblem(foundedOn, registeredOn, day);
  if (problem === 'registration_date_in_future') throw rejectRegistration(problem);
  if (problem) throw rejectEmployer(problem, { foundedOn, registeredOn });
  return {
    name: fields.name.trim(),
    type: fields.type,
    industryCode: industry.code,
    riskClass: String(industry.risk_class),
    legalRepName: fields.legalRepName.trim(),
    legalRepId: legalRep.normalized,
    address: fields.address.trim(),
    contactName: fields.contactName.trim(),
    contactPhone,
    bankName,
    bankAccount,
    poolingRegion: fields.poolingRegion,
    agencyId: String(checkAgency ? await handlingAgency(db, actor, fields.agencyId) : fields.agencyId),
    foundedOn,
    registeredOn,
  };
}

/** The stored columns of validated values: personal values sealed and masked. */
function columnsOf(ctx: AppContext, v: EmployerValues) {
  return {
    name: v.name,
    type: v.type as EmployerType,
    industry_code: v.industryCode,
    risk_class: Number(v.riskClass),
    legal_rep_name: v.legalRepName,
    legal_rep_id_enc: seal(ctx.keys, v.legalRepId),
    legal_rep_id_masked: maskCitizenId(v.legalRepId),
    address: v.address,
    contact_name: v.contactName,
    contact_phone_enc: seal(ctx.keys, v.contactPhone),
    contact_phone_masked: maskContactPhone(v.contactPhone),
    bank_name: v.bankName,
    bank_account_enc: v.bankAccount === null ? null : seal(ctx.keys, v.bankAccount),
    bank_account_masked: v.bankAccount === null ? null : maskBankAccount(v.bankAccount),
    pooling_region: v.poolingRegion,
    agency_id: Number(v.agencyId),
    founded_on: v.foundedOn,
    registered_on: v.registeredOn,
  };
}

/** The current values of a stored employer, in clear (for comparing, never for display). */
function valuesOf(ctx: AppContext, row: EmployerRow): EmployerValues {
  return {
    name: row.name,
    type: row.type,
    industryCode: row.industry_code,
    riskClass: String(row.risk_class),
    legalRepName: row.legal_rep_name,
    legalRepId: unseal(ctx.keys, row.legal_rep_id_enc),
    address: row.address,
    contactName: row.contact_name,
    contactPhone: unseal(ctx.keys, row.contact_phone_enc),
    bankName: row.bank_name,
    bankAccount: row.bank_account_enc === null ? null : unseal(ctx.keys, row.bank_account_enc),
    poolingRegion: row.pooling_region,
    agencyId: String(row.agency_id),
    foundedOn: row.founded_on,
    registeredOn: row.registered_on,
  };
}

/** Registers an employer; its number comes from the pooling region's counter. */
export async function registerEmployer(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: RegisterEmployerInput,
): Promise<EmployerDetail> {
  const credit = checkCreditCode(input.creditCode.trim());
  if (!credit.valid) throw rejectEmployer('employer_credit_code_invalid', { reason: credit.reason });
  const index = employerIndex(ctx.keys, credit.normalized);
  const day = today(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const values = await validValues(trx, actor, input, day, true);
    const existing = await repo.employerByCreditCode(trx, credit.normalized, index);
    // The existing employer's number only to a clerk whose subtree handles it.
    if (existing)
      throw rejectEmployer(
        'employer_already_registered',
        inSubtree(existing.agency_path, actor.agencyPath) ? { employerNo: existing.employer_no } : undefined,
      );
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYER_CASE_ITEMS, index);
    // The audit chain first, then the counter row (the house lock order; see lockAuditHead).
    await lockAuditHead(trx);
    const employerNo = employerNumber(values.poolingRegion, await repo.nextEmployerSequence(trx, values.poolingRegion));
    const now = ctx.clock.now();
    const inserted = await trx
      .insertInto('employers')
      .values({
        ...columnsOf(ctx, values),
        employer_no: employerNo,
        credit_code: credit.normalized,
        identifier_index: index,
        case_id: caseId,
        created_at: now,
        updated_at: now,
      })
      // Two clerks registering the same code at once: the loser is refused, never a 500.
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) throw rejectEmployer('employer_already_registered', { creditCode: credit.normalized });
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.employer.register',
      entity: 'employer',
      entityId: inserted.id,
      details: { employerNo, creditCode: credit.normalized, caseId },
    });
    return employerDetailOf(trx, inserted);
  });
}

/** Applies a change: one history row per changed field, risk class re-derived with the industry. */
export async function changeEmployer(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  employerId: number,
  input: ChangeEmployerInput,
): Promise<EmployerDetail> {
  const day = today(ctx.clock);
  const effectiveOn = realDate(input.effectiveOn ?? day);
  if (effectiveOn > day) throw rejectRegistration('registration_date_in_future');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockedForWrite(trx, actor, employerId, input.version);
    const before = valuesOf(ctx, row);
    const fields: EmployerFields = {
      ...before,
      type: row.type,
      ...input.changes,
      agencyId: input.changes.agencyId ?? row.agency_id,
    };
    const agencyChanged = input.changes.agencyId !== undefined && input.changes.agencyId !== row.agency_id;
    const after = await validValues(trx, actor, fields, day, agencyChanged);
    const changes = employerChanges(before, after);
    if (changes.length === 0) throw rejectEmployer('employer_change_empty');
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYER_CASE_ITEMS, row.identifier_index);
    await recordEmployerChanges(trx, ctx.clock, who, row.id, changes, { effectiveOn, reason: input.reason, caseId });
    const updated = await trx
      .updateTable('employers')
      .set({ ...columnsOf(ctx, after), version: row.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.employer.change',
      entity: 'employer',
      entityId: row.id,
      details: { fields: changes.map((c) => c.field), effectiveOn, caseId },
    });
    return employerDetailOf(trx, updated);
  });
}

/** Loads and locks an employer in scope for a write: not cancelled, at the caller's version. */
async function lockedForWrite(trx: Trx, actor: StaffActor, employerId: number, version: number): Promise<EmployerRow> {
  const row = await employerInScope(trx, actor, employerId, true);
  if (row.status === 'cancelled') throw rejectEmployer('employer_cancelled');
  if (row.version !== version) throw rejectRegistration('registration_version_conflict', { version: row.version });
  return row;
}

/** Suspends, resumes or cancels an employer; cancellation needs no active employees and no arrears. */
export async function changeEmployerStatus(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  employerId: number,
  action: EmployerAction,
  input: StatusChangeInput,
): Promise<EmployerDetail> {
  const day = today(ctx.clock);
  const effectiveOn = realDate(input.effectiveOn ?? day);
  if (effectiveOn > day) throw rejectRegistration('registration_date_in_future');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockedForWrite(trx, actor, employerId, input.version);
    const decision = employerTransition(row.status, action);
    if (!decision.ok) throw rejectEmployer(decision.code, { status: row.status, action });
    if (action === 'cancel') {
      // Arrears: 0 until the contribution module keeps employer balances (see CancellationFacts).
      const blocker = cancellationBlocker({
        activeEmployees: await repo.activeEmployeeCount(trx, row.id),
        unpaidArrears: zeroCents,
      });
      if (blocker) throw rejectEmployer(blocker);
    }
    const change = { field: 'status', oldValue: row.status, newValue: decision.to };
    await recordEmployerChanges(trx, ctx.clock, who, row.id, [change], {
      effectiveOn,
      reason: input.reason,
      caseId: null,
    });
    const updated = await trx
      .updateTable('employers')
      .set({
        status: decision.to,
        status_reason: input.reason,
        status_changed_on: effectiveOn,
        version: row.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const revoked = action === 'cancel' ? await revokeOnCancellation(trx, ctx, row.id) : [];
    await appendAudit(trx, ctx.clock, who, {
      action: `registration.employer.${action}`,
      entity: 'employer',
      entityId: row.id,
      details: { from: row.status, to: decision.to, effectiveOn, revokedCertificates: revoked },
    });
    return employerDetailOf(trx, updated);
  });
}

/** The full value of one personal field, for a stated purpose; the read is audited. */
export async function revealEmployerField(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  employerId: number,
  field: RevealField,
  purpose: string,
): Promise<{ value: string }> {
  const row = await employerInScope(ctx.db, actor, employerId);
  const sealed =
    field === 'legalRepId'
      ? row.legal_rep_id_enc
      : field === 'contactPhone'
        ? row.contact_phone_enc
        : row.bank_account_enc;
  if (sealed === null) throw rejectEmployer('employer_field_empty', { field });
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'personal_data.reveal',
    entity: 'employer',
    entityId: row.id,
    details: { field, purpose, employerNo: row.employer_no },
  });
  return { value: unseal(ctx.keys, sealed) };
}

/** One employer in scope. */
export async function employerDetail(ctx: AppContext, actor: StaffActor, employerId: number): Promise<EmployerDetail> {
  return employerDetailOf(ctx.db, await employerInScope(ctx.db, actor, employerId));
}

/** The change history, newest first (at most HISTORY_ROWS_MAX rows). */
export async function employerHistory(ctx: AppContext, actor: StaffActor, employerId: number) {
  const row = await employerInScope(ctx.db, actor, employerId);
  return historyRows(ctx.db, row.id, HISTORY_ROWS_MAX);
}

/** History rows in the shape of the API. */
export async function historyRows(db: Executor, employerId: number, limit: number) {
  const rows = await repo.historyOf(db, employerId, limit);
  return rows.map((r) => ({
    group: Number(r.change_group),
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    effectiveOn: r.effective_on,
    reason: r.reason,
    caseId: r.case_id,
    actorName: r.actor_name,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

/** Employers in the staff member's subtree. */
export async function listEmployers(
  ctx: AppContext,
  actor: StaffActor,
  filter: { q?: string | undefined; status?: EmployerStatus | undefined; page: number; pageSize: number },
) {
  const { items, total } = await repo.listEmployers(ctx.db, { ...filter, scopePath: actor.agencyPath });
  return {
    total,
    items: items.map((r) => ({
      id: r.id,
      employerNo: r.employer_no,
      creditCode: r.credit_code,
      name: r.name,
      type: r.type,
      industryCode: r.industry_code,
      riskClass: r.risk_class,
      status: r.status,
      poolingRegion: r.pooling_region,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      registeredOn: r.registered_on,
    })),
  };
}

/** The GB/T 4754-2017 divisions with their work-injury risk class. */
export async function listIndustries(ctx: AppContext) {
  const rows = await repo.allIndustries(ctx.db);
  return rows.map((r) => ({
    code: r.code,
    section: r.section,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    riskClass: r.risk_class,
  }));
}

/** The employer a self-service employer account stands for, or `employer_not_registered`. */
export async function employerOfAccount(db: Executor, accountId: number): Promise<EmployerRow> {
  const account = await db
    .selectFrom('public_accounts')
    .select('identifier_index')
    .where('id', '=', accountId)
    .where('kind', '=', 'employer')
    .executeTakeFirst();
  const row = account ? await repo.employerByIndex(db, account.identifier_index) : undefined;
  if (!row) throw rejectEmployer('employer_not_registered');
  return row;
}
