/**
 * Self-service hall login: insured persons by citizen ID, employers by credit code; the password,
 * then a one-time code texted to the account's phone.
 */
import type { AppContext } from '../../app-context.ts';
import { decide } from '../../db/decide.ts';
import { today } from '../../kernel/calendar-date.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { checkCreditCode } from '../../kernel/credit-code.ts';
import { kernelRejections } from '../../kernel/kernel-rejections.ts';
import { blindIndex, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { assertChannelAvailable } from '../outbox/index.ts';
import { countChallengeFailure, dropChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX } from './auth.model.ts';
import { anonymousActor, otpChallenge, otpMatches } from './auth.otp.ts';
import { DUMMY_HASH, verifyPassword } from './auth.passwords.ts';
import { rejectAuth } from './auth.rejections.ts';
import { maskCitizenId } from './auth.rules.ts';
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
  // Before the password is checked: refused only after a right one, it would be a password oracle.
  assertChannelAvailable(ctx.messages, 'sms');
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
    const actor = account ? accountActor(account, meta) : anonymousActor(meta, masked);
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
    if (!otpMatches(ctx, input.challenge, challenge.otp_hash, input.code)) {
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
