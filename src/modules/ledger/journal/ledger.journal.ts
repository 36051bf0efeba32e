/**
 * The journal: the only writer of `journal_*`, `ledger_balances` and individual account balances.
 * A call validates every request first (pure rules, then the accounts it names, then the keys
 * already booked), and books all new entries as ONE batch with set-based statements, so a batch of
 * 5,000 entries costs a handful of round trips. Lock order: journal head before audit head.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import { today } from '../../../kernel/calendar-date.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { periodOf } from '../../../kernel/period.ts';
import { chainKey } from '../../audit/index.ts';
import { keyedHasher, merkleRoot, type HashedEntry } from './ledger.chain.rules.ts';
import {
  accountCode,
  accountProblems,
  contentHash,
  duplicateKeyProblems,
  individualKey,
  requestProblems,
  type JournalRequest,
  type LoadedAccount,
  type PostingProblem,
} from './ledger.journal.rules.ts';
import { ledgerLimits, type PostedEntry, type PostingRequest, type Side } from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';

/** Who and what books a batch. */
export interface PostOptions {
  /** The batch's source, e.g. 'contribution', 'interest-run:3', 'ledger'. */
  readonly source: string;
  readonly requestedBy?: number;
  readonly approvedBy?: number;
}

/** Problems listed in a refusal at most (the count says how many there were). */
const problemsListedMax = 1_000;

/**
 * Books balanced entries as one batch, all or nothing; a repeated key with the same content
 * returns the original entry (`replayed`). The caller owns the transaction and its audit entry.
 */
export async function postEntries(
  trx: Db,
  clock: Clock,
  requests: readonly PostingRequest[],
  options: PostOptions,
): Promise<PostedEntry[]> {
  return bookEntries(trx, clock, requests, options);
}

/** `postEntries` for requests that may be reversals (corrections use it). */
export async function bookEntries(
  trx: Db,
  clock: Clock,
  requests: readonly JournalRequest[],
  options: PostOptions,
): Promise<PostedEntry[]> {
  if (requests.length === 0) return [];
  if (requests.length > ledgerLimits.entriesPerBatchMax) throw rejectLedger('ledger_batch_too_large');
  const current = periodOf(today(clock));
  const own = [...requests.flatMap((r, i) => requestProblems(r, i, current)), ...duplicateKeyProblems(requests)];
  // The head lock comes before the key lookup, so two callers with one key cannot both miss it.
  const head = await lockHead(trx);
  const hashes = requests.map(contentHash);
  const { results, fresh, reused } = await matchBookedKeys(trx, requests, hashes);
  const accounts = await loadAccounts(
    trx,
    fresh.map((f) => f.request),
  );
  const individuals = await loadIndividuals(
    trx,
    fresh.map((f) => f.request),
  );
  refuseIfAny([...own, ...reused, ...accountProblems(fresh, accounts, individuals)]);
  if (fresh.length === 0) return results as PostedEntry[];
  const booked = await insertBatch(trx, clock, head, fresh, hashes, accounts, options);
  for (const entry of booked) results[entry.index] = entry.posted;
  return results as PostedEntry[];
}

/** Checks requests as `postEntries` would (rules, accounts, individual accounts) without booking. */
export async function checkPostings(db: Db, clock: Clock, requests: readonly JournalRequest[]): Promise<void> {
  const current = periodOf(today(clock));
  const own = [...requests.flatMap((r, i) => requestProblems(r, i, current)), ...duplicateKeyProblems(requests)];
  const accounts = await loadAccounts(db, requests);
  const individuals = await loadIndividuals(db, requests);
  const indexed = requests.map((request, index) => ({ index, request }));
  refuseIfAny([...own, ...accountProblems(indexed, accounts, individuals)]);
}

function refuseIfAny(problems: PostingProblem[]): void {
  if (problems.length === 0) return;
  const sorted = [...problems].sort((a, b) => a.index - b.index || (a.line ?? -1) - (b.line ?? -1));
  throw rejectLedger(sorted[0]!.code, {
    problems: sorted.slice(0, problemsListedMax),
    problemsTotal: sorted.length,
  });
}

interface Head {
  readonly batchNo: number;
  readonly hash: string;
}

async function lockHead(trx: Db): Promise<Head> {
  const { rows } = await sql<{ batch_no: number; hash: string }>`
    SELECT batch_no, hash FROM journal_head WHERE id = 1 FOR UPDATE`.execute(trx);
  const row = rows[0]!;
  return { batchNo: row.batch_no, hash: row.hash };
}

interface Fresh {
  readonly index: number;
  readonly request: JournalRequest;
}

/** Splits the requests into replays (same key, same content), conflicts and new ones, in one query. */
async function matchBookedKeys(
  trx: Db,
  requests: readonly JournalRequest[],
  hashes: readonly string[],
): Promise<{ results: (PostedEntry | undefined)[]; fresh: Fresh[]; reused: PostingProblem[] }> {
  const keys = requests.map((r) => r.idempotencyKey);
  const { rows } = await sql<{
    id: number;
    batch_no: number;
    idempotency_key: string;
    content_hash: string;
    booked_at: Date;
  }>`SELECT id, batch_no, idempotency_key, content_hash, booked_at
       FROM journal_entries WHERE idempotency_key = ANY(${keys}::text[])`.execute(trx);
  const byKey = new Map(rows.map((r) => [r.idempotency_key, r]));
  const results: (PostedEntry | undefined)[] = [];
  const fresh: Fresh[] = [];
  const reused: PostingProblem[] = [];
  requests.forEach((request, index) => {
    const found = byKey.get(request.idempotencyKey);
    if (!found) fresh.push({ index, request });
    else if (found.content_hash !== hashes[index])
      reused.push({ index, idempotencyKey: request.idempotencyKey, code: 'ledger_idempotency_key_reused' });
    else
      results[index] = {
        id: found.id,
        batchNo: found.batch_no,
        idempotencyKey: found.idempotency_key,
        bookedAt: new Date(found.booked_at),
        replayed: true,
      };
  });
  return { results, fresh, reused };
}

interface AccountRow extends LoadedAccount {
  readonly normalSide: Side;
}

async function loadAccounts(trx: Db, requests: readonly JournalRequest[]): Promise<Map<string, AccountRow>> {
  const codes = [...new Set(requests.flatMap((r) => r.lines.map((l) => accountCode(l.account))))];
  if (codes.length === 0) return new Map();
  const { rows } = await sql<{ id: number; code: string; status: 'open' | 'closed'; normal_side: Side }>`
    SELECT id, code, status, normal_side FROM ledger_accounts WHERE code = ANY(${codes}::text[])`.execute(trx);
  return new Map(rows.map((r) => [r.code, { id: r.id, status: r.status, normalSide: r.normal_side }]));
}

async function loadIndividuals(trx: Db, requests: readonly JournalRequest[]): Promise<Map<string, 'open' | 'closed'>> {
  const wanted = new Map<string, { personId: number; fund: string }>();
  for (const request of requests)
    for (const line of request.lines)
      if (line.personId !== undefined && line.personId !== null)
        wanted.set(individualKey(line.personId, line.account.fund), {
          personId: line.personId,
          fund: line.account.fund,
        });
  if (wanted.size === 0) return new Map();
  const pairs = [...wanted.values()];
  const { rows } = await sql<{ person_id: number; fund: string; status: 'open' | 'closed' }>`
    SELECT ia.person_id, ia.fund, ia.status
      FROM individual_accounts ia
      JOIN unnest(${pairs.map((p) => p.personId)}::bigint[], ${pairs.map((p) => p.fund)}::text[]) AS w(person_id, fund)
        ON ia.person_id = w.person_id AND ia.fund = w.fund`.execute(trx);
  return new Map(rows.map((r) => [individualKey(r.person_id, r.fund), r.status]));
}

/** A new entry, ready to insert, with where its result goes. */
interface Booked {
  readonly index: number;
  readonly entry: HashedEntry;
  readonly posted: PostedEntry;
}

async function insertBatch(
  trx: Db,
  clock: Clock,
  head: Head,
  fresh: readonly Fresh[],
  hashes: readonly string[],
  accounts: ReadonlyMap<string, AccountRow>,
  options: PostOptions,
): Promise<Booked[]> {
  const ids = await nextEntryIds(trx, fresh.length);
  const batchNo = head.batchNo + 1;
  const bookedAt = clock.now();
  const booked = fresh.map(({ index, request }, i): Booked => {
    const entry = hashedEntry(request, ids[i]!, batchNo, i + 1, hashes[index]!, bookedAt, accounts, options);
    const posted = { id: entry.id, batchNo, idempotencyKey: entry.idempotencyKey, bookedAt, replayed: false };
    return { index, entry, posted };
  });
  const hasher = keyedHasher(chainKey());
  const leafHashes = booked.map((b) => hasher.entry(b.entry));
  const root = merkleRoot(leafHashes);
  const hash = hasher.batch(head.hash, batchNo, booked.length, root);
  await sql`INSERT INTO journal_batches (batch_no, prev_hash, merkle_root, entry_count, batch_hash, booked_at, source)
    VALUES (${batchNo}, ${head.hash}, ${root}, ${booked.length}, ${hash}, ${bookedAt}, ${options.source})`.execute(trx);
  await insertEntries(trx, booked, leafHashes, bookedAt);
  await insertLines(trx, booked, bookedAt);
  await updateBalances(trx, booked, accounts);
  await updateIndividuals(trx, booked);
  await sql`UPDATE journal_head SET batch_no = ${batchNo}, hash = ${hash} WHERE id = 1`.execute(trx);
  return booked;
}

/**
 * All new ids in one round trip: the sequence jumps by `count` at once. Safe because only the
 * journal inserts entries (GENERATED ALWAYS: inserted with OVERRIDING SYSTEM VALUE), and it holds
 * the head lock here; a rollback leaves a gap, as nextval would.
 */
async function nextEntryIds(trx: Db, count: number): Promise<number[]> {
  const { rows } = await sql<{ last: number }>`
    SELECT setval(s.seq, nextval(s.seq) + ${count - 1}::bigint) AS last
      FROM (SELECT pg_get_serial_sequence('journal_entries', 'id')::regclass AS seq) AS s`.execute(trx);
  const last = Number(rows[0]!.last);
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

function hashedEntry(
  request: JournalRequest,
  id: number,
  batchNo: number,
  seq: number,
  hash: string,
  bookedAt: Date,
  accounts: ReadonlyMap<string, AccountRow>,
  options: PostOptions,
): HashedEntry {
  return {
    id,
    batchNo,
    seq,
    idempotencyKey: request.idempotencyKey,
    contentHash: hash,
    kind: request.reversesEntryId ? 'reversal' : 'posting',
    effectiveOn: request.effectiveOn,
    period: request.period ?? null,
    bookedAt,
    sourceModule: request.sourceModule,
    sourceRef: request.sourceRef,
    reason: request.reason,
    reversesEntryId: request.reversesEntryId ?? null,
    requestedBy: options.requestedBy ?? null,
    approvedBy: options.approvedBy ?? null,
    lines: request.lines.map((line, i) => ({
      lineNo: i + 1,
      accountId: accounts.get(accountCode(line.account))!.id,
      personId: line.personId ?? null,
      side: line.side,
      amount: line.amount,
    })),
  };
}

async function insertEntries(
  trx: Db,
  booked: readonly Booked[],
  leafHashes: readonly string[],
  bookedAt: Date,
): Promise<void> {
  const e = booked.map((b) => b.entry);
  await sql`
    INSERT INTO journal_entries (id, batch_no, seq_in_batch, idempotency_key, content_hash, entry_hash, kind,
      effective_on, period, booked_at, source_module, source_ref, reason, reverses_entry_id, requested_by, approved_by)
    OVERRIDING SYSTEM VALUE
    SELECT u.id, ${e[0]!.batchNo}::bigint, u.seq, u.key, u.content_hash, u.entry_hash, u.kind, u.effective_on,
      u.period, ${bookedAt}::timestamptz, u.source_module, u.source_ref, u.reason, u.reverses, u.requested_by, u.approved_by
    FROM unnest(${e.map((x) => x.id)}::bigint[], ${e.map((x) => x.seq)}::int[], ${e.map((x) => x.idempotencyKey)}::text[],
      ${e.map((x) => x.contentHash)}::text[], ${leafHashes}::text[], ${e.map((x) => x.kind)}::text[],
      ${e.map((x) => x.effectiveOn)}::date[], ${e.map((x) => x.period)}::text[], ${e.map((x) => x.sourceModule)}::text[],
      ${e.map((x) => x.sourceRef)}::text[], ${e.map((x) => x.reason)}::text[], ${e.map((x) => x.reversesEntryId)}::bigint[],
      ${e.map((x) => x.requestedBy)}::bigint[], ${e.map((x) => x.approvedBy)}::bigint[])
      AS u(id, seq, key, content_hash, entry_hash, kind, effective_on, period, source_module, source_ref, reason,
        reverses, requested_by, approved_by)`.execute(trx);
}

async function insertLines(trx: Db, booked: readonly Booked[], bookedAt: Date): Promise<void> {
  const entryIds: number[] = [];
  const lineNos: number[] = [];
  const accountIds: number[] = [];
  const personIds: (number | null)[] = [];
  const sides: Side[] = [];
  const amounts: number[] = [];
  const effective: string[] = [];
  for (const { entry } of booked)
    for (const line of entry.lines) {
      entryIds.push(entry.id);
      lineNos.push(line.lineNo);
      accountIds.push(line.accountId);
      personIds.push(line.personId);
      sides.push(line.side);
      amounts.push(line.amount);
      effective.push(entry.effectiveOn);
    }
  await sql`
    INSERT INTO journal_lines (entry_id, line_no, account_id, person_id, side, amount_fen, effective_on, booked_at)
    SELECT u.entry_id, u.line_no, u.account_id, u.person_id, u.side, u.amount, u.effective_on, ${bookedAt}::timestamptz
    FROM unnest(${entryIds}::bigint[], ${lineNos}::smallint[], ${accountIds}::bigint[], ${personIds}::bigint[],
      ${sides}::text[], ${amounts}::bigint[], ${effective}::date[])
      AS u(entry_id, line_no, account_id, person_id, side, amount, effective_on)`.execute(trx);
}

/** Adds the batch's totals per account to `ledger_balances` in one statement. */
async function updateBalances(
  trx: Db,
  booked: readonly Booked[],
  accounts: ReadonlyMap<string, AccountRow>,
): Promise<void> {
  const sideOf = new Map([...accounts.values()].map((a) => [a.id, a.normalSide]));
  const totals = new Map<number, { debit: number; credit: number; last: number }>();
  for (const { entry } of booked)
    for (const line of entry.lines) {
      const t = totals.get(line.accountId) ?? { debit: 0, credit: 0, last: 0 };
      if (line.side === 'debit') t.debit += line.amount;
      else t.credit += line.amount;
      t.last = Math.max(t.last, entry.id);
      totals.set(line.accountId, t);
    }
  const ids = [...totals.keys()];
  const rows = ids.map((id) => totals.get(id)!);
  const net = ids.map((id, i) =>
    sideOf.get(id) === 'debit' ? rows[i]!.debit - rows[i]!.credit : rows[i]!.credit - rows[i]!.debit,
  );
  await sql`
    INSERT INTO ledger_balances (account_id, debit_fen, credit_fen, balance_fen, last_entry_id)
    SELECT * FROM unnest(${ids}::bigint[], ${rows.map((r) => r.debit)}::bigint[], ${rows.map((r) => r.credit)}::bigint[],
      ${net}::bigint[], ${rows.map((r) => r.last)}::bigint[])
    ON CONFLICT (account_id) DO UPDATE SET
      debit_fen = ledger_balances.debit_fen + excluded.debit_fen,
      credit_fen = ledger_balances.credit_fen + excluded.credit_fen,
      balance_fen = ledger_balances.balance_fen + excluded.balance_fen,
      last_entry_id = excluded.last_entry_id`.execute(trx);
}

/** Adds each person's credit − debit to the individual account's cached balance in one statement. */
async function updateIndividuals(trx: Db, booked: readonly Booked[]): Promise<void> {
  const totals = new Map<string, { personId: number; accountId: number; delta: number; last: number }>();
  for (const { entry } of booked)
    for (const line of entry.lines) {
      if (line.personId === null) continue;
      const key = `${line.personId}:${line.accountId}`;
      const t = totals.get(key) ?? { personId: line.personId, accountId: line.accountId, delta: 0, last: 0 };
      t.delta += line.side === 'credit' ? line.amount : -line.amount;
      t.last = Math.max(t.last, entry.id);
      totals.set(key, t);
    }
  if (totals.size === 0) return;
  const rows = [...totals.values()];
  // The deltas are a materialized CTE, not a subquery of the UPDATE: on Citus an UPDATE may not
  // join a reference table (ledger_accounts) in its FROM, but may read a finished intermediate result.
  await sql`
    WITH d AS MATERIALIZED (
      SELECT u.person_id, a.fund, sum(u.delta)::bigint AS delta, max(u.last) AS last
        FROM unnest(${rows.map((r) => r.personId)}::bigint[], ${rows.map((r) => r.accountId)}::bigint[],
          ${rows.map((r) => r.delta)}::bigint[], ${rows.map((r) => r.last)}::bigint[]) AS u(person_id, account_id, delta, last)
        JOIN ledger_accounts a ON a.id = u.account_id
       GROUP BY u.person_id, a.fund)
    UPDATE individual_accounts AS ia
       SET balance_fen = ia.balance_fen + d.delta, last_entry_id = d.last
      FROM d
     WHERE ia.person_id = d.person_id AND ia.fund = d.fund`.execute(trx);
}
