/**
 * Activation codes (开通激活码): what a holder without a phone on file (or whose phone changed)
 * opens a hall account with, after a clerk checked their document. One live code per holder, kept
 * as a digest bound to the holder, single use, a few wrong tries, a limited life.
 */
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { ActivationDelivery, HallActivationTable } from '../../db/schema.ts';
import { addDays, dateOfInstant, startOfChinaDay, type CalendarDate } from '../../kernel/calendar-date.ts';
import { blindIndex, hmacSm3, seal } from '../../kernel/sm-crypto.ts';
import { ACTIVATION_ATTEMPTS_MAX, ACTIVATION_DAYS, type ActivationDocument } from './auth.model.ts';
import { ACTIVATION_ALPHABET, ACTIVATION_CODE_LENGTH, normaliseActivationCode } from './auth.opening-rules.ts';
import { maskCitizenId } from './auth.rules.ts';

export type Activation = Selectable<HallActivationTable>;

function newActivationCode(): string {
  let code = '';
  for (let i = 0; i < ACTIVATION_CODE_LENGTH; i++)
    code += ACTIVATION_ALPHABET[crypto.randomInt(ACTIVATION_ALPHABET.length)];
  return code;
}

/** The digest a code is kept as: bound to the holder, so a code opens one holder's account only. */
function activationDigest(ctx: AppContext, identifierIndex: string, code: string): string {
  return hmacSm3(ctx.keys.token, `activation:${identifierIndex}:${code}`);
}

function digestMatches(ctx: AppContext, row: Activation, typed: string): boolean {
  const code = normaliseActivationCode(typed);
  if (code === null) return false;
  const given = Buffer.from(activationDigest(ctx, row.identifier_index, code));
  const stored = Buffer.from(row.code_digest);
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}

export interface ActivationIssue {
  readonly kind: 'person' | 'employer';
  /** The normalised citizen ID or credit code. */
  readonly identifier: string;
  readonly holderId: number;
  readonly displayName: string;
  readonly documentType: ActivationDocument;
  readonly delivery: ActivationDelivery;
  readonly sentToMasked: string | null;
  readonly issuedBy: number;
  readonly agencyId: number;
}

/**
 * Issues a new activation code for a holder, revoking any live one (the last code issued is the
 * only one that works). It is valid through the end of a China day (`validThrough`, inclusive), so
 * the slip can say so plainly. Returns the code in clear: the caller prints or sends it, nobody
 * stores it.
 */
export async function issueActivation(
  trx: Trx,
  ctx: AppContext,
  input: ActivationIssue,
): Promise<{ id: number; code: string; expiresAt: Date; validThrough: CalendarDate }> {
  const now = ctx.clock.now();
  const validThrough = addDays(dateOfInstant(now), ACTIVATION_DAYS[input.delivery]);
  const expiresAt = startOfChinaDay(addDays(validThrough, 1));
  const index = blindIndex(ctx.keys, `${input.kind}:${input.identifier}`);
  await trx
    .updateTable('hall_activations')
    .set({ status: 'revoked', closed_at: now })
    .where('kind', '=', input.kind)
    .where('identifier_index', '=', index)
    .where('status', '=', 'live')
    .execute();
  const code = newActivationCode();
  const row = await trx
    .insertInto('hall_activations')
    .values({
      kind: input.kind,
      identifier_index: index,
      identifier_enc: seal(ctx.keys, input.identifier),
      identifier_masked: input.kind === 'person' ? maskCitizenId(input.identifier) : input.identifier,
      holder_id: input.holderId,
      display_name: input.displayName,
      code_digest: activationDigest(ctx, index, code),
      document_type: input.documentType,
      delivery: input.delivery,
      sent_to_masked: input.sentToMasked,
      issued_by: input.issuedBy,
      agency_id: input.agencyId,
      issued_at: now,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, code, expiresAt, validThrough };
}

function isLive(ctx: AppContext, row: Activation): boolean {
  return row.status === 'live' && row.expires_at.getTime() > ctx.clock.now().getTime();
}

/** A live activation whose code is `code` (for printing it again); null otherwise. Counts nothing. */
export async function activationForPrint(
  db: Executor,
  ctx: AppContext,
  id: number,
  code: string,
): Promise<Activation | null> {
  const row = await db.selectFrom('hall_activations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && isLive(ctx, row) && digestMatches(ctx, row, code) ? row : null;
}

/**
 * The holder's live activation when `code` is its code, locked for this transaction; null when
 * there is none, it expired, or the code is wrong. A wrong code counts against the activation and
 * the last allowed one spends it. Every failure looks the same to the caller.
 */
export async function redeemActivation(
  trx: Trx,
  ctx: AppContext,
  kind: 'person' | 'employer',
  identifierIndex: string,
  code: string,
): Promise<Activation | null> {
  const row = await trx
    .selectFrom('hall_activations')
    .selectAll()
    .where('kind', '=', kind)
    .where('identifier_index', '=', identifierIndex)
    .where('status', '=', 'live')
    .orderBy('id', 'desc')
    .forUpdate()
    .executeTakeFirst();
  if (!row || !isLive(ctx, row)) return null;
  if (digestMatches(ctx, row, code)) return row;
  const attempts = row.attempts + 1;
  const spent = attempts >= ACTIVATION_ATTEMPTS_MAX;
  await trx
    .updateTable('hall_activations')
    .set(spent ? { attempts, status: 'exhausted', closed_at: ctx.clock.now() } : { attempts })
    .where('id', '=', row.id)
    .execute();
  return null;
}

/** The activation `id` if it is still live, locked; null when it was used, revoked, spent or expired. */
export async function liveActivation(trx: Trx, ctx: AppContext, id: number): Promise<Activation | null> {
  const row = await trx.selectFrom('hall_activations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && isLive(ctx, row) ? row : null;
}

/** Marks an activation used by the account it opened (or re-bound). */
export async function useActivation(trx: Trx, ctx: AppContext, id: number, accountId: number): Promise<void> {
  await trx
    .updateTable('hall_activations')
    .set({ status: 'used', closed_at: ctx.clock.now(), public_account_id: accountId })
    .where('id', '=', id)
    .execute();
}
