/** Server-side sessions: an opaque cookie token, stored only as its keyed digest. */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { SubjectKind } from '../../db/schema.ts';
import { randomToken, tokenDigest } from '../../kernel/sm-crypto.ts';
import { IDLE_TIMEOUT_SECONDS, type Actor } from './auth.model.ts';
import { loadPublicActor, loadStaffActor } from './auth.repository.ts';

export interface RequestMeta {
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  /** The browser's device token (cookie `sb_device`), for the login counters. */
  readonly deviceToken?: string | null;
}

/** Seconds between two writes of `last_seen_at`: idle time is tracked to this resolution. */
const TOUCH_INTERVAL_SECONDS = 30;

/** Opens a session; returns the cookie token (shown once, stored as its digest). */
export async function openSession(
  trx: Trx,
  ctx: AppContext,
  subject: { kind: SubjectKind; id: number },
  meta: RequestMeta,
): Promise<string> {
  const token = randomToken();
  const now = ctx.clock.now();
  await trx
    .insertInto('sessions')
    .values({
      id: tokenDigest(ctx.keys, token),
      subject_kind: subject.kind,
      subject_id: subject.id,
      csrf_token: randomToken(),
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return token;
}

export interface ResolvedSession {
  readonly id: string;
  readonly csrfToken: string;
  readonly actor: Actor;
  /** When the session ends however active it stays (its absolute lifetime). */
  readonly expiresAt: Date;
}

/**
 * The live session for a cookie token and its actor; null when unknown, ended, or when its
 * subject was disabled; 'expired' (and ended now) when idle for more than 30 minutes or older than
 * its absolute lifetime (`sessionHours`, read at each request so a shorter setting applies at once).
 */
export async function resolveSession(ctx: AppContext, token: string): Promise<ResolvedSession | 'expired' | null> {
  const id = tokenDigest(ctx.keys, token);
  const session = await ctx.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session || session.ended_at) return null;
  const now = ctx.clock.now();
  const idleSeconds = (now.getTime() - session.last_seen_at.getTime()) / 1000;
  const expiresAt = new Date(session.created_at.getTime() + ctx.config.sessionHours * 3_600_000);
  if (idleSeconds > IDLE_TIMEOUT_SECONDS || now.getTime() >= expiresAt.getTime()) {
    await ctx.db.updateTable('sessions').set({ ended_at: now }).where('id', '=', id).execute();
    return 'expired';
  }
  const actor =
    session.subject_kind === 'staff'
      ? await loadStaffActor(ctx.db, session.subject_id)
      : await loadPublicActor(ctx.db, session.subject_id);
  if (!actor) return null;
  if (idleSeconds > TOUCH_INTERVAL_SECONDS) {
    await ctx.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  }
  return { id, csrfToken: session.csrf_token, actor, expiresAt };
}

/** Ends a session (logout). */
export async function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  await ctx.db.updateTable('sessions').set({ ended_at: ctx.clock.now() }).where('id', '=', sessionId).execute();
}

/**
 * Ends every session of a subject (disabled account, reset, password change), but `keep`: the
 * session in which the user changed their own password goes on.
 */
export async function endSessionsOf(
  trx: Trx,
  ctx: AppContext,
  kind: SubjectKind,
  id: number,
  keep: string | null = null,
): Promise<void> {
  let query = trx
    .updateTable('sessions')
    .set({ ended_at: ctx.clock.now() })
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', id)
    .where('ended_at', 'is', null);
  if (keep !== null) query = query.where('id', '<>', keep);
  await query.execute();
}
