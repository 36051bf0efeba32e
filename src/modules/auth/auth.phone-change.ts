/**
 * Changing a hall account's login phone (更换登录手机) is itself proven: a code to the current
 * phone (the holder still has it) and a code to the new one (they have that too). Whoever lost the
 * current phone goes to a window for an activation code instead. The old phone is told.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { decide } from '../../db/decide.ts';
import { seal, tokenDigest, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { sendMessage } from '../outbox/index.ts';
import { countChallengeFailure, dropChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX, type PublicActor } from './auth.model.ts';
import { newOtp, otpChallenge, otpDigest, otpMatches, sendOtp } from './auth.otp.ts';
import { rejectAuth } from './auth.rejections.ts';
import { maskPhone, MOBILE_PHONE } from './auth.rules.ts';

/** The login phone of a hall account, masked. */
export async function loginPhoneOf(ctx: AppContext, actor: PublicActor): Promise<{ phoneMasked: string }> {
  const row = await ctx.db
    .selectFrom('public_accounts')
    .select('phone_masked')
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  return { phoneMasked: row.phone_masked };
}

/** Step 1: texts one code to the current phone and another to the new phone. */
export async function startPhoneChange(
  ctx: AppContext,
  actor: PublicActor,
  input: { phone: string },
): Promise<{ challenge: string; currentMasked: string; newMasked: string }> {
  const phone = input.phone.trim();
  if (!MOBILE_PHONE.test(phone)) throw rejectAuth('invalid_phone');
  return ctx.db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('public_accounts')
      .select(['phone_enc', 'phone_masked'])
      .where('id', '=', actor.id)
      .executeTakeFirstOrThrow();
    const current = unseal(ctx.keys, account.phone_enc);
    if (current === phone) throw rejectAuth('phone_unchanged');
    // The challenge's own code goes to the current phone; the new phone's code is kept beside it.
    const newCode = newOtp();
    const challenge = await otpChallenge(trx, ctx, {
      subjectId: actor.id,
      stage: 'phone_change',
      phone: current,
      payload: null,
      purpose: 'phone_change',
    });
    const id = tokenDigest(ctx.keys, challenge);
    await trx
      .updateTable('login_challenges')
      .set({
        payload: JSON.stringify({ sealed: seal(ctx.keys, phone), newCode: otpDigest(ctx, challenge, newCode) }),
      })
      .where('id', '=', id)
      .execute();
    await sendOtp(trx, ctx, { phone, code: newCode, correlation: id, purpose: 'phone_change' });
    return { challenge, currentMasked: account.phone_masked, newMasked: maskPhone(phone) };
  });
}

/** Step 2: both codes; the account's login phone becomes the new one. */
export async function confirmPhoneChange(
  ctx: AppContext,
  actor: PublicActor,
  who: AuditActor,
  input: { challenge: string; currentCode: string; newCode: string },
): Promise<{ phoneMasked: string }> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['phone_change']);
    if (challenge.subject_id !== actor.id) throw rejectAuth('challenge_invalid');
    const payload = challenge.payload ?? {};
    const newDigest = String(payload.newCode ?? '');
    const given = Buffer.from(otpDigest(ctx, input.challenge, input.newCode.trim()));
    const newOk = given.length === newDigest.length && crypto.timingSafeEqual(given, Buffer.from(newDigest));
    if (!otpMatches(ctx, input.challenge, challenge.otp_hash, input.currentCode) || !newOk) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      return rejectAuth('code_invalid');
    }
    const phone = unseal(ctx.keys, String(payload.sealed));
    const before = await trx
      .selectFrom('public_accounts')
      .select(['phone_enc', 'phone_masked'])
      .where('id', '=', actor.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('public_accounts')
      .set({ phone_enc: seal(ctx.keys, phone), phone_masked: maskPhone(phone) })
      .where('id', '=', actor.id)
      .execute();
    await dropChallenge(trx, challenge.id);
    await sendMessage(trx, ctx, {
      channel: 'sms',
      recipient: unseal(ctx.keys, before.phone_enc),
      recipientMasked: before.phone_masked,
      purpose: 'phone_changed',
      bodyZh: `【社保经办】您的网上服务大厅登录手机已更换为${maskPhone(phone)}。如非本人操作，请立即持证件到经办窗口办理。`,
      bodyEn: `[Shebao] Your self-service hall login phone was changed to ${maskPhone(phone)}. If this was not you, go to a service window with your document at once.`,
      correlation: `public_account:${actor.id}`,
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'public.phone_changed',
      entity: 'public_account',
      entityId: actor.id,
      details: { from: before.phone_masked, to: maskPhone(phone) },
    });
    return { phoneMasked: maskPhone(phone) };
  });
}
