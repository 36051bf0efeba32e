/**
 * Read views of the journal for staff: entry lists (by source, person, account, dates), one
 * entry with its lines, batch, chain hashes, reversal links and corrections. Reads naming a
 * person are audited as 'rights.read' of that person (their "who viewed my record" page).
 */
import { sql } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/connection.ts';
import { centsFromInteger, centsToDecimal } from '../../../kernel/cents.ts';
import { appendAudit, type AuditActor } from '../../audit/index.ts';
import type { StaffActor } from '../../auth/index.ts';
import { namesVisibleUnder } from '../../registration/index.ts';
import { listCorrections, type CorrectionView } from './ledger.corrections.ts';
import type { Side } from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';

/** One entry in a list; `amount` is the entry's total of debits (= credits), in yuan. */
export interface EntrySummary {
  readonly id: number;
  readonly batchNo: number;
  readonly seqInBatch: number;
  readonly idempotencyKey: string;
  readonly kind: 'posting' | 'reversal';
  readonly effectiveOn: string;
  readonly period: string | null;
  readonly bookedAt: Date;
  readonly sourceModule: string;
  readonly sourceRef: string;
  readonly reason: string;
  readonly amount: string;
  readonly reversesEntryId: number | null;
  readonly reversedByEntryId: number | null;
  /** With an account filter: the entry's debits and credits on that account. */
  readonly accountDebit?: string;
  readonly accountCredit?: string;
}

export interface EntryFilter {
  readonly sourceModule?: string | undefined;
  readonly sourceRef?: string | undefined;
  readonly personId?: number | undefined;
  readonly accountId?: number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Entries matching the filter, newest first. */
export async function listEntries(db: Db, filter: EntryFilter): Promise<Page<EntrySummary>> {
  const where = sql.join(
    [
      sql`TRUE`,
      ...(filter.sourceModule ? [sql`e.source_module = ${filter.sourceModule}`] : []),
      ...(filter.sourceRef ? [sql`e.source_ref = ${filter.sourceRef}`] : []),
      ...(filter.personId
        ? [sql`e.id IN (SELECT entry_id FROM journal_lines WHERE person_id = ${filter.personId})`]
        : []),
      ...(filter.accountId
        ? [sql`e.id IN (SELECT entry_id FROM journal_lines WHERE account_id = ${filter.accountId})`]
        : []),
      ...(filter.from ? [sql`e.effective_on >= ${filter.from}::date`] : []),
      ...(filter.to ? [sql`e.effective_on <= ${filter.to}::date`] : []),
    ],
    sql` AND `,
  );
  const total = (
    await sql<{ n: number }>`SELECT count(*)::bigint AS n FROM journal_entries e WHERE ${where}`.execute(db)
  ).rows[0]!.n;
  const account = filter.accountId ?? null;
  const { rows } = await sql<SummaryRow>`
    SELECT e.id, e.batch_no, e.seq_in_batch, e.idempotency_key, e.kind, e.effective_on, e.period, e.booked_at,
           e.source_module, e.source_ref, e.reason, e.reverses_entry_id,
           (SELECT r.id FROM journal_entries r WHERE r.reverses_entry_id = e.id) AS reversed_by,
           (SELECT coalesce(sum(l.amount_fen), 0) FROM journal_lines l WHERE l.entry_id = e.id AND l.side = 'debit')::bigint AS amount,
           (SELECT coalesce(sum(l.amount_fen), 0) FROM journal_lines l
             WHERE l.entry_id = e.id AND l.account_id = ${account} AND l.side = 'debit')::bigint AS account_debit,
           (SELECT coalesce(sum(l.amount_fen), 0) FROM journal_lines l
             WHERE l.entry_id = e.id AND l.account_id = ${account} AND l.side = 'credit')::bigint AS account_credit
      FROM journal_entries e WHERE ${where}
     ORDER BY e.id DESC LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`.execute(db);
  const items = rows.map((r) => {
    const summary = summaryOf(r);
    return account === null
      ? summary
      : { ...summary, accountDebit: yuan(r.account_debit), accountCredit: yuan(r.account_credit) };
  });
  return { items, total: Number(total), page: filter.page, pageSize: filter.pageSize };
}

interface SummaryRow {
  id: number;
  batch_no: number;
  seq_in_batch: number;
  idempotency_key: string;
  kind: 'posting' | 'reversal';
  effective_on: string;
  period: string | null;
  booked_at: Date;
  source_module: string;
  source_ref: string;
  reason: string;
  reverses_entry_id: number | null;
  reversed_by: number | null;
  amount: number;
  account_debit: number;
  account_credit: number;
}

function yuan(fen: number): string {
  return centsToDecimal(centsFromInteger(Number(fen)));
}

function summaryOf(r: SummaryRow): EntrySummary {
  return {
    id: r.id,
    batchNo: r.batch_no,
    seqInBatch: r.seq_in_batch,
    idempotencyKey: r.idempotency_key,
    kind: r.kind,
    effectiveOn: r.effective_on,
    period: r.period,
    bookedAt: new Date(r.booked_at),
    sourceModule: r.source_module,
    sourceRef: r.source_ref,
    reason: r.reason,
    amount: yuan(r.amount),
    reversesEntryId: r.reverses_entry_id,
    reversedByEntryId: r.reversed_by,
  };
}

/** One line of an entry as staff see it; a person they may not see shows no name. */
export interface LineView {
  readonly lineNo: number;
  readonly accountId: number;
  readonly accountCode: string;
  readonly accountNameZh: string;
  readonly accountNameEn: string;
  readonly personId: number | null;
  readonly personName: string | null;
  readonly side: Side;
  readonly amount: string;
}

export interface EntryDetail {
  readonly entry: EntrySummary & {
    contentHash: string;
    entryHash: string;
    requestedBy: number | null;
    approvedBy: number | null;
  };
  readonly lines: LineView[];
  readonly batch: {
    batchNo: number;
    prevHash: string;
    merkleRoot: string;
    batchHash: string;
    entryCount: number;
    bookedAt: Date;
    source: string;
  };
  readonly corrections: CorrectionView[];
}

/** One entry in full; reading it audits a 'rights.read' of each visible person on its lines. */
export async function entryDetail(
  ctx: AppContext,
  staff: StaffActor,
  who: AuditActor,
  entryId: number,
): Promise<EntryDetail> {
  const { db } = ctx;
  const { rows } = await sql<
    SummaryRow & { content_hash: string; entry_hash: string; requested_by: number | null; approved_by: number | null }
  >`
    SELECT e.*, (SELECT r.id FROM journal_entries r WHERE r.reverses_entry_id = e.id) AS reversed_by,
           (SELECT coalesce(sum(l.amount_fen), 0) FROM journal_lines l WHERE l.entry_id = e.id AND l.side = 'debit')::bigint AS amount,
           0::bigint AS account_debit, 0::bigint AS account_credit
      FROM journal_entries e WHERE e.id = ${entryId}`.execute(db);
  const row = rows[0];
  if (!row) throw rejectLedger('ledger_entry_not_found', { entryId });
  const batch = await db
    .selectFrom('journal_batches')
    .selectAll()
    .where('batch_no', '=', row.batch_no)
    .executeTakeFirstOrThrow();
  const lines = await linesOf(db, staff, entryId);
  const corrections = await listCorrections(db, { entryId, page: 1, pageSize: 100 });
  const persons = [
    ...new Set(lines.flatMap((l) => (l.personName !== null && l.personId !== null ? [l.personId] : []))),
  ];
  if (persons.length > 0)
    await db.transaction().execute(async (trx) => {
      for (const personId of persons)
        await appendAudit(trx, ctx.clock, who, {
          action: 'rights.read',
          entity: 'person',
          entityId: personId,
          details: { view: 'ledger.entry', entryId },
        });
    });
  return {
    entry: {
      ...summaryOf(row),
      contentHash: row.content_hash,
      entryHash: row.entry_hash,
      requestedBy: row.requested_by,
      approvedBy: row.approved_by,
    },
    lines,
    batch: {
      batchNo: batch.batch_no,
      prevHash: batch.prev_hash,
      merkleRoot: batch.merkle_root,
      batchHash: batch.batch_hash,
      entryCount: batch.entry_count,
      bookedAt: batch.booked_at,
      source: batch.source,
    },
    corrections: corrections.items,
  };
}

async function linesOf(db: Db, staff: StaffActor, entryId: number): Promise<LineView[]> {
  const rows = await db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .select(['l.line_no', 'l.account_id', 'a.code', 'a.name_zh', 'a.name_en', 'l.person_id', 'l.side', 'l.amount_fen'])
    .where('l.entry_id', '=', entryId)
    .orderBy('l.line_no')
    .execute();
  const names = await namesVisibleUnder(
    db,
    staff.agencyPath,
    rows.flatMap((r) => (r.person_id === null ? [] : [r.person_id])),
  );
  return rows.map((r) => ({
    lineNo: r.line_no,
    accountId: r.account_id,
    accountCode: r.code,
    accountNameZh: r.name_zh,
    accountNameEn: r.name_en,
    personId: r.person_id,
    personName: r.person_id === null || !names.has(r.person_id) ? null : maskName(names.get(r.person_id)!),
    side: r.side,
    amount: yuan(r.amount_fen),
  }));
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: the family name's first character and one star per other character. */
function maskName(name: string): string {
  const chars = [...name];
  return chars[0]! + '*'.repeat(Math.max(chars.length - 1, 1));
}
