/**
 * A person's doubt about their rights record (对记录有疑问) becomes a service-desk case of the item
 * 个人权益记录查询打印 ('rights-record-query'), opened through the same online application the hall
 * uses, at the agency that keeps the person's registration, so a clerk there finds it in the case list.
 */
import type { AppContext } from '../../../app-context.ts';
import type { Trx } from '../../../db/connection.ts';
import { startOfChinaDay, today } from '../../../kernel/calendar-date.ts';
import type { AuditActor } from '../../audit/index.ts';
import type { PublicActor } from '../../auth/index.ts';
// The hall's online application is the one entry point for web cases: a discrepancy is a case.
import { applyOnline } from '../../cases/index.ts';
import type { PersonRow } from './ledger.statements.ts';
import { SCHEME_NAMES_ZH } from './ledger.statements.pdf.ts';
import { rejectStatement } from './ledger.statements.rejections.ts';
import { monthLabel } from './ledger.statements.rules.ts';
import type { Fund } from '../ledger.model.ts';

export const DISCREPANCY_ITEM_CODE = 'rights-record-query';
export const DISCREPANCY_DESCRIPTION_LENGTH_MAX = 1000;
/** Queries one account may raise per day: enough for a real doubt, too few to flood a clerk. */
export const DISCREPANCIES_PER_DAY_MAX = 5;

export interface DiscrepancyInput {
  readonly year?: number | undefined;
  readonly period?: string | undefined;
  readonly scheme?: Fund | undefined;
  readonly description: string;
}

/** What the clerk reads first: which year, month and scheme the person doubts, then their words. */
export function discrepancyNote(input: DiscrepancyInput): string {
  const where = [
    input.period !== undefined ? monthLabel(input.period) : input.year !== undefined ? `${input.year}年` : null,
    input.scheme !== undefined ? SCHEME_NAMES_ZH[input.scheme] : null,
  ].filter((part): part is string => part !== null);
  const head = `【权益记录疑问${where.length > 0 ? `：${where.join(' ')}` : ''}】`;
  // The case note holds 1000 characters; the person's words are cut only if the head pushes them over.
  return `${head}${input.description.trim()}`.slice(0, DISCREPANCY_DESCRIPTION_LENGTH_MAX);
}

/**
 * Refuses an account that raised its daily number of queries. Counted under a lock on the account's
 * row held to commit, so fifty parallel requests open five cases, not fifty (`NO KEY UPDATE`: a
 * login may still open a session meanwhile).
 */
async function withinDailyLimit(trx: Trx, ctx: AppContext, actor: PublicActor): Promise<void> {
  await trx.selectFrom('public_accounts').select('id').where('id', '=', actor.id).forNoKeyUpdate().execute();
  const raised = await trx
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('public_account_id', '=', actor.id)
    .where('item_code', '=', DISCREPANCY_ITEM_CODE)
    .where('received_at', '>=', startOfChinaDay(today(ctx.clock)))
    .executeTakeFirstOrThrow();
  if (Number(raised.n) >= DISCREPANCIES_PER_DAY_MAX)
    throw rejectStatement('statement_discrepancies_per_day_exceeded', { max: DISCREPANCIES_PER_DAY_MAX });
}

/** Opens the case and answers its number. */
export async function raiseDiscrepancy(
  ctx: AppContext,
  actor: PublicActor,
  who: AuditActor,
  person: PersonRow,
  input: DiscrepancyInput,
): Promise<{ caseNumber: string }> {
  if (input.period !== undefined && input.year !== undefined && !input.period.startsWith(String(input.year)))
    throw rejectStatement('statement_discrepancy_period_outside_year');
  const caseId = await applyOnline(
    ctx,
    actor,
    who,
    { itemCode: DISCREPANCY_ITEM_CODE, agencyId: person.agency_id, materials: [], note: discrepancyNote(input) },
    (trx) => withinDailyLimit(trx, ctx, actor),
  );
  const row = await ctx.db.selectFrom('cases').select('case_number').where('id', '=', caseId).executeTakeFirstOrThrow();
  return { caseNumber: row.case_number };
}
