/**
 * Self-service hall accounts: insured persons by citizen ID, employers by credit code. Registration
 * and every login prove the phone with a one-time code sent through the message provider.
 */
import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import { decide } from '../../db/decide.ts';
import type { Database } from '../../db/schema.ts';
import { today } from '../../kernel/calendar-date.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { checkCreditCode } from '../../kernel/credit-code.ts';
import { kernelRejections } from '../../kernel/kernel-rejections.ts';
import { blindIndex, hmacSm3, seal, tokenDigest, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { sendMessage } from '../outbox/index.ts';
import { countChallengeFailure, dropChallenge, openChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX, OTP_MINUTES } from './auth.model.ts';
import { acceptNewPassword } from './auth.password-change.ts';
import { DUMMY_HASH, verifyPassword } from './auth.passwords.ts';
import { rejectAuth } from './auth.rejections.ts';
import { rememberPassword } from './auth.repository.ts';
import { maskCitizenId, maskPhone, MOBILE_PHONE } from './auth.rules.ts';
import { openSession, type RequestMeta } from './auth.sessions.ts';
import { countFailure, countSuccess, loginKeyOf, startAttempt, throttled } from './auth.throttle.ts';

export type PublicKind = 'person' | 'employer';

/** Validates and normalises the identifier of a person (citizen ID) or employer (credit code). */
export function normaliseIdentifier(
  ctx: AppContext,
  kind: PublicKind,
  value: string,
): { normalized: string; masked: string } {
  if (kind === 'person') {
    const check = checkCitizenId(value.trim(), today(ctx.clock));
    if (!check.valid) throw kernelRejections.reject('invalid_citizen_id', { reason: check.reason });
    return { normalized: check.normalized, masked: maskCitizenId(check.normalized) };
  }
  const check = checkCreditCode(value.trim());
  if (!check.valid) throw kernelRejections.reject('invalid_credit_code', { reason: check.reason });
  // A credit code is public registry data; it is still encrypted at rest but shown in full.
  return { normalized: check.normalized, masked: check.normalized };
}

function otpDigest(ctx: AppContext, challengeToken: string, code: string): string {
  return hmacSm3(ctx.keys.token, `${challengeToken}:${code}`);
}

function newOtp(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

function anonymous(meta: RequestMeta, name: string): AuditActor {
  return { kind: 'anonymous', id: null, name, agencyId: null, ip: meta.ip, requestId: meta.requestId };
}

async function sendOtp(
  trx: Transaction<Database>,
  ctx: AppContext,
  phone: string,
  code: string,
  correlation: string,
  purpose: string,
): Promise<void> {
  await sendMessage(trx, ctx, {
    channel: 'sms',
    recipient: phone,
    recipientMasked: maskPhone(phone),
    purpose,
    bodyZh: `【社保经办】您的验证码是 ${code}，${OTP_MINUTES}分钟内有效。请勿告诉他人。`,
    bodyEn: `[Shebao] Your verification code is ${code}, valid for ${OTP_MINUTES} minutes. Do not share it.`,
    correlation,
    required: true,
  });
}

/**
 * Opens an OTP challenge. The code is bound to the challenge token, so the token is created first
 * and the digest stored after.
 */
async function otpChallenge(
  trx: Transaction<Database>,
  ctx: AppContext,
  input: {
    subjectId: number;
    stage: 'register' | 'otp';
    phone: string;
    payload: Record<string, unknown> | null;
    purpose: string;
  },
): Promise<string> {
  const token = await openChallenge(trx, ctx, {
    subject: { kind: 'person', id: input.subjectId },
    stage: input.stage,
    payload: input.payload,
    minutes: OTP_MINUTES,
  });
  const code = newOtp();
  const id = tokenDigest(ctx.keys, token);
  await trx
    .updateTable('login_challenges')
    .set({ otp_hash: otpDigest(ctx, token, code) })
    .where('id', '=', id)
    .execute();
  await sendOtp(trx, ctx, input.phone, code, id, input.purpose);
  return token;
}

/** Registration, step 1: checks the identifier and sends a code to the phone. */
export async function registerStart(
  ctx: AppContext,
  input: { kind: PublicKind; identifier: string; name: string; phone: string },
  meta: RequestMeta,
): Promise<{ challenge: string; sentTo: string }> {
  const { normalized, masked } = normaliseIdentifier(ctx, input.kind, input.identifier);
  const phone = input.phone.trim();
  if (!MOBILE_PHONE.test(phone)) throw rejectAuth('invalid_phone');
  return ctx.db.transaction().execute(async (trx) => {
    const index = blindIndex(ctx.keys, `${input.kind}:${normalized}`);
    const exists = await trx
      .selectFrom('public_accounts')
      .select('id')
      .where('kind', '=', input.kind)
      .where('identifier_index', '=', index)
      .executeTakeFirst();
    if (exists) throw rejectAuth('public_account_exists');
    const sealedPayload = seal(
      ctx.keys,
      JSON.stringify({ kind: input.kind, identifier: normalized, masked, name: input.name.trim(), phone }),
    );
    const challenge = await otpChallenge(trx, ctx, {
      subjectId: 0,
      stage: 'register',
      phone,
      payload: { sealed: sealedPayload },
      purpose: 'register',
    });
    await appendAudit(trx, ctx.clock, anonymous(meta, masked), {
      action: 'public.register_started',
      entity: 'public_account',
      details: { kind: input.kind },
    });
    return { challenge, sentTo: maskPhone(phone) };
  });
}

/** Registration, step 2: the code and a password; creates the account and logs in. */
export async function registerComplete(
  ctx: AppContext,
  input: { challenge: string; code: string; password: string },
  meta: RequestMeta,
): Promise<{ sessionToken: string }> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['register']);
    if (challenge.otp_hash !== otpDigest(ctx, input.challenge, input.code.trim())) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      return rejectAuth('code_invalid');
    }
    const sealed = String(challenge.payload?.sealed ?? '');
    const data = JSON.parse(unseal(ctx.keys, sealed)) as {
      kind: PublicKind;
      identifier: string;
      masked: string;
      name: string;
      phone: string;
    };
    const index = blindIndex(ctx.keys, `${data.kind}:${data.identifier}`);
    const exists = await trx
      .selectFrom('public_accounts')
      .select('id')
      .where('kind', '=', data.kind)
      .where('identifier_index', '=', index)
      .executeTakeFirst();
    if (exists) throw rejectAuth('public_account_exists');
    const hash = await acceptNewPassword(trx, { kind: data.kind, id: 0, username: data.identifier }, input.password);
    const now = ctx.clock.now();
    const account = await trx
      .insertInto('public_accounts')
      .values({
        kind: data.kind,
        identifier_index: index,
        identifier_enc: seal(ctx.keys, data.identifier),
        identifier_masked: data.masked,
        display_name: data.name,
        phone_enc: seal(ctx.keys, data.phone),
        phone_masked: maskPhone(data.phone),
        password_hash: hash,
        created_at: now,
        last_login_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await rememberPassword(trx, data.kind, account.id, hash, now);
    await dropChallenge(trx, challenge.id);
    const actor: AuditActor = {
      kind: data.kind,
      id: account.id,
      name: data.name,
      agencyId: null,
      ip: meta.ip,
      requestId: meta.requestId,
    };
    await appendAudit(trx, ctx.clock, actor, {
      action: 'public.registered',
      entity: 'public_account',
      entityId: account.id,
      details: { kind: data.kind },
    });
    return { sessionToken: await openSession(trx, ctx, { kind: data.kind, id: account.id }, meta) };
  });
}

/** The audit actor of a hall account. */
function accountActor(account: { kind: PublicKind; id: number; display_name: string }, meta: RequestMeta): AuditActor {
  return {
    kind: account.kind,
    id: account.id,
    name: account.display_name,
    agencyId: null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}

/** Login, step 1: identifier and password; sends a code to the registered phone. */
export async function publicLogin(
  ctx: AppContext,
  input: { kind: PublicKind; identifier: string; password: string },
  meta: RequestMeta,
): Promise<{ challenge: string; sentTo: string }> {
  const { normalized, masked } = normaliseIdentifier(ctx, input.kind, input.identifier);
  return decide(ctx.db, async (trx) => {
    const index = blindIndex(ctx.keys, `${input.kind}:${normalized}`);
    const account = await trx
      .selectFrom('public_accounts')
      .selectAll()
      .where('kind', '=', input.kind)
      .where('identifier_index', '=', index)
      .forUpdate()
      .executeTakeFirst();
    const { attempt, waitSeconds } = await startAttempt(trx, ctx, loginKeyOf(input.kind, index), meta);
    const actor = account ? accountActor(account, meta) : anonymous(meta, masked);
    const denied = (details: Record<string, unknown>) =>
      appendAudit(trx, ctx.clock, actor, {
        action: 'public.password',
        entity: 'public_account',
        ...(account ? { entityId: account.id } : {}),
        outcome: 'denied',
        details,
      });
    if (waitSeconds > 0) {
      await denied({ throttled: true, retryAfterSeconds: waitSeconds });
      return throttled(waitSeconds);
    }
    // An unknown identifier costs the same hashing time as a known one.
    const passwordOk = await verifyPassword(input.password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !passwordOk) {
      await countFailure(trx, ctx, attempt);
      await denied({});
      return rejectAuth('login_failed');
    }
    if (account.status !== 'active') return rejectAuth('account_disabled');
    const phone = unseal(ctx.keys, account.phone_enc);
    const challenge = await otpChallenge(trx, ctx, {
      subjectId: account.id,
      stage: 'otp',
      phone,
      payload: { kind: account.kind },
      purpose: 'login',
    });
    return { challenge, sentTo: account.phone_masked };
  });
}

/** Login, step 2: the one-time code; a correct one opens the session and trusts the browser. */
export async function publicLoginVerify(
  ctx: AppContext,
  input: { challenge: string; code: string },
  meta: RequestMeta,
): Promise<{ sessionToken: string; deviceToken: string }> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['otp']);
    const account = await trx
      .selectFrom('public_accounts')
      .selectAll()
      .where('id', '=', challenge.subject_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const actor = accountActor(account, meta);
    const loginKey = loginKeyOf(account.kind, account.identifier_index);
    const { attempt, waitSeconds } = await startAttempt(trx, ctx, loginKey, meta);
    const denied = (details: Record<string, unknown>) =>
      appendAudit(trx, ctx.clock, actor, {
        action: 'public.otp',
        entity: 'public_account',
        entityId: account.id,
        outcome: 'denied',
        details,
      });
    if (waitSeconds > 0) {
      await denied({ throttled: true, retryAfterSeconds: waitSeconds });
      return throttled(waitSeconds);
    }
    if (challenge.otp_hash !== otpDigest(ctx, input.challenge, input.code.trim())) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      await countFailure(trx, ctx, attempt);
      await denied({});
      return rejectAuth('code_invalid');
    }
    await dropChallenge(trx, challenge.id);
    await trx
      .updateTable('public_accounts')
      .set({ last_login_at: ctx.clock.now() })
      .where('id', '=', account.id)
      .execute();
    await appendAudit(trx, ctx.clock, actor, { action: 'auth.login', entity: 'public_account', entityId: account.id });
    const sessionToken = await openSession(trx, ctx, { kind: account.kind, id: account.id }, meta);
    return { sessionToken, deviceToken: await countSuccess(trx, ctx, attempt) };
  });
}
