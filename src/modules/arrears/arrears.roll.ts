/**
 * 欠费 (arrears): the open lines of open bills whose due date has passed. `rollArrears` moves their
 * rights records from 'due' to 'arrears' (month close); `arrearsOf` lists the payers in arrears of
 * an agency subtree with what they owe, the late fee accrued to a date, the late fees charged and
 * not yet paid, the last enforcement step and any deferral agreement, plus totals by period.
 */
import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { escapeLike } from '../../db/like.ts';
import { appendAudit, systemActor, type AuditActor } from '../audit/index.ts';
import { recordDue, type DueItem } from '../ledger/index.ts';
import {
  type CollectionClockContext,
  deferralTermsOf,
  deferredRanges,
  type DeferralTerm,
  lateFeeRatesCache,
  lateFee,
  payerKey,
  type CollectionScheme,
  type Payer,
  type PayerKind,
} from '../collection/index.ts';
import type { EnforcementStep } from './arrears.enforcement.ts';
import { employerHeads, personHeads } from '../registration/index.ts';

/** Most rights records per `recordDue` call (the ledger's batch limit). */
export const ROLL_CHUNK = 5_000;

interface RollRow {
  bill_id: number;
  person_id: number;
  scheme: CollectionScheme;
  period: string;
  employer_id: number | null;
  base_fen: number;
  employer_fen: number;
  employee_fen: number;
  account_credit_fen: number;
  due_on: string;
  source: string;
}

/** One chunk of open overdue lines whose record is still 'due' (or missing), after the cursor. */
async function overdueChunk(
  trx: Trx,
  region: string,
  asOf: CalendarDate,
  after: readonly [number, number, string],
): Promise<RollRow[]> {
  const { rows } = await sql<RollRow>`
    SELECT l.bill_id, l.person_id, l.scheme, b.period, b.employer_id, l.base_fen, l.employer_fen, l.employee_fen,
           l.account_credit_fen, b.due_on::text AS due_on,
           coalesce(r.source, CASE b.basis WHEN 'declared' THEN 'declaration'
                                           WHEN 'undeclared' THEN 'assessment_110' ELSE 'back_payment' END) AS source
      FROM contribution_bills b
      JOIN bill_lines l ON l.bill_id = b.id AND l.status = 'open'
      LEFT JOIN rights_records r ON r.person_id = l.person_id AND r.scheme = l.scheme AND r.period = b.period
                                AND coalesce(r.employer_id, 0) = coalesce(b.employer_id, 0)
     WHERE b.region_code = ${region} AND b.status = 'open' AND b.due_on < ${asOf}::date
       AND (r.status IS NULL OR r.status = 'due')
       AND (l.bill_id, l.person_id, l.scheme) > (${after[0]}::bigint, ${after[1]}::bigint, ${after[2]}::text)
     ORDER BY l.bill_id, l.person_id, l.scheme
     LIMIT ${ROLL_CHUNK}`.execute(trx);
  return rows;
}

function dueItemOf(row: RollRow, region: string): DueItem {
  return {
    personId: Number(row.person_id),
    employerId: row.employer_id === null ? null : Number(row.employer_id),
    scheme: row.scheme,
    period: row.period as Period,
    region,
    base: centsFromInteger(Number(row.base_fen)),
    employerAmount: centsFromInteger(Number(row.employer_fen)),
    employeeAmount: centsFromInteger(Number(row.employee_fen)),
    accountCredit: centsFromInteger(Number(row.account_credit_fen)),
    status: 'arrears',
    dueOn: row.due_on as CalendarDate,
    source: row.source,
  };
}

export interface RollArrearsResult {
  /** Rights records moved from due to arrears. */
  readonly records: number;
  readonly chunks: number;
}

/**
 * Moves the rights records of every open line of an open bill due before `asOf` in `region` from
 * 'due' to 'arrears', in chunks of ≤ 5,000 (a region's month close passes a million persons through
 * here). Records already in arrears are skipped, so a rerun after a crash does nothing twice.
 * Caller's transaction; one audit entry for the run.
 */
export async function rollArrears(
  trx: Trx,
  ctx: CollectionClockContext & { readonly actor?: AuditActor },
  input: { readonly region: string; readonly asOf: CalendarDate },
): Promise<RollArrearsResult> {
  let cursor: readonly [number, number, string] = [0, 0, ''];
  let records = 0;
  let chunks = 0;
  for (;;) {
    const rows = await overdueChunk(trx, input.region, input.asOf, cursor);
    if (rows.length === 0) break;
    const result = await recordDue(
      trx,
      ctx.clock,
      rows.map((r) => dueItemOf(r, input.region)),
    );
    records += result.recorded;
    chunks += 1;
    const last = rows.at(-1)!;
    cursor = [Number(last.bill_id), Number(last.person_id), last.scheme];
    if (rows.length < ROLL_CHUNK) break;
  }
  await appendAudit(trx, ctx.clock, ctx.actor ?? systemActor, {
    action: 'collection.arrears.roll',
    entity: 'collection',
    entityId: input.region,
    details: { region: input.region, asOf: input.asOf, records, chunks },
  });
  return { records, chunks };
}

/** Which payers an arrears query covers. */
export interface ArrearsFilter {
  /** Staff: payers whose agency is in this subtree (employers by their agency, flexible workers by theirs). */
  readonly agencyPath?: string;
  /** One payer (the hall, a payment order). */
  readonly payer?: Payer;
  /**
   * Reprint of a payment order: what was owed on `asOf` as known when the order was issued (bills
   * issued by then, lines open then even if paid since), so the printed order does not change.
   */
  readonly knownAt?: Date;
}

interface OwedRow {
  payer_kind: PayerKind;
  employer_id: number | null;
  person_id: number | null;
  region_code: string;
  period: string;
  amount_fen: number;
  lines: number;
  /** False for a back payment where the employer was not at fault (an extension, a flexible worker's own). */
  charges_fee: boolean;
}

/** Open overdue amounts grouped by payer, period and line amount (so each amount is priced once). */
async function owedGroups(db: Executor, filter: ArrearsFilter, asOf: CalendarDate): Promise<OwedRow[]> {
  const scope = filter.agencyPath === undefined ? sql`` : sql`AND a.path LIKE ${`${escapeLike(filter.agencyPath)}%`}`;
  const payer =
    filter.payer === undefined
      ? sql``
      : filter.payer.kind === 'employer'
        ? sql`AND b.payer_kind = 'employer' AND b.employer_id = ${filter.payer.employerId}`
        : sql`AND b.payer_kind = 'flexible' AND b.person_id = ${filter.payer.personId}`;
  const openness =
    filter.knownAt === undefined
      ? sql`AND b.status = 'open' AND l.status = 'open'`
      : sql`AND b.status <> 'cancelled' AND b.issued_at <= ${filter.knownAt}
            AND (l.status = 'open' OR l.paid_on >= ${asOf}::date)`;
  const { rows } = await sql<OwedRow>`
    SELECT b.payer_kind, b.employer_id, b.person_id, b.region_code, b.period,
           l.employer_fen + l.employee_fen AS amount_fen,
           (b.kind <> 'back_payment' OR coalesce(bp.employer_at_fault, false)) AS charges_fee, count(*)::int AS lines
      FROM contribution_bills b
      JOIN bill_lines l ON l.bill_id = b.id
      LEFT JOIN back_payments bp ON bp.id = b.back_payment_id
      LEFT JOIN employers e ON e.id = b.employer_id
      LEFT JOIN persons p ON p.person_id = b.person_id
      JOIN agencies a ON a.id = coalesce(e.agency_id, p.agency_id)
     WHERE b.due_on < ${asOf}::date ${openness} ${scope} ${payer}
     GROUP BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return rows;
}

/** One payer's arrears. */
export interface PayerArrears {
  readonly payer: Payer;
  readonly name: string;
  readonly code: string;
  readonly amount: Cents;
  readonly lines: number;
  readonly periods: readonly Period[];
  readonly oldestPeriod: Period;
  /** Late fee accrued on the open lines to `asOf` (each line priced like a payment that day would be). */
  readonly lateFeeAccrued: Cents;
  /** Late fees already charged and not yet paid. */
  readonly lateFeesCharged: Cents;
  readonly enforcement: { readonly step: EnforcementStep; readonly takenOn: string } | null;
  readonly deferral: { readonly agreementNo: string; readonly payBy: string } | null;
  /** Amount and late fee by period. */
  readonly byPeriod: ReadonlyArray<{ readonly period: Period; readonly amount: Cents; readonly lateFee: Cents }>;
}

interface PayerTotals {
  payer: Payer;
  amount: number;
  lines: number;
  lateFee: number;
  byPeriod: Map<string, { amount: number; lateFee: number }>;
}

/** Prices every group (the late fee per line × lines) and adds it up per payer. */
async function totalsByPayer(
  db: Executor,
  groups: readonly OwedRow[],
  asOf: CalendarDate,
  terms: ReadonlyMap<number, DeferralTerm[]>,
): Promise<Map<string, PayerTotals>> {
  const ratesOf = lateFeeRatesCache(db);
  const totals = new Map<string, PayerTotals>();
  for (const g of groups) {
    const payer: Payer =
      g.payer_kind === 'employer'
        ? { kind: 'employer', employerId: Number(g.employer_id) }
        : { kind: 'flexible', personId: Number(g.person_id) };
    const key = payerKey(payer);
    const t = totals.get(key) ?? { payer, amount: 0, lines: 0, lateFee: 0, byPeriod: new Map() };
    const period = g.period as Period;
    const amount = Number(g.amount_fen);
    const deferred = payer.kind === 'employer' ? deferredRanges(terms.get(payer.employerId) ?? [], period) : [];
    const fee = !g.charges_fee
      ? 0
      : lateFee({
          arrears: centsFromInteger(amount),
          period,
          assessedOn: asOf,
          rates: await ratesOf(g.region_code),
          deferred,
        }).fee;
    const n = Number(g.lines);
    t.amount += amount * n;
    t.lines += n;
    t.lateFee += fee * n;
    const p = t.byPeriod.get(period) ?? { amount: 0, lateFee: 0 };
    p.amount += amount * n;
    p.lateFee += fee * n;
    t.byPeriod.set(period, p);
    totals.set(key, t);
  }
  return totals;
}

/** Names, codes, unpaid charged late fees and the last enforcement step of the payers, one query each. */
async function payerFacts(db: Executor, payers: readonly Payer[]) {
  const employerIds = payers.flatMap((p) => (p.kind === 'employer' ? [p.employerId] : []));
  const personIds = payers.flatMap((p) => (p.kind === 'flexible' ? [p.personId] : []));
  const employers = await employerHeads(db, employerIds);
  const persons = await personHeads(db, personIds);
  const charged = await sql<{ payer_kind: PayerKind; payer_id: number; open_fen: number }>`
    SELECT b.payer_kind, coalesce(b.employer_id, b.person_id) AS payer_id, sum(f.fee_fen - f.paid_fen)::bigint AS open_fen
      FROM late_fees f JOIN contribution_bills b ON b.id = f.bill_id
     WHERE f.status = 'open'
       AND ((b.payer_kind = 'employer' AND b.employer_id = ANY(${employerIds}::bigint[]))
         OR (b.payer_kind = 'flexible' AND b.person_id = ANY(${personIds}::bigint[])))
     GROUP BY 1, 2`.execute(db);
  const steps = await sql<{ employer_id: number; step: EnforcementStep; taken_on: string }>`
    SELECT DISTINCT ON (employer_id) employer_id, step, taken_on::text AS taken_on
      FROM enforcement_steps WHERE employer_id = ANY(${employerIds}::bigint[])
     ORDER BY employer_id, taken_on DESC, id DESC`.execute(db);
  return {
    employer: employers,
    person: persons,
    charged: new Map(charged.rows.map((r) => [`${r.payer_kind}:${Number(r.payer_id)}`, Number(r.open_fen)])),
    step: new Map(steps.rows.map((r) => [Number(r.employer_id), { step: r.step, takenOn: r.taken_on }])),
  };
}

/** The payers in arrears on `asOf` (largest first) and the totals by period. */
export async function arrearsOf(
  db: Executor,
  filter: ArrearsFilter,
  asOf: CalendarDate,
): Promise<{ payers: PayerArrears[]; byPeriod: ArrearsByPeriod[] }> {
  const groups = await owedGroups(db, filter, asOf);
  const employerIds = [...new Set(groups.filter((g) => g.payer_kind === 'employer').map((g) => Number(g.employer_id)))];
  const terms = await deferralTermsOf(db, employerIds);
  const totals = await totalsByPayer(db, groups, asOf, terms);
  const facts = await payerFacts(
    db,
    [...totals.values()].map((t) => t.payer),
  );
  const payers = [...totals.values()].map((t) => payerArrearsOf(t, facts, terms, asOf));
  payers.sort((a, b) => b.amount - a.amount || a.oldestPeriod.localeCompare(b.oldestPeriod));
  return { payers, byPeriod: periodTotals(payers) };
}

function payerArrearsOf(
  t: PayerTotals,
  facts: Awaited<ReturnType<typeof payerFacts>>,
  terms: ReadonlyMap<number, DeferralTerm[]>,
  asOf: CalendarDate,
): PayerArrears {
  const id = t.payer.kind === 'employer' ? t.payer.employerId : t.payer.personId;
  const who = (t.payer.kind === 'employer' ? facts.employer : facts.person).get(id) ?? { name: '', code: '' };
  const periods = [...t.byPeriod.keys()].sort() as Period[];
  const current =
    t.payer.kind === 'employer'
      ? (terms.get(id) ?? []).find((d) => d.status === 'active' && d.payBy >= asOf)
      : undefined;
  return {
    payer: t.payer,
    name: who.name,
    code: who.code,
    amount: centsFromInteger(t.amount),
    lines: t.lines,
    periods,
    oldestPeriod: periods[0]!,
    lateFeeAccrued: centsFromInteger(t.lateFee),
    lateFeesCharged: centsFromInteger(facts.charged.get(`${t.payer.kind}:${id}`) ?? 0),
    enforcement: t.payer.kind === 'employer' ? (facts.step.get(id) ?? null) : null,
    deferral: current ? { agreementNo: current.agreementNo, payBy: current.payBy } : null,
    byPeriod: periods.map((p) => {
      const x = t.byPeriod.get(p)!;
      return { period: p, amount: centsFromInteger(x.amount), lateFee: centsFromInteger(x.lateFee) };
    }),
  };
}

/** Totals by period for the chart. */
export interface ArrearsByPeriod {
  readonly period: Period;
  readonly amount: Cents;
  readonly lateFee: Cents;
  readonly payers: number;
}

function periodTotals(payers: readonly PayerArrears[]): ArrearsByPeriod[] {
  const map = new Map<Period, { amount: number; lateFee: number; payers: number }>();
  for (const p of payers)
    for (const x of p.byPeriod) {
      const t = map.get(x.period) ?? { amount: 0, lateFee: 0, payers: 0 };
      t.amount += x.amount;
      t.lateFee += x.lateFee;
      t.payers += 1;
      map.set(x.period, t);
    }
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, t]) => ({
      period,
      amount: centsFromInteger(t.amount),
      lateFee: centsFromInteger(t.lateFee),
      payers: t.payers,
    }));
}

/** A payer's arrears as the API prints them (decimal strings). */
export function payerArrearsView(p: PayerArrears) {
  return {
    payerKind: p.payer.kind,
    employerId: p.payer.kind === 'employer' ? p.payer.employerId : null,
    personId: p.payer.kind === 'flexible' ? p.payer.personId : null,
    name: p.name,
    code: p.code,
    amount: centsToDecimal(p.amount),
    lines: p.lines,
    months: p.periods.length,
    oldestPeriod: p.oldestPeriod,
    lateFeeAccrued: centsToDecimal(p.lateFeeAccrued),
    lateFeesCharged: centsToDecimal(p.lateFeesCharged),
    enforcement: p.enforcement,
    deferral: p.deferral,
    byPeriod: p.byPeriod.map((x) => ({
      period: x.period,
      amount: centsToDecimal(x.amount),
      lateFee: centsToDecimal(x.lateFee),
    })),
  };
}

/** The totals by period as the API prints them. */
export function byPeriodView(rows: readonly ArrearsByPeriod[]) {
  return rows.map((r) => ({
    period: r.period,
    amount: centsToDecimal(r.amount),
    lateFee: centsToDecimal(r.lateFee),
    payers: r.payers,
  }));
}

/** One payer's arrears on `asOf`, or null when it owes nothing overdue. */
export async function payerArrears(
  db: Executor,
  payer: Payer,
  asOf: CalendarDate,
  knownAt?: Date,
): Promise<PayerArrears | null> {
  const { payers } = await arrearsOf(db, knownAt === undefined ? { payer } : { payer, knownAt }, asOf);
  return payers[0] ?? null;
}
