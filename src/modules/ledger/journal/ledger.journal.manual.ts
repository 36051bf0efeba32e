/**
 * Manual entries by a fund accountant: lines name accounts by id and amounts as decimal text,
 * the entry is booked through `postEntries` and audited in the same transaction.
 */
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, parseCents, type Cents } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { appendAudit, type AuditActor } from '../../audit/index.ts';
import type { StaffActor } from '../../auth/index.ts';
import { personInScope } from '../../registration/index.ts';
import { postEntries } from './ledger.journal.ts';
import type { PostedEntry, PostingLine, Side } from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';

/** Positive yuan with at most two decimals, no grouping: '123.45', '0.01'. */
const AMOUNT_TEXT = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

/** Parses an amount of the API to fen; anything but a positive whole number of fen is refused. */
export function amountFromText(text: string): Cents {
  if (!AMOUNT_TEXT.test(text)) throw rejectLedger('ledger_amount_not_whole_fen', { amount: text });
  const amount = parseCents(text);
  if (amount <= 0) throw rejectLedger('ledger_amount_not_whole_fen', { amount: text });
  return amount;
}

/** A line that names its account by id. */
export interface LineById {
  readonly accountId: number;
  readonly side: Side;
  readonly amount: Cents;
  readonly personId?: number | null;
}

/** Resolves account ids to references in one query; every unknown id is listed in the refusal. */
export async function linesByAccountId(db: Db, lines: readonly LineById[]): Promise<PostingLine[]> {
  const ids = [...new Set(lines.map((l) => l.accountId))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('ledger_accounts')
          .select(['id', 'fund', 'kind', 'region_code'])
          .where('id', 'in', ids)
          .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unknown = lines.flatMap((l, i) => (byId.has(l.accountId) ? [] : [i]));
  if (unknown.length > 0) throw rejectLedger('ledger_account_unknown', { lines: unknown });
  return lines.map((l) => {
    const a = byId.get(l.accountId)!;
    const account = { fund: a.fund, kind: a.kind, region: a.region_code };
    const amount = centsFromInteger(l.amount);
    return l.personId === undefined || l.personId === null
      ? { account, side: l.side, amount }
      : { account, side: l.side, amount, personId: l.personId };
  });
}

/** The body of POST /api/ledger/entries. */
export interface ManualEntryInput {
  readonly idempotencyKey: string;
  readonly effectiveOn: string;
  readonly period?: string | undefined;
  readonly reason: string;
  readonly lines: readonly { accountId: number; side: Side; amount: string; personId?: number | undefined }[];
}

/** Books a manual entry (or finds it again for a repeated key), audited; persons must be in scope. */
export async function postManualEntry(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  input: ManualEntryInput,
): Promise<PostedEntry> {
  const parsed = input.lines.map((l) => ({ ...l, amount: amountFromText(l.amount) }));
  return ctx.db.transaction().execute(async (trx) => {
    for (const personId of new Set(parsed.flatMap((l) => (l.personId ? [l.personId] : []))))
      await personInScope(trx, staff, personId);
    const lines = await linesByAccountId(trx, parsed);
    const [posted] = await postEntries(
      trx,
      ctx.clock,
      [
        {
          idempotencyKey: input.idempotencyKey,
          effectiveOn: input.effectiveOn as CalendarDate,
          period: (input.period ?? null) as Period | null,
          sourceModule: 'ledger',
          sourceRef: `manual:staff:${staff.id}`,
          reason: input.reason,
          lines,
        },
      ],
      { source: 'manual', requestedBy: staff.id },
    );
    // Journal head before audit head (lock order); a replay wrote nothing and is not audited.
    if (!posted!.replayed)
      await appendAudit(trx, ctx.clock, who, {
        action: 'ledger.entry.post',
        entity: 'journal_entry',
        entityId: posted!.id,
        details: { idempotencyKey: input.idempotencyKey, lines: lines.length },
      });
    return posted!;
  });
}
