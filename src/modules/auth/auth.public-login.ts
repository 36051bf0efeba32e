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
import { countChallengeFailure, dropChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX } from './auth.model.ts';
import { anonymousActor, otpChallenge, otpMatches } from './auth.otp.ts';
import { DUMMY_HASH, verifyPassword } from './auth.passwords.ts';
import { rejectAuth } from './auth.rejections.ts';
import { afterFailure, isLocked, maskCitizenId } from './auth.rules.ts';
import { openSession, type RequestMeta } from './auth.sessions.ts';

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
    const now = ctx.clock.now();
    if (!account) {
      await verifyPassword(input.password, DUMMY_HASH);
      await appendAudit(trx, ctx.clock, anonymousActor(meta, masked), {
        action: 'public.password',
        entity: 'public_account',
        outcome: 'denied',
      });
      return rejectAuth('login_failed');
    }
    const actor: AuditActor = {
      kind: account.kind,
      id: account.id,
      name: account.display_name,
      agencyId: null,
      ip: meta.ip,
      requestId: meta.requestId,
    };
    if (isLocked({ failedLogins: account.failed_logins, lockedUntil: account.locked_until }, now)) {
      return rejectAuth('account_locked', { lockedUntil: account.locked_until?.toISOString() });
    }
    if (!(await verifyPassword(input.password, account.password_hash))) {
      const next = afterFailure({ failedLogins: account.failed_logins, lockedUntil: account.locked_until }, now);
      await trx
        .updateTable('public_accounts')
        .set({ failed_logins: next.failedLogins, locked_until: next.lockedUntil })
        .where('id', '=', account.id)
        .execute();
      await appendAudit(trx, ctx.clock, actor, {
        action: 'public.password',
        entity: 'public_account',
        entityId: account.id,
        outcome: 'denied',
      });
      return isLocked(next, now)
        ? rejectAuth('account_locked', { lockedUntil: next.lockedUntil?.toISOString() })
        : rejectAuth('login_failed');
    }
    if (account.status !== 'active') return rejectAuth('account_disabled');
    await trx.updateTable('public_accounts').set({ failed_logins: 0 }).where('id', '=', account.id).execute();
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

/** Login, step 2: the one-time code. */
export async function publicLoginVerify(
  ctx: AppContext,
  input: { challenge: string; code: string },
  meta: RequestMeta,
): Promise<{ sessionToken: string }> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['otp']);
    const account = await trx
      .selectFrom('public_accounts')
      .selectAll()
      .where('id', '=', challenge.subject_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const actor: AuditActor = {
      kind: account.kind,
      id: account.id,
      name: account.display_name,
      agencyId: null,
      ip: meta.ip,
      requestId: meta.requestId,
    };
    if (!otpMatches(ctx, input.challenge, challenge.otp_hash, input.code)) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      await appendAudit(trx, ctx.clock, actor, {
        action: 'public.otp',
        entity: 'public_account',
        entityId: account.id,
        outcome: 'denied',
      });
      return rejectAuth('code_invalid');
    }
    await dropChallenge(trx, challenge.id);
    await trx
      .updateTable('public_accounts')
      .set({ last_login_at: ctx.clock.now() })
      .where('id', '=', account.id)
      .execute();
    await appendAudit(trx, ctx.clock, actor, { action: 'auth.login', entity: 'public_account', entityId: account.id });
    return { sessionToken: await openSession(trx, ctx, { kind: account.kind, id: account.id }, meta) };
  });
}
