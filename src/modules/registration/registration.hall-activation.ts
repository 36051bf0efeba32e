/**
 * Window activation of a self-service hall account (窗口激活): a clerk who has checked the holder's
 * document issues a one-time activation code for a person or an employer in scope — printed on a
 * slip, mailed in a letter to the registered address, or texted to a phone the clerk has checked.
 * The holder then opens (or re-binds) the account online with it. Audited on the holder's record.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { ActivationDelivery } from '../../db/schema.ts';
import { dateOfInstant } from '../../kernel/calendar-date.ts';
import { blindIndex, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, recordAudit, type AuditActor } from '../audit/index.ts';
import {
  ACTIVATION_DOCUMENTS,
  activationForPrint,
  formatActivationCode,
  issueActivation,
  normaliseActivationCode,
  maskPhone,
  MOBILE_PHONE,
  type ActivationDocument,
  type StaffActor,
} from '../auth/index.ts';
import { sendMessage } from '../outbox/index.ts';
import { activationFileName, renderActivationPdf } from './registration.hall-activation.pdf.ts';
import { rejectHallActivation } from './registration.hall-activation.rejections.ts';
import { employerInScope, personInScope } from './registration.scope.ts';

export interface ActivationRequest {
  readonly documentType: ActivationDocument;
  readonly delivery: ActivationDelivery;
  /** For 'sms': the holder's mobile phone, which the clerk has checked. */
  readonly phone?: string | undefined;
}

export interface IssuedActivation {
  readonly activationId: number;
  /** The code as printed (two groups of five); shown once, never stored. */
  readonly code: string;
  readonly validThrough: string;
  readonly delivery: ActivationDelivery;
  readonly sentTo: string | null;
  /** The holder already has a hall account: the code re-binds it to a new phone and password. */
  readonly accountExists: boolean;
}

/** The hall page where an activation code is used. */
export function activationUrl(ctx: AppContext, kind: 'person' | 'employer'): string {
  return `${ctx.config.publicBaseUrl}/activate/${kind}`;
}

/** A holder as the activation needs them. */
interface Holder {
  readonly kind: 'person' | 'employer';
  readonly id: number;
  readonly identifier: string;
  readonly name: string;
  readonly address: string | null;
}

/** Issues an activation code for a person in the clerk's scope. */
export async function issuePersonActivation(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  input: ActivationRequest,
): Promise<IssuedActivation> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await personInScope(trx, actor, personId, true);
    if (row.status !== 'active') throw rejectHallActivation('hall_activation_holder_inactive');
    const holder: Holder = {
      kind: 'person',
      id: row.person_id,
      identifier: unseal(ctx.keys, row.id_enc),
      name: row.name,
      address: row.address,
    };
    return issueFor(trx, ctx, actor, who, holder, input);
  });
}

/** Issues an activation code for an employer in the clerk's scope. */
export async function issueEmployerActivation(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  employerId: number,
  input: ActivationRequest,
): Promise<IssuedActivation> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await employerInScope(trx, actor, employerId, true);
    const holder: Holder = {
      kind: 'employer',
      id: row.id,
      identifier: row.credit_code,
      name: row.name,
      address: row.address,
    };
    return issueFor(trx, ctx, actor, who, holder, input);
  });
}

function checkedPhone(holder: Holder, input: ActivationRequest): string | null {
  if (!(ACTIVATION_DOCUMENTS[holder.kind] as readonly string[]).includes(input.documentType))
    throw rejectHallActivation('hall_activation_document_invalid');
  if (input.delivery === 'letter' && !holder.address?.trim()) throw rejectHallActivation('hall_activation_no_address');
  if (input.delivery !== 'sms') return null;
  const phone = input.phone?.trim() ?? '';
  if (!MOBILE_PHONE.test(phone)) throw rejectHallActivation('hall_activation_phone_required');
  return phone;
}

async function issueFor(
  trx: Trx,
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  holder: Holder,
  input: ActivationRequest,
): Promise<IssuedActivation> {
  const phone = checkedPhone(holder, input);
  const issued = await issueActivation(trx, ctx, {
    kind: holder.kind,
    identifier: holder.identifier,
    holderId: holder.id,
    displayName: holder.name,
    documentType: input.documentType,
    delivery: input.delivery,
    sentToMasked: phone === null ? null : maskPhone(phone),
    issuedBy: actor.id,
    agencyId: actor.agencyId,
  });
  const code = formatActivationCode(issued.code);
  if (phone !== null)
    await textCode(trx, ctx, { phone, code, validThrough: issued.validThrough, id: issued.id, kind: holder.kind });
  const account = await trx
    .selectFrom('public_accounts')
    .select('id')
    .where('kind', '=', holder.kind)
    .where('identifier_index', '=', blindIndex(ctx.keys, `${holder.kind}:${holder.identifier}`))
    .executeTakeFirst();
  const sentTo = phone === null ? null : maskPhone(phone);
  await appendAudit(trx, ctx.clock, who, {
    action: 'registration.hall_activation',
    entity: holder.kind,
    entityId: holder.id,
    details: {
      activationId: issued.id,
      documentType: input.documentType,
      delivery: input.delivery,
      sentTo,
      validThrough: issued.validThrough,
      accountExists: account !== undefined,
    },
  });
  return {
    activationId: issued.id,
    code,
    validThrough: issued.validThrough,
    delivery: input.delivery,
    sentTo,
    accountExists: account !== undefined,
  };
}

async function textCode(
  trx: Trx,
  ctx: AppContext,
  input: { phone: string; code: string; validThrough: string; id: number; kind: 'person' | 'employer' },
): Promise<void> {
  const url = activationUrl(ctx, input.kind);
  await sendMessage(trx, ctx, {
    channel: 'sms',
    recipient: input.phone,
    recipientMasked: maskPhone(input.phone),
    purpose: 'hall_activation',
    bodyZh: `【社保经办】您的网上服务大厅开通激活码为 ${input.code}，${input.validThrough}前（含当日）有效，仅可使用一次。请访问 ${url} 凭证件号码和激活码开通。请勿告诉他人。`,
    bodyEn: `[Shebao] Your self-service hall activation code is ${input.code}, valid through ${input.validThrough}, for one use. Open your account at ${url} with your ID number and this code. Do not share it.`,
    correlation: `hall_activation:${input.id}`,
  });
}

/**
 * The slip or letter of a live activation code, printed (again) by staff who hold the code: the
 * code is not stored, so only the screen that showed it can print it. Audited on the holder.
 */
export async function activationDocument(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  activationId: number,
  typedCode: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  const row = await activationForPrint(ctx.db, ctx, activationId, typedCode);
  const code = normaliseActivationCode(typedCode);
  if (!row || code === null) throw rejectHallActivation('hall_activation_not_found');
  const address =
    row.kind === 'person'
      ? (await personInScope(ctx.db, actor, row.holder_id)).address
      : (await employerInScope(ctx.db, actor, row.holder_id)).address;
  const agency = await ctx.db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', row.agency_id)
    .executeTakeFirstOrThrow();
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'registration.hall_activation_printed',
    entity: row.kind,
    entityId: row.holder_id,
    details: { activationId: row.id, delivery: row.delivery },
  });
  const issuedOn = dateOfInstant(row.issued_at);
  const print = {
    kind: row.kind,
    delivery: row.delivery,
    holderName: row.display_name,
    identifierMasked: row.identifier_masked,
    address,
    code: formatActivationCode(code),
    validThrough: dateOfInstant(new Date(row.expires_at.getTime() - 1)),
    agencyName: agency.name,
    issuedOn,
    url: activationUrl(ctx, row.kind),
    issuedAt: row.issued_at,
  };
  return { fileName: activationFileName(print), bytes: await renderActivationPdf(print) };
}
