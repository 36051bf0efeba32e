/**
 * Rights records (权益记录) written with the money: `postContributions` books one balanced entry per
 * paid month through the journal and records the month paid, `recordDue` records months owed.
 * Both run in the caller's transaction and are set-based (a few statements per batch of up to
 * 5,000 months, never one per row), because a whole region's history passes through them. Every
 * change is a new version of the record (`ledger.rights.versions.ts`).
 */
import { sql } from 'kysely';
import type { Trx } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { firstDayOf, type Period } from '../../../kernel/period.ts';
import { postEntries } from '../journal/ledger.journal.ts';
import { INDIVIDUAL_FUNDS, ledgerLimits, type Fund, type IndividualFund, type PostedEntry } from '../ledger.model.ts';
import { contributionPosting, type ContributionPayment } from '../journal/ledger.postings.ts';
import { rejectRights } from './ledger.rights.rejections.ts';
import { checkContributionItems, recordKey, type ContributionFacts } from './ledger.rights.rules.ts';
import { writeRecordStates } from './ledger.rights.versions.ts';

/** Most months per call; callers chunk (the journal books at most this many entries per batch). */
export const RIGHTS_BATCH_MAX = ledgerLimits.entriesPerBatchMax;
/** Most offending items listed in a rejection's details. */
const DETAILS_MAX = 100;

/** One month of one scheme owed by a payer, as contribution collection reports it. */
export interface DueItem extends ContributionFacts {
  readonly period: Period;
  /** Pooling region (GB/T 2260) of the record. */
  readonly region: string;
  readonly status: 'due' | 'arrears';
  /** The day the month falls due (the bill's due day): until then it is due, not in arrears. */
  readonly dueOn: CalendarDate;
  /** What produced the record: 'declaration', 'assessment_110', 'import', 'demo', … */
  readonly source: string;
}

/** One month of one scheme paid, with the amount credited to the individual account. */
export interface ContributionItem extends ContributionFacts {
  readonly period: Period;
  readonly region: string;
  readonly paidOn: CalendarDate;
  readonly status: 'paid' | 'back_paid';
  readonly source: string;
  /** The paying record of the caller (e.g. 'bill:17'); part of the idempotency key. */
  readonly sourceRef: string;
}

export interface PostContributionsResult {
  readonly entries: readonly PostedEntry[];
  /** Months newly recorded or moved from due/arrears to paid. */
  readonly recorded: number;
  /** Months whose entry was already booked with the same content (nothing written). */
  readonly replayed: number;
  /** Individual accounts opened by this call. */
  readonly accountsOpened: number;
}

/** The journal's idempotency key of a paid month: one posting per source, person, scheme and month. */
export function contributionKey(item: Pick<ContributionItem, 'sourceRef' | 'personId' | 'scheme' | 'period'>): string {
  return `contribution:${item.sourceRef}:${item.personId}:${item.scheme}:${item.period}`;
}

function checkBatch(items: readonly ContributionFacts[], paid: boolean): void {
  if (items.length > RIGHTS_BATCH_MAX) throw rejectRights('rights_batch_too_large', { max: RIGHTS_BATCH_MAX });
  const problems = checkContributionItems(items, paid);
  if (problems.length > 0) throw rejectRights(problems[0]!.code, { problems: problems.slice(0, DETAILS_MAX) });
}

/** Refuses when a region of the batch has no chart of accounts (ensureChart was never run for it). */
async function checkCharts(trx: Trx, regions: readonly string[]): Promise<void> {
  const found = await trx
    .selectFrom('ledger_accounts')
    .select('region_code')
    .distinct()
    .where('region_code', 'in', regions)
    .execute();
  const have = new Set(found.map((r) => r.region_code));
  const missing = regions.filter((r) => !have.has(r));
  if (missing.length > 0) throw rejectRights('rights_region_has_no_chart', { regions: missing });
}

/**
 * Opens, in one statement, the pension and medical accounts the batch needs and that do not exist
 * yet, each on the first day of its earliest period in the batch. Returns how many were opened.
 */
async function openMissingAccounts(trx: Trx, items: readonly ContributionItem[]): Promise<number> {
  const first = new Map<string, { personId: number; fund: IndividualFund; region: string; period: Period }>();
  for (const item of items) {
    if (!(INDIVIDUAL_FUNDS as readonly Fund[]).includes(item.scheme)) continue;
    const key = `${item.personId}:${item.scheme}`;
    const seen = first.get(key);
    if (!seen || item.period < seen.period)
      first.set(key, {
        personId: item.personId,
        fund: item.scheme as IndividualFund,
        region: item.region,
        period: item.period,
      });
  }
  if (first.size === 0) return 0;
  const rows = [...first.values()];
  const opened = await sql<{ person_id: number }>`
    INSERT INTO individual_accounts (person_id, fund, region_code, opened_on)
    SELECT * FROM unnest(${rows.map((r) => r.personId)}::bigint[], ${rows.map((r) => r.fund)}::text[],
                         ${rows.map((r) => r.region)}::text[], ${rows.map((r) => firstDayOf(r.period))}::date[])
    ON CONFLICT (person_id, fund) DO NOTHING
    RETURNING person_id`.execute(trx);
  return opened.rows.length;
}

interface SettledRecord {
  readonly key: string;
  readonly idempotencyKey: string | null;
}

/** Records of the batch's months that are no longer owed (paid, back-paid, transferred), one query. */
async function settledAmong(trx: Trx, items: readonly ContributionFacts[]): Promise<SettledRecord[]> {
  const rows = await sql<{
    person_id: number;
    scheme: Fund;
    period: string;
    employer_id: number | null;
    idempotency_key: string | null;
  }>`
    SELECT r.person_id, r.scheme, r.period, r.employer_id, e.idempotency_key
      FROM unnest(${items.map((i) => i.personId)}::bigint[], ${items.map((i) => i.scheme)}::text[],
                  ${items.map((i) => i.period)}::text[], ${items.map((i) => i.employerId ?? 0)}::bigint[])
           AS u(person_id, scheme, period, payer)
      JOIN rights_records r ON r.person_id = u.person_id AND r.scheme = u.scheme AND r.period = u.period
                           AND coalesce(r.employer_id, 0) = u.payer
      LEFT JOIN journal_entries e ON e.id = r.entry_id
     WHERE r.status NOT IN ('due', 'arrears')`.execute(trx);
  return rows.rows.map((r) => ({
    key: recordKey({ personId: r.person_id, scheme: r.scheme, period: r.period, employerId: r.employer_id }),
    idempotencyKey: r.idempotency_key,
  }));
}

/**
 * Splits the batch into months to write and months already recorded by the same posting (a
 * replay); a month recorded by anything else is refused, before any money moves.
 */
async function partitionReplays(
  trx: Trx,
  items: readonly ContributionItem[],
): Promise<{ fresh: ContributionItem[]; replays: number }> {
  const settled = new Map((await settledAmong(trx, items)).map((s) => [s.key, s.idempotencyKey]));
  if (settled.size === 0) return { fresh: [...items], replays: 0 };
  const fresh: ContributionItem[] = [];
  const clashes: Array<{ index: number; personId: number; scheme: Fund; period: string }> = [];
  items.forEach((item, index) => {
    const key = recordKey(item);
    if (!settled.has(key)) fresh.push(item);
    else if (settled.get(key) !== contributionKey(item))
      clashes.push({ index, personId: item.personId, scheme: item.scheme, period: item.period });
  });
  if (clashes.length > 0) throw rejectRights('rights_period_already_paid', { items: clashes.slice(0, DETAILS_MAX) });
  return { fresh, replays: items.length - fresh.length };
}

const SCHEME_ZH: Readonly<Record<Fund, string>> = {
  pension: '职工基本养老保险',
  medical: '职工基本医疗保险',
  unemployment: '失业保险',
  work_injury: '工伤保险',
};

/** The journal's view of a paid month: the reason reads like a voucher line (2024年03月养老保险缴费). */
function paymentOf(item: ContributionItem, sourceModule: string): ContributionPayment {
  const kind = item.status === 'back_paid' ? '补缴' : '缴费';
  return {
    personId: item.personId,
    scheme: item.scheme,
    region: item.region,
    employerAmount: item.employerAmount,
    employeeAmount: item.employeeAmount,
    accountCredit: item.accountCredit,
    effectiveOn: item.paidOn,
    period: item.period,
    sourceModule,
    sourceRef: item.sourceRef,
    reason: `${item.period.slice(0, 4)}年${item.period.slice(4)}月${SCHEME_ZH[item.scheme]}${kind}`,
    idempotencyKey: contributionKey(item),
  };
}

/**
 * Books paid contribution months: opens the missing individual accounts, posts one balanced entry
 * per month through the journal (one batch), and records each month as paid or back-paid, moving
 * a due or arrears record to paid. A month already paid by another posting is refused; a repeated
 * call returns the original entries and writes nothing. Runs in the caller's transaction.
 */
export async function postContributions(
  trx: Trx,
  clock: Clock,
  items: readonly ContributionItem[],
  options: { sourceModule?: string; requestedBy?: number } = {},
): Promise<PostContributionsResult> {
  checkBatch(items, true);
  if (items.length === 0) return { entries: [], recorded: 0, replayed: 0, accountsOpened: 0 };
  await checkCharts(trx, [...new Set(items.map((i) => i.region))]);
  const { fresh, replays } = await partitionReplays(trx, items);
  const accountsOpened = await openMissingAccounts(trx, fresh);
  const sourceModule = options.sourceModule ?? 'contribution';
  const requests = items.map((item) => contributionPosting(paymentOf(item, sourceModule)));
  const entries = await postEntries(trx, clock, requests, {
    source: sourceModule,
    ...(options.requestedBy === undefined ? {} : { requestedBy: options.requestedBy }),
  });
  const idOf = new Map(entries.map((e) => [e.idempotencyKey, e.id]));
  const written = await writeRecordStates(
    trx,
    clock.now(),
    fresh.map((i) => ({ ...i, entryId: idOf.get(contributionKey(i))!, dueOn: null })),
  );
  // Another transaction may have paid a month between the check and the write: refuse the batch.
  if (written !== fresh.length) throw rejectRights('rights_period_already_paid', { written, expected: fresh.length });
  return { entries, recorded: written, replayed: replays, accountsOpened };
}

/**
 * Records months owed and not paid (due, or in arrears once overdue), without money; an owed
 * month gets a new version, a month already paid or transferred is refused. Caller's transaction.
 */
export async function recordDue(trx: Trx, clock: Clock, items: readonly DueItem[]): Promise<{ recorded: number }> {
  checkBatch(items, false);
  if (items.length === 0) return { recorded: 0 };
  const settled = await settledAmong(trx, items);
  if (settled.length > 0)
    throw rejectRights('rights_period_already_paid', { items: settled.slice(0, DETAILS_MAX).map((s) => s.key) });
  const recorded = await writeRecordStates(
    trx,
    clock.now(),
    items.map((i) => ({ ...i, entryId: null, paidOn: null })),
  );
  // Another transaction may have paid a month since the check: refuse the batch.
  if (recorded !== items.length) throw rejectRights('rights_period_already_paid');
  return { recorded };
}
