/**
 * Opening a self-service hall account (开通网上服务大厅账户). The holder proves who they are with
 * something already on file: a code texted to the register's mobile phone (the name typed must be
 * the register's), or an activation code a clerk issued after checking their document (then the
 * phone to log in with is proven by a code texted to it). Step 1 of the online path answers alike
 * whatever the register holds, so it tells a caller nothing about who is registered.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { decide } from '../../db/decide.ts';
import { blindIndex, seal, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { liveActivation, redeemActivation, useActivation } from './auth.activations.ts';
import { countChallengeFailure, dropChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX, type RegisterLookup } from './auth.model.ts';
import { anonymousActor, otpChallenge, otpMatches } from './auth.otp.ts';
import { acceptNewPassword } from './auth.password-change.ts';
import { normaliseIdentifier, type PublicKind } from './auth.public-login.ts';
import { rejectAuth } from './auth.rejections.ts';
import { rememberPassword } from './auth.repository.ts';
import { openingDecision } from './auth.opening-rules.ts';
import { maskPhone, MOBILE_PHONE } from './auth.rules.ts';
import { endSessionsOf, openSession, type RequestMeta } from './auth.sessions.ts';

/** What a register challenge carries (sealed) from step 1 to step 2. */
interface Opening {
  readonly kind: PublicKind;
  readonly identifier: string;
  readonly masked: string;
  /** The register's name: the account's display name. */
  readonly name: string;
  /** The phone the code went to, which becomes the account's login phone; '' when none was sent. */
  readonly phone: string;
  /** False for the neutral answer: no code was sent and none can pass. */
  readonly eligible: boolean;
  /** The activation code that proved the holder, when that was the way. */
  readonly activationId: number | null;
}

function sealedOpening(ctx: AppContext, opening: Opening): { sealed: string } {
  return { sealed: seal(ctx.keys, JSON.stringify(opening)) };
}

function openingOf(ctx: AppContext, payload: Record<string, unknown> | null): Opening {
  return JSON.parse(unseal(ctx.keys, String(payload?.sealed ?? ''))) as Opening;
}

async function accountId(trx: Trx, kind: PublicKind, index: string): Promise<number | null> {
  const row = await trx
    .selectFrom('public_accounts')
    .select('id')
    .where('kind', '=', kind)
    .where('identifier_index', '=', index)
    .forUpdate()
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Codes texted to this holder's phone on file in the last 24 hours. The holder's lock (an advisory
 * lock on the blind index, held to commit) makes parallel requests count one after another.
 */
async function codesSentToday(trx: Trx, ctx: AppContext, index: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`opening:${index}`}))`.execute(trx);
  const since = new Date(ctx.clock.now().getTime() - 86_400_000);
  const row = await trx
    .selectFrom('opening_code_sends')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('identifier_index', '=', index)
    .where('sent_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Online opening, step 1: identifier and name. A code goes to the mobile phone on file when the
 * register holds the identifier under that name and no account exists; otherwise nothing is sent.
 * The answer is the same challenge either way, and both ways do the same work but the text.
 */
export async function registerStart(
  ctx: AppContext,
  register: RegisterLookup,
  input: { kind: PublicKind; identifier: string; name: string },
  meta: RequestMeta,
): Promise<{ challenge: string }> {
  const { normalized, masked } = normaliseIdentifier(ctx, input.kind, input.identifier);
  return ctx.db.transaction().execute(async (trx) => {
    const holder = await register(trx, ctx.keys, input.kind, normalized);
    const index = blindIndex(ctx.keys, `${input.kind}:${normalized}`);
    const exists = (await accountId(trx, input.kind, index)) !== null;
    const decision = openingDecision(holder, input.name, exists, await codesSentToday(trx, ctx, index));
    const phone = decision.send ? decision.phone : null;
    if (decision.send)
      await trx
        .insertInto('opening_code_sends')
        .values({ identifier_index: index, sent_at: ctx.clock.now() })
        .execute();
    const opening: Opening = {
      kind: input.kind,
      identifier: normalized,
      masked,
      name: decision.send ? decision.name : input.name.trim(),
      phone: phone ?? '',
      eligible: decision.send,
      activationId: null,
    };
    const challenge = await otpChallenge(trx, ctx, {
      subjectId: 0,
      stage: 'register',
      phone,
      payload: sealedOpening(ctx, opening),
      purpose: 'register',
    });
    await appendAudit(trx, ctx.clock, anonymousActor(meta, masked), {
      action: 'public.register_started',
      entity: 'public_account',
      // Why no code was sent stays here, for the agency; the caller is never told.
      details: { kind: input.kind, outcome: decision.send ? 'sent' : decision.reason },
    });
    return { challenge };
  });
}

/**
 * Opening with an activation code, step 1: identifier, the code from the slip, letter or SMS, and
 * the mobile phone to log in with; a code is texted to that phone to prove it. A wrong, used or
 * expired activation code is refused alike (and counts against the live one).
 */
export async function activationStart(
  ctx: AppContext,
  input: { kind: PublicKind; identifier: string; activationCode: string; phone: string },
  meta: RequestMeta,
): Promise<{ challenge: string; sentTo: string }> {
  const { normalized, masked } = normaliseIdentifier(ctx, input.kind, input.identifier);
  const phone = input.phone.trim();
  if (!MOBILE_PHONE.test(phone)) throw rejectAuth('invalid_phone');
  return decide(ctx.db, async (trx) => {
    const index = blindIndex(ctx.keys, `${input.kind}:${normalized}`);
    const activation = await redeemActivation(trx, ctx, input.kind, index, input.activationCode);
    const actor = anonymousActor(meta, masked);
    if (!activation) {
      await appendAudit(trx, ctx.clock, actor, {
        action: 'public.activation',
        entity: 'public_account',
        outcome: 'denied',
        details: { kind: input.kind },
      });
      return rejectAuth('activation_code_invalid');
    }
    const opening: Opening = {
      kind: input.kind,
      identifier: normalized,
      masked,
      name: activation.display_name,
      phone,
      eligible: true,
      activationId: activation.id,
    };
    const challenge = await otpChallenge(trx, ctx, {
      subjectId: 0,
      stage: 'register',
      phone,
      payload: sealedOpening(ctx, opening),
      purpose: 'register',
    });
    await appendAudit(trx, ctx.clock, actor, {
      action: 'public.activation',
      entity: 'hall_activation',
      entityId: activation.id,
      details: { kind: input.kind, phoneMasked: maskPhone(phone) },
    });
    return { challenge, sentTo: maskPhone(phone) };
  });
}

/** Opening, step 2 (both ways): the texted code and a password; opens the account and logs in. */
export async function registerComplete(
  ctx: AppContext,
  input: { challenge: string; code: string; password: string },
  meta: RequestMeta,
): Promise<{ sessionToken: string }> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['register']);
    const opening = openingOf(ctx, challenge.payload);
    if (!opening.eligible || !otpMatches(ctx, input.challenge, challenge.otp_hash, input.code)) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      return rejectAuth('code_invalid');
    }
    if (opening.activationId !== null && !(await liveActivation(trx, ctx, opening.activationId))) {
      await dropChallenge(trx, challenge.id);
      return rejectAuth('activation_code_invalid');
    }
    const index = blindIndex(ctx.keys, `${opening.kind}:${opening.identifier}`);
    const existing = await accountId(trx, opening.kind, index);
    // Online opening is for a holder without an account; an activation code from the window may
    // also re-bind an existing account to a new phone (a lost phone, a forgotten password).
    if (existing !== null && opening.activationId === null) throw rejectAuth('public_account_exists');
    const id =
      existing === null
        ? await openAccount(trx, ctx, opening, index, input.password)
        : await rebindAccount(trx, ctx, opening, existing, input.password);
    if (opening.activationId !== null) await useActivation(trx, ctx, opening.activationId, id);
    await dropChallenge(trx, challenge.id);
    const actor: AuditActor = {
      kind: opening.kind,
      id,
      name: opening.name,
      agencyId: null,
      ip: meta.ip,
      requestId: meta.requestId,
    };
    await appendAudit(trx, ctx.clock, actor, {
      action: existing === null ? 'public.registered' : 'public.rebound',
      entity: 'public_account',
      entityId: id,
      details: {
        kind: opening.kind,
        proof: opening.activationId === null ? 'phone_on_file' : 'activation',
        activationId: opening.activationId,
        phoneMasked: maskPhone(opening.phone),
      },
    });
    return { sessionToken: await openSession(trx, ctx, { kind: opening.kind, id }, meta) };
  });
}

async function openAccount(
  trx: Trx,
  ctx: AppContext,
  opening: Opening,
  index: string,
  password: string,
): Promise<number> {
  const hash = await acceptNewPassword(trx, { kind: opening.kind, id: 0, username: opening.identifier }, password);
  const now = ctx.clock.now();
  const account = await trx
    .insertInto('public_accounts')
    .values({
      kind: opening.kind,
      identifier_index: index,
      identifier_enc: seal(ctx.keys, opening.identifier),
      identifier_masked: opening.masked,
      display_name: opening.name,
      phone_enc: seal(ctx.keys, opening.phone),
      phone_masked: maskPhone(opening.phone),
      password_hash: hash,
      created_at: now,
      last_login_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await rememberPassword(trx, opening.kind, account.id, hash, now);
  return account.id;
}

/** Re-binds an account to the proven phone with a new password; its other sessions end. */
async function rebindAccount(
  trx: Trx,
  ctx: AppContext,
  opening: Opening,
  id: number,
  password: string,
): Promise<number> {
  const account = await trx
    .selectFrom('public_accounts')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  if (account.status !== 'active') throw rejectAuth('account_disabled');
  const hash = await acceptNewPassword(trx, { kind: opening.kind, id, username: opening.identifier }, password);
  const now = ctx.clock.now();
  await trx
    .updateTable('public_accounts')
    .set({
      display_name: opening.name,
      phone_enc: seal(ctx.keys, opening.phone),
      phone_masked: maskPhone(opening.phone),
      password_hash: hash,
      last_login_at: now,
    })
    .where('id', '=', id)
    .execute();
  await rememberPassword(trx, opening.kind, id, hash, now);
  await endSessionsOf(trx, ctx, opening.kind, id);
  return id;
}
