/**
 * Staff login: password, then (first time or after a reset) a new password, then the TOTP second
 * factor, enrolled by QR code on first use. Demo accounts skip the later steps in demo mode only,
 * and never once an administrator has reset them.
 *
 * Failures must count even though the request is refused, so each step decides inside its
 * transaction, commits, and only then throws the refusal.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { Rejection } from '../../kernel/rejection.ts';
import { decide } from '../../db/decide.ts';
import { seal, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { countChallengeFailure, dropChallenge, openChallenge, takeChallenge } from './auth.challenges.ts';
import { OTP_ATTEMPTS_MAX } from './auth.model.ts';
import { DUMMY_HASH, verifyPassword } from './auth.passwords.ts';
import { rejectAuth } from './auth.rejections.ts';
import { endSessionsOf, openSession, type RequestMeta } from './auth.sessions.ts';
import { setStaffPassword } from './auth.password-change.ts';
import { countFailure, countSuccess, loginKeyOf, startAttempt, throttled, type LoginAttempt } from './auth.throttle.ts';
import { acceptTotp, enrolmentFor, newTotpSecret } from './auth.totp.ts';

export type LoginStep =
  | { status: 'ok' }
  | { status: 'change_password'; challenge: string }
  | { status: 'totp_enrol'; challenge: string; secret: string; otpauthUrl: string; qrDataUrl: string }
  | { status: 'totp'; challenge: string };

export interface LoginResult {
  readonly step: LoginStep;
  /** The session cookie token when the login is complete. */
  readonly sessionToken: string | null;
  /** The device token of the now trusted browser when the login is complete. */
  readonly deviceToken: string | null;
}

type StaffRow = NonNullable<Awaited<ReturnType<typeof lockStaff>>>;

async function lockStaff(trx: Trx, where: { id: number } | { username: string }) {
  let query = trx.selectFrom('staff').selectAll();
  query = 'id' in where ? query.where('id', '=', where.id) : query.where('username', '=', where.username);
  return query.forUpdate().executeTakeFirst();
}

function actorOf(
  staff: { id: number; display_name: string; agency_id: number } | undefined,
  meta: RequestMeta,
  username?: string,
): AuditActor {
  return {
    kind: staff ? 'staff' : 'anonymous',
    id: staff?.id ?? null,
    name: staff?.display_name ?? username ?? 'anonymous',
    agencyId: staff?.agency_id ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}

/** Records a refused step in the audit trail (the user name stands in for an unknown account). */
async function auditDenied(
  trx: Trx,
  ctx: AppContext,
  who: { staff: StaffRow | undefined; username: string },
  meta: RequestMeta,
  action: 'auth.password' | 'auth.totp',
  details: Record<string, unknown>,
): Promise<void> {
  await appendAudit(trx, ctx.clock, actorOf(who.staff, meta, who.username), {
    action,
    entity: 'staff',
    ...(who.staff ? { entityId: who.staff.id } : {}),
    outcome: 'denied',
    details: who.staff ? details : { username: who.username, ...details },
  });
}

/** A wrong password or code: counted, audited, refused. */
async function failed(
  trx: Trx,
  ctx: AppContext,
  who: { staff: StaffRow | undefined; username: string },
  attempt: LoginAttempt,
  meta: RequestMeta,
  action: 'auth.password' | 'auth.totp',
): Promise<Rejection> {
  await countFailure(trx, ctx, attempt);
  await auditDenied(trx, ctx, who, meta, action, {});
  return rejectAuth(action === 'auth.password' ? 'login_failed' : 'code_invalid');
}

/** Demo mode lets the published demo accounts in on the password alone, never one that was reset. */
function demoShortcut(ctx: AppContext, staff: StaffRow): boolean {
  return ctx.config.demo && staff.is_demo && !staff.must_change_password;
}

/** Step 1: user name and password. */
export async function staffLogin(
  ctx: AppContext,
  input: { username: string; password: string },
  meta: RequestMeta,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  return decide(ctx.db, async (trx) => {
    const staff = await lockStaff(trx, { username });
    const who = { staff, username };
    const { attempt, waitSeconds } = await startAttempt(trx, ctx, loginKeyOf('staff', username), meta);
    if (waitSeconds > 0) {
      await auditDenied(trx, ctx, who, meta, 'auth.password', { throttled: true, retryAfterSeconds: waitSeconds });
      return throttled(waitSeconds);
    }
    if (!staff) {
      await verifyPassword(input.password, DUMMY_HASH);
      return failed(trx, ctx, who, attempt, meta, 'auth.password');
    }
    if (!(await verifyPassword(input.password, staff.password_hash)))
      return failed(trx, ctx, who, attempt, meta, 'auth.password');
    if (staff.status !== 'active') {
      await auditDenied(trx, ctx, who, meta, 'auth.password', { disabled: true });
      return rejectAuth('account_disabled');
    }
    if (demoShortcut(ctx, staff)) return finish(trx, ctx, staff, attempt, meta, { demo: true });
    return nextStep(trx, ctx, staff);
  });
}

/** The step after the password (or after a new password): change it, enrol TOTP, or enter TOTP. */
async function nextStep(trx: Trx, ctx: AppContext, staff: StaffRow): Promise<LoginResult> {
  const subject = { kind: 'staff' as const, id: staff.id };
  if (staff.must_change_password) {
    const challenge = await openChallenge(trx, ctx, { subject, stage: 'change_password' });
    return { step: { status: 'change_password', challenge }, sessionToken: null, deviceToken: null };
  }
  if (!staff.totp_secret_enc) {
    const secret = newTotpSecret();
    const challenge = await openChallenge(trx, ctx, {
      subject,
      stage: 'totp_enrol',
      pendingSecretEnc: seal(ctx.keys, secret),
    });
    const { otpauthUrl, qrDataUrl } = await enrolmentFor(secret, staff.username);
    return {
      step: { status: 'totp_enrol', challenge, secret, otpauthUrl, qrDataUrl },
      sessionToken: null,
      deviceToken: null,
    };
  }
  const challenge = await openChallenge(trx, ctx, { subject, stage: 'totp' });
  return { step: { status: 'totp', challenge }, sessionToken: null, deviceToken: null };
}

async function finish(
  trx: Trx,
  ctx: AppContext,
  staff: StaffRow,
  attempt: LoginAttempt,
  meta: RequestMeta,
  details: Record<string, unknown>,
): Promise<LoginResult> {
  const now = ctx.clock.now();
  await trx.updateTable('staff').set({ last_login_at: now }).where('id', '=', staff.id).execute();
  const sessionToken = await openSession(trx, ctx, { kind: 'staff', id: staff.id }, meta);
  const deviceToken = await countSuccess(trx, ctx, attempt);
  await appendAudit(trx, ctx.clock, actorOf(staff, meta), {
    action: 'auth.login',
    entity: 'staff',
    entityId: staff.id,
    details,
  });
  return { step: { status: 'ok' }, sessionToken, deviceToken };
}

/**
 * Step 2 (when required): a new password, proven by the challenge from step 1. Any session still
 * open on the account ends: the password it was opened with is gone.
 */
export async function staffChangePasswordStep(
  ctx: AppContext,
  input: { challenge: string; newPassword: string },
  meta: RequestMeta,
): Promise<LoginResult> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['change_password']);
    const staff = await lockStaff(trx, { id: challenge.subject_id });
    if (!staff || staff.status !== 'active') return rejectAuth('challenge_invalid');
    await setStaffPassword(trx, ctx, staff, input.newPassword, { mustChange: false });
    await endSessionsOf(trx, ctx, 'staff', staff.id);
    await appendAudit(trx, ctx.clock, actorOf(staff, meta), {
      action: 'auth.password_changed',
      entity: 'staff',
      entityId: staff.id,
    });
    await dropChallenge(trx, challenge.id);
    return nextStep(trx, ctx, { ...staff, must_change_password: false });
  });
}

/** Step 3: the TOTP code; on first use it also confirms the enrolment of the new secret. */
export async function staffTotpStep(
  ctx: AppContext,
  input: { challenge: string; code: string },
  meta: RequestMeta,
): Promise<LoginResult> {
  return decide(ctx.db, async (trx) => {
    const challenge = await takeChallenge(trx, ctx, input.challenge, ['totp', 'totp_enrol']);
    const staff = await lockStaff(trx, { id: challenge.subject_id });
    if (!staff || staff.status !== 'active') return rejectAuth('challenge_invalid');
    const who = { staff, username: staff.username };
    const { attempt, waitSeconds } = await startAttempt(trx, ctx, loginKeyOf('staff', staff.username), meta);
    if (waitSeconds > 0) {
      await auditDenied(trx, ctx, who, meta, 'auth.totp', { throttled: true, retryAfterSeconds: waitSeconds });
      return throttled(waitSeconds);
    }
    const now = ctx.clock.now();
    const enrolling = challenge.stage === 'totp_enrol';
    const sealed = enrolling ? challenge.pending_secret_enc : staff.totp_secret_enc;
    if (!sealed) return rejectAuth('challenge_invalid');
    const step = acceptTotp(unseal(ctx.keys, sealed), input.code.trim(), now, enrolling ? null : staff.totp_last_step);
    if (step === null) {
      await countChallengeFailure(trx, challenge.id, challenge.attempts, OTP_ATTEMPTS_MAX);
      return failed(trx, ctx, who, attempt, meta, 'auth.totp');
    }
    await trx
      .updateTable('staff')
      .set(
        enrolling ? { totp_secret_enc: sealed, totp_enrolled_at: now, totp_last_step: step } : { totp_last_step: step },
      )
      .where('id', '=', staff.id)
      .execute();
    await dropChallenge(trx, challenge.id);
    return finish(trx, ctx, staff, attempt, meta, { secondFactor: 'totp', enrolled: enrolling });
  });
}
