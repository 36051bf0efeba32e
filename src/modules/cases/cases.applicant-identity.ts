/**
 * Applicants are who the register says (申请人身份核验). At intake an identifier in the register
 * brings its name with it; a different name is refused by name, unless a reviewer has recorded why
 * the document says otherwise (a name change not yet registered, a register typo) — then the case
 * is received under the document's name but joins nobody's hall. The clerk may look the register's
 * name up first; that read is on the holder's record.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { holderNameKey, sameHolderName } from '../../kernel/holder-name.ts';
import { appendAudit, recordAudit, type AuditActor } from '../audit/index.ts';
import type { RegisteredHolder, RegisterLookup, StaffActor } from '../auth/index.ts';
import { rejectCase } from './cases.rejections.ts';

/** How long a reviewer's override waits for the clerk's intake: the applicant is at the window. */
export const NAME_OVERRIDE_HOURS = 4;

/** What the register holds for an applicant's identifier: the holder, or null (not registered, or 'other'). */
export async function holderOfApplicant(
  db: Executor,
  ctx: AppContext,
  register: RegisterLookup,
  subject: 'person' | 'employer' | 'other',
  normalized: string,
): Promise<RegisteredHolder | null> {
  return subject === 'other' ? null : register(db, ctx.keys, subject, normalized);
}

export type ApplicantName =
  | { readonly ok: true; readonly name: string; readonly verified: boolean; readonly overridden: boolean }
  | { readonly ok: false; readonly code: 'case_applicant_name_required' | 'case_applicant_name_mismatch' };

/**
 * The name a case is received under. Registered: the register's (typed or left out), or the typed
 * one under a reviewer's override (then not verified). Not registered: the typed one, unverified.
 */
export function applicantName(typed: string | undefined, registered: string | null, override: boolean): ApplicantName {
  const name = typed?.trim() ?? '';
  if (registered === null)
    return name
      ? { ok: true, name, verified: false, overridden: false }
      : { ok: false, code: 'case_applicant_name_required' };
  if (!name || sameHolderName(name, registered))
    return { ok: true, name: registered, verified: true, overridden: false };
  return override
    ? { ok: true, name, verified: false, overridden: true }
    : { ok: false, code: 'case_applicant_name_mismatch' };
}

/**
 * A live override for this identifier and name, granted in an agency over the place of intake;
 * locked for this transaction. Null when there is none.
 */
export async function liveNameOverride(
  trx: Trx,
  ctx: AppContext,
  input: { index: string; name: string; placePath: string },
): Promise<number | null> {
  const rows = await trx
    .selectFrom('applicant_name_overrides')
    .innerJoin('agencies', 'agencies.id', 'applicant_name_overrides.agency_id')
    .select(['applicant_name_overrides.id', 'applicant_name_overrides.name', 'agencies.path'])
    .where('applicant_name_overrides.applicant_index', '=', input.index)
    .where('applicant_name_overrides.used_at', 'is', null)
    .where('applicant_name_overrides.expires_at', '>', ctx.clock.now())
    .orderBy('applicant_name_overrides.id', 'desc')
    .forUpdate()
    .execute();
  const key = holderNameKey(input.name);
  const match = rows.find((r) => input.placePath.startsWith(r.path) && holderNameKey(r.name) === key);
  return match?.id ?? null;
}

/** Marks an override used by the bundle it let in. */
export async function useNameOverride(trx: Trx, ctx: AppContext, overrideId: number, bundleId: number): Promise<void> {
  await trx
    .updateTable('applicant_name_overrides')
    .set({ used_bundle_id: bundleId, used_at: ctx.clock.now() })
    .where('id', '=', overrideId)
    .execute();
}

/** Records a read of the holder's record by staff (it shows in the person's access log). */
async function auditHolderRead(ctx: AppContext, who: AuditActor, holder: RegisteredHolder): Promise<void> {
  await recordAudit(ctx.db, ctx.clock, who, {
    action: holder.kind === 'person' ? 'person.read' : 'registration.employer.read',
    entity: holder.kind,
    entityId: holder.id,
    details: { purpose: 'case_intake' },
  });
}

/** What the register says of an identifier: its holder's name, or that it holds none. */
export type ApplicantLookup =
  { readonly registered: true; readonly name: string } | { readonly registered: false; readonly name: null };

/** The register's name for an applicant's identifier, for the intake form; the read is audited. */
export async function lookUpApplicant(
  ctx: AppContext,
  register: RegisterLookup,
  who: AuditActor,
  applicant: { subject: 'person' | 'employer'; normalized: string },
): Promise<ApplicantLookup> {
  const holder = await register(ctx.db, ctx.keys, applicant.subject, applicant.normalized);
  if (!holder) return { registered: false, name: null };
  await auditHolderRead(ctx, who, holder);
  return { registered: true, name: holder.name };
}

export interface NameOverrideInput {
  readonly subject: 'person' | 'employer';
  readonly normalized: string;
  readonly index: string;
  readonly masked: string;
  readonly name: string;
  readonly reason: string;
}

/** A reviewer authorises one intake under a name the register does not hold; audited on the holder. */
export async function grantNameOverride(
  ctx: AppContext,
  register: RegisterLookup,
  actor: StaffActor,
  who: AuditActor,
  input: NameOverrideInput,
): Promise<{ id: number; name: string; registeredName: string; expiresAt: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const holder = await register(trx, ctx.keys, input.subject, input.normalized);
    if (!holder) throw rejectCase('case_applicant_not_registered');
    if (sameHolderName(input.name, holder.name)) throw rejectCase('case_name_override_needless');
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + NAME_OVERRIDE_HOURS * 3_600_000);
    const row = await trx
      .insertInto('applicant_name_overrides')
      .values({
        applicant_index: input.index,
        applicant_masked: input.masked,
        name: input.name.trim(),
        registered_name: holder.name,
        reason: input.reason.trim(),
        agency_id: actor.agencyId,
        granted_by: actor.id,
        granted_at: now,
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.applicant_name_override',
      entity: holder.kind,
      entityId: holder.id,
      details: { overrideId: row.id, name: input.name.trim(), reason: input.reason.trim() },
    });
    return { id: row.id, name: input.name.trim(), registeredName: holder.name, expiresAt: expiresAt.toISOString() };
  });
}

/** The override a case was received under, for the case detail: who authorised it and why. */
export async function overrideOfCase(
  db: Executor,
  overrideId: number | null,
): Promise<{ registeredName: string; reason: string; grantedBy: string; grantedAt: string } | null> {
  if (overrideId === null) return null;
  const row = await db
    .selectFrom('applicant_name_overrides')
    .innerJoin('staff', 'staff.id', 'applicant_name_overrides.granted_by')
    .select([
      'applicant_name_overrides.registered_name',
      'applicant_name_overrides.reason',
      'applicant_name_overrides.granted_at',
      'staff.display_name',
    ])
    .where('applicant_name_overrides.id', '=', overrideId)
    .executeTakeFirst();
  return row
    ? {
        registeredName: row.registered_name,
        reason: row.reason,
        grantedBy: row.display_name,
        grantedAt: row.granted_at.toISOString(),
      }
    : null;
}
