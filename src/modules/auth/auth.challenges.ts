/** Login challenges: the state of a login between its factors, addressed by a one-time token. */
import type { Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { ChallengeStage, LoginChallengeTable, SubjectKind } from '../../db/schema.ts';
import { randomToken, tokenDigest } from '../../kernel/sm-crypto.ts';
import { CHALLENGE_MINUTES } from './auth.model.ts';
import { rejectAuth } from './auth.rejections.ts';

export interface ChallengeInput {
  readonly subject: { kind: SubjectKind; id: number };
  readonly stage: ChallengeStage;
  readonly pendingSecretEnc?: string | null;
  readonly otpHash?: string | null;
  readonly payload?: Record<string, unknown> | null;
  readonly minutes?: number;
}

/** Creates a challenge and returns its token; the row id is the token's digest. */
export async function openChallenge(trx: Trx, ctx: AppContext, input: ChallengeInput): Promise<string> {
  const token = randomToken();
  const now = ctx.clock.now();
  await trx
    .insertInto('login_challenges')
    .values({
      id: tokenDigest(ctx.keys, token),
      subject_kind: input.subject.kind,
      subject_id: input.subject.id,
      stage: input.stage,
      pending_secret_enc: input.pendingSecretEnc ?? null,
      otp_hash: input.otpHash ?? null,
      payload: input.payload ? JSON.stringify(input.payload) : null,
      created_at: now,
      expires_at: new Date(now.getTime() + (input.minutes ?? CHALLENGE_MINUTES) * 60_000),
    })
    .execute();
  return token;
}

export type Challenge = Selectable<LoginChallengeTable>;

/** Takes a live challenge in one of `stages`, locked for this transaction; refuses anything else. */
export async function takeChallenge(
  trx: Trx,
  ctx: AppContext,
  token: string,
  stages: readonly ChallengeStage[],
): Promise<Challenge> {
  const id = tokenDigest(ctx.keys, token);
  const row = await trx.selectFrom('login_challenges').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row || !stages.includes(row.stage) || row.expires_at.getTime() <= ctx.clock.now().getTime()) {
    throw rejectAuth('challenge_invalid');
  }
  return row;
}

/** A challenge is single-use: finishing or failing it for good deletes it. */
export async function dropChallenge(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('login_challenges').where('id', '=', id).execute();
}

/** Counts one wrong answer; the challenge dies after `max` of them. */
export async function countChallengeFailure(trx: Trx, id: string, attempts: number, max: number): Promise<void> {
  if (attempts + 1 >= max) await dropChallenge(trx, id);
  else
    await trx
      .updateTable('login_challenges')
      .set({ attempts: attempts + 1 })
      .where('id', '=', id)
      .execute();
}
