/**
 * What the journal routes answer (ledger.routes.ts): the chart with balances, entries (a page, or
 * one in full with its lines, batch and corrections) and corrections. Amounts are yuan text.
 */
import { z } from 'zod';
import { calendarDay, instant, instantText, listOf, money, period, recordId } from '../../../http/response-pieces.ts';
import { CORRECTION_STATUSES } from './ledger.corrections.ts';
import { ACCOUNT_KINDS, FUNDS, SIDES } from '../ledger.model.ts';

const count = z.number().int().nonnegative();
const side = z.enum(SIDES);
const staffId = recordId.describe('The staff member’s id');
const hash = z.string().describe('SM3, hex');

/** A page of a list, newest first. */
function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: listOf(item), total: count, page: recordId, pageSize: recordId });
}

/** An account of the chart with its balance (cached, or computed from the journal). */
export const accountView = z
  .object({
    id: recordId,
    code: z.string().describe('<fund>.<kind>.<region>'),
    fund: z.enum(FUNDS),
    kind: z.enum(ACCOUNT_KINDS),
    region: z.string().describe('The pooling region code (GB/T 2260)'),
    normalSide: side.describe('The side on which the account grows'),
    nameZh: z.string(),
    nameEn: z.string(),
    status: z.enum(['open', 'closed']),
    openedOn: calendarDay,
    closedOn: calendarDay.nullable(),
    balance: z.object({
      debit: money,
      credit: money,
      balance: money.describe('In the normal side’s direction'),
    }),
    lastEntryId: recordId.nullable().describe('The last entry the cached balance includes'),
  })
  .meta({ id: 'LedgerAccount' });

/** `GET /api/ledger/accounts`. */
export const accountsAnswer = z.object({
  asOf: calendarDay.nullable(),
  knownAt: instantText.nullable(),
  source: z
    .enum(['cache', 'journal'])
    .describe('cache: all lines booked so far; journal: computed as of asOf, as known at knownAt'),
  items: listOf(accountView),
});

/** One entry in a list; `amount` is its total of debits (= credits). */
export const entrySummary = z
  .object({
    id: recordId,
    batchNo: recordId,
    seqInBatch: count,
    idempotencyKey: z.string(),
    kind: z.enum(['posting', 'reversal']),
    effectiveOn: calendarDay,
    period: period.nullable(),
    bookedAt: instant,
    sourceModule: z.string(),
    sourceRef: z.string(),
    reason: z.string(),
    amount: money,
    reversesEntryId: recordId.nullable(),
    reversedByEntryId: recordId.nullable(),
    accountDebit: money.optional().describe('Listed by account: the entry’s debits on that account'),
    accountCredit: money.optional().describe('Listed by account: the entry’s credits on that account'),
  })
  .meta({ id: 'LedgerEntrySummary' });

/** `GET /api/ledger/entries`, `GET /api/ledger/accounts/{id}/entries`. */
export const entriesAnswer = pageOf(entrySummary);

/** A correction of a booked entry (maker-checker). */
export const correctionView = z
  .object({
    id: recordId,
    entryId: recordId,
    reason: z.string(),
    replacementLines: listOf(
      z.object({ accountId: recordId, side, amount: money, personId: recordId.nullable() }),
    ).nullable(),
    status: z.enum(CORRECTION_STATUSES),
    requestedBy: staffId,
    requestedAt: instant,
    decidedBy: staffId.nullable(),
    decidedAt: instant.nullable(),
    decisionNote: z.string().nullable(),
    reversalEntryId: recordId.nullable(),
    replacementEntryId: recordId.nullable(),
  })
  .meta({ id: 'LedgerCorrection' });

/** `GET /api/ledger/corrections`. */
export const correctionsAnswer = pageOf(correctionView);

const lineView = z
  .object({
    lineNo: recordId,
    accountId: recordId,
    accountCode: z.string(),
    accountNameZh: z.string(),
    accountNameEn: z.string(),
    personId: recordId.nullable(),
    personName: z.string().nullable().describe('Masked (张*); null when the viewer may not see the person'),
    side,
    amount: money,
  })
  .meta({ id: 'LedgerEntryLine' });

/** One entry in full: lines, batch with its chain hashes, corrections. */
export const entryDetail = z
  .object({
    entry: entrySummary.extend({
      contentHash: hash,
      entryHash: hash,
      requestedBy: staffId.nullable(),
      approvedBy: staffId.nullable(),
    }),
    lines: listOf(lineView),
    batch: z.object({
      batchNo: recordId,
      prevHash: hash,
      merkleRoot: hash,
      batchHash: hash,
      entryCount: count,
      bookedAt: instant,
      source: z.string(),
    }),
    corrections: listOf(correctionView),
  })
  .meta({ id: 'LedgerEntry' });

/** `POST /api/ledger/entries`: the entry booked (201) or, for a key already used with the same content, the original (200). */
export const manualEntryAnswer = entryDetail.extend({
  replayed: z.boolean().describe('True when the key was already booked: the original entry is answered'),
});
