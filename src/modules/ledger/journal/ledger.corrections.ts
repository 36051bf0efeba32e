/**
 * Corrections of booked entries, maker-checker: a proposal (ledger.post) names the entry, the
 * reason and optional replacement lines; another staff member (ledger.approve) approves, which
 * books the reversal and the replacement in one transaction, or rejects. Journal rows never change.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/connection.ts';
import type { CorrectionLineJson, CorrectionStatus } from '../../../db/schema.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { appendAudit, type AuditActor } from '../../audit/index.ts';
import type { StaffActor } from '../../auth/index.ts';
import { personInScope } from '../../registration/index.ts';
import { decisionRefusal, proposalRefusal } from './ledger.corrections.rules.ts';
import { amountFromText, linesByAccountId } from './ledger.journal.manual.ts';
import type { JournalRequest } from './ledger.journal.rules.ts';
import { bookEntries, checkPostings } from './ledger.journal.ts';
import type { PostingLine, Side } from '../ledger.model.ts';
import { reversalPosting } from './ledger.postings.ts';
import { rejectLedger } from '../ledger.rejections.ts';

/** Proposed, then approved (reversal and replacement booked) or rejected. */
export const CORRECTION_STATUSES = ['proposed', 'approved', 'rejected'] as const satisfies readonly CorrectionStatus[];

/** A correction as the API shows it (amounts as decimal text). */
export interface CorrectionView {
  readonly id: number;
  readonly entryId: number;
  readonly reason: string;
  readonly replacementLines: { accountId: number; side: Side; amount: string; personId: number | null }[] | null;
  readonly status: CorrectionStatus;
  readonly requestedBy: number;
  readonly requestedAt: Date;
  readonly decidedBy: number | null;
  readonly decidedAt: Date | null;
  readonly decisionNote: string | null;
  readonly reversalEntryId: number | null;
  readonly replacementEntryId: number | null;
}

/** The body of a proposal. */
export interface ProposalInput {
  readonly reason: string;
  readonly replacementLines?:
    readonly { accountId: number; side: Side; amount: string; personId?: number | undefined }[] | undefined;
}

/** Proposes to reverse (and optionally replace) an entry; audited. */
export async function proposeCorrection(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  entryId: number,
  input: ProposalInput,
): Promise<CorrectionView> {
  const replacement = input.replacementLines?.map((l) => ({
    accountId: l.accountId,
    side: l.side,
    amountFen: amountFromText(l.amount) as number,
    personId: l.personId ?? null,
  }));
  return ctx.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, entryId, true);
    const refusal = proposalRefusal(entry);
    if (refusal) throw rejectLedger(refusal, { entryId });
    for (const personId of new Set(replacement?.flatMap((l) => (l.personId ? [l.personId] : [])) ?? []))
      await personInScope(trx, staff, personId);
    if (replacement)
      await checkPostings(trx, ctx.clock, [replacementRequest(entry, 0, await linesOf(trx, replacement))]);
    const row = await trx
      .insertInto('ledger_corrections')
      .values({
        entry_id: entryId,
        reason: input.reason,
        replacement_lines: replacement ? JSON.stringify(replacement) : null,
        requested_by: staff.id,
        requested_at: ctx.clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'ledger.correction.propose',
      entity: 'journal_entry',
      entityId: entryId,
      details: { correctionId: row.id, replacement: replacement !== undefined },
    });
    return viewOf(row);
  });
}

/** Approves a pending correction (another staff member): books reversal and replacement; audited. */
export async function approveCorrection(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  correctionId: number,
  note: string,
): Promise<CorrectionView> {
  return ctx.db.transaction().execute(async (trx) => {
    const correction = await lockPending(trx, correctionId, staff.id);
    const entry = await loadEntry(trx, correction.entry_id, false);
    const refusal = proposalRefusal({ ...entry, pending: false });
    if (refusal) throw rejectLedger(refusal, { entryId: entry.id });
    const requests: JournalRequest[] = [
      reversalPosting(entry, `冲销凭证 ${entry.id}：${correction.reason}`.slice(0, 500)),
    ];
    if (correction.replacement_lines)
      requests.push(replacementRequest(entry, correctionId, await linesOf(trx, correction.replacement_lines)));
    const [reversal, replacement] = await bookEntries(trx, ctx.clock, requests, {
      source: 'correction',
      requestedBy: correction.requested_by,
      approvedBy: staff.id,
    });
    const row = await decide(trx, ctx, correctionId, staff.id, note, {
      status: 'approved',
      reversal_entry_id: reversal!.id,
      replacement_entry_id: replacement?.id ?? null,
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'ledger.correction.approve',
      entity: 'journal_entry',
      entityId: entry.id,
      details: { correctionId, reversalEntryId: reversal!.id, replacementEntryId: replacement?.id ?? null },
    });
    return viewOf(row);
  });
}

/** Rejects a pending correction (another staff member); audited. */
export async function rejectCorrection(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  correctionId: number,
  note: string,
): Promise<CorrectionView> {
  return ctx.db.transaction().execute(async (trx) => {
    const correction = await lockPending(trx, correctionId, staff.id);
    const row = await decide(trx, ctx, correctionId, staff.id, note, { status: 'rejected' });
    await appendAudit(trx, ctx.clock, who, {
      action: 'ledger.correction.reject',
      entity: 'journal_entry',
      entityId: correction.entry_id,
      details: { correctionId },
    });
    return viewOf(row);
  });
}

/** Corrections, newest first, optionally of one status or one entry. */
export async function listCorrections(
  db: Db,
  filter: { status?: CorrectionStatus | undefined; entryId?: number | undefined; page: number; pageSize: number },
): Promise<{ items: CorrectionView[]; total: number; page: number; pageSize: number }> {
  let query = db.selectFrom('ledger_corrections');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.entryId) query = query.where('entry_id', '=', filter.entryId);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items: rows.map(viewOf), total: Number(total), page: filter.page, pageSize: filter.pageSize };
}

type CorrectionRow = Awaited<ReturnType<typeof lockPending>>;

async function lockPending(trx: Db, correctionId: number, deciderId: number) {
  const row = await trx
    .selectFrom('ledger_corrections')
    .selectAll()
    .where('id', '=', correctionId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw rejectLedger('ledger_correction_not_found');
  const refusal = decisionRefusal({ status: row.status, requestedBy: row.requested_by }, deciderId);
  if (refusal) throw rejectLedger(refusal, { correctionId });
  return row;
}

async function decide(
  trx: Db,
  ctx: AppContext,
  correctionId: number,
  deciderId: number,
  note: string,
  outcome: { status: 'approved' | 'rejected'; reversal_entry_id?: number; replacement_entry_id?: number | null },
): Promise<CorrectionRow> {
  return trx
    .updateTable('ledger_corrections')
    .set({ ...outcome, decided_by: deciderId, decided_at: ctx.clock.now(), decision_note: note })
    .where('id', '=', correctionId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An entry with its lines as references, and whether it is reversed or has a pending proposal. */
interface LoadedEntry {
  readonly id: number;
  readonly kind: 'posting' | 'reversal';
  readonly effectiveOn: CalendarDate;
  readonly period: Period | null;
  readonly sourceModule: string;
  readonly sourceRef: string;
  readonly reason: string;
  readonly lines: PostingLine[];
  readonly reversed: boolean;
  readonly pending: boolean;
}

async function loadEntry(trx: Db, entryId: number, lock: boolean): Promise<LoadedEntry> {
  // Proposals for one entry queue up on a transaction-scoped advisory lock: journal rows are
  // insert-only for the application role, so it may not take a row lock (FOR UPDATE needs UPDATE).
  if (lock)
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`ledger.correction:${entryId}`}, 0))`.execute(trx);
  const { rows } = await sql<EntryRow>`SELECT ${entryColumns} FROM journal_entries e WHERE e.id = ${entryId}`.execute(
    trx,
  );
  const entry = rows[0];
  if (!entry) throw rejectLedger('ledger_entry_not_found', { entryId });
  const lines = await trx
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .select(['l.side', 'l.amount_fen', 'l.person_id', 'a.fund', 'a.kind', 'a.region_code'])
    .where('l.entry_id', '=', entryId)
    .orderBy('l.line_no')
    .execute();
  return {
    id: entry.id,
    kind: entry.kind,
    effectiveOn: entry.effective_on as CalendarDate,
    period: entry.period as Period | null,
    sourceModule: entry.source_module,
    sourceRef: entry.source_ref,
    reason: entry.reason,
    reversed: entry.reversed,
    pending: entry.pending,
    lines: lines.map((l) => {
      const line = {
        account: { fund: l.fund, kind: l.kind, region: l.region_code },
        side: l.side,
        amount: centsFromInteger(l.amount_fen),
      };
      return l.person_id === null ? line : { ...line, personId: l.person_id };
    }),
  };
}

const entryColumns = sql`e.id, e.kind, e.effective_on, e.period, e.source_module, e.source_ref, e.reason,
  EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_entry_id = e.id) AS reversed,
  EXISTS (SELECT 1 FROM ledger_corrections c WHERE c.entry_id = e.id AND c.status = 'proposed') AS pending`;

interface EntryRow {
  id: number;
  kind: 'posting' | 'reversal';
  effective_on: string;
  period: string | null;
  source_module: string;
  source_ref: string;
  reason: string;
  reversed: boolean;
  pending: boolean;
}

function linesOf(trx: Db, lines: readonly CorrectionLineJson[]): Promise<PostingLine[]> {
  return linesByAccountId(
    trx,
    lines.map((l) => ({
      accountId: l.accountId,
      side: l.side,
      amount: centsFromInteger(l.amountFen),
      personId: l.personId,
    })),
  );
}

/** The replacement entry: the given lines, under the original's dates and source. */
function replacementRequest(entry: LoadedEntry, correctionId: number, lines: PostingLine[]): JournalRequest {
  return {
    idempotencyKey: `correction:${correctionId}`,
    effectiveOn: entry.effectiveOn,
    period: entry.period,
    sourceModule: entry.sourceModule,
    sourceRef: entry.sourceRef,
    reason: `更正凭证 ${entry.id}：${entry.reason}`.slice(0, 500),
    lines,
  };
}

function viewOf(row: CorrectionRow): CorrectionView {
  const lines = row.replacement_lines as CorrectionLineJson[] | null;
  return {
    id: row.id,
    entryId: row.entry_id,
    reason: row.reason,
    replacementLines: lines
      ? lines.map((l) => ({
          accountId: l.accountId,
          side: l.side,
          amount: centsToDecimal(centsFromInteger(l.amountFen)),
          personId: l.personId,
        }))
      : null,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    reversalEntryId: row.reversal_entry_id,
    replacementEntryId: row.replacement_entry_id,
  };
}
