/**
 * One-time codes by SMS: a six-digit code bound to a challenge token, its digest kept on the
 * challenge, the text sent through the outbox.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { ChallengeStage } from '../../db/schema.ts';
import { hmacSm3, randomToken, tokenDigest } from '../../kernel/sm-crypto.ts';
import type { AuditActor } from '../audit/index.ts';
import { assertChannelAvailable, sendMessage } from '../outbox/index.ts';
import { openChallenge } from './auth.challenges.ts';
import { OTP_MINUTES } from './auth.model.ts';
import { maskPhone } from './auth.rules.ts';
import type { RequestMeta } from './auth.sessions.ts';

/** The digest a code is kept as: bound to its challenge token, so a code fits one challenge only. */
export function otpDigest(ctx: AppContext, challengeToken: string, code: string): string {
  return hmacSm3(ctx.keys.token, `${challengeToken}:${code}`);
}

/** A fresh six-digit code. */
export function newOtp(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

/** The audit actor of a caller who is not logged in. */
export function anonymousActor(meta: RequestMeta, name: string): AuditActor {
  return { kind: 'anonymous', id: null, name, agencyId: null, ip: meta.ip, requestId: meta.requestId };
}

/** Texts `code` to `phone` (the message is correlated with the challenge for the demo outbox). */
export async function sendOtp(
  trx: Trx,
  ctx: AppContext,
  input: { phone: string; code: string; correlation: string; purpose: string },
): Promise<void> {
  await sendMessage(trx, ctx, {
    channel: 'sms',
    recipient: input.phone,
    recipientMasked: maskPhone(input.phone),
    purpose: input.purpose,
    bodyZh: `【社保经办】您的验证码是 ${input.code}，${OTP_MINUTES}分钟内有效。请勿告诉他人。`,
    bodyEn: `[Shebao] Your verification code is ${input.code}, valid for ${OTP_MINUTES} minutes. Do not share it.`,
    correlation: input.correlation,
    required: true,
  });
}

/**
 * Opens an OTP challenge and texts its code to `phone`. The code is bound to the challenge token,
 * so the token is created first and the digest stored after. With `phone` null nothing is sent and
 * the stored digest is of a random token no one can type: the challenge looks and answers like any
 * other, but no code can ever pass it (the neutral answer of account opening).
 */
export async function otpChallenge(
  trx: Trx,
  ctx: AppContext,
  input: {
    subjectId: number;
    stage: ChallengeStage;
    phone: string | null;
    payload: Record<string, unknown> | null;
    purpose: string;
  },
): Promise<string> {
  // Checked before anything else, also when nothing is to be sent: a refusal only on the paths that
  // would text a code would tell a caller that the register holds a phone for the identifier.
  assertChannelAvailable(ctx.messages, 'sms');
  const token = await openChallenge(trx, ctx, {
    subject: { kind: 'person', id: input.subjectId },
    stage: input.stage,
    payload: input.payload,
    minutes: OTP_MINUTES,
  });
  const code = input.phone === null ? randomToken() : newOtp();
  const id = tokenDigest(ctx.keys, token);
  await trx
    .updateTable('login_challenges')
    .set({ otp_hash: otpDigest(ctx, token, code) })
    .where('id', '=', id)
    .execute();
  if (input.phone !== null)
    await sendOtp(trx, ctx, { phone: input.phone, code, correlation: id, purpose: input.purpose });
  return token;
}

/** True when `code` is the challenge's code (compared in constant time). */
export function otpMatches(
  ctx: AppContext,
  challengeToken: string,
  storedDigest: string | null,
  code: string,
): boolean {
  if (storedDigest === null) return false;
  const given = Buffer.from(otpDigest(ctx, challengeToken, code.trim()));
  const stored = Buffer.from(storedDigest);
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}
