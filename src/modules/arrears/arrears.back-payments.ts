/**
 * 补缴 (back payment) and 延长缴费 (extension of payment), through the service desk: a clerk
 * proposes (optionally naming the open case of the catalogue item 'back-payment'), another person
 * approves or rejects. Approval assesses every period at that period's bases and rates (part A's
 * `assessBackPayment`) and issues one 'back_payment' bill per period (part B's `issueBill`) in the
 * same transaction. Late fees: the bill's `back_payment_id` leads to `employer_at_fault`; part B
 * asks `lateFeeApplies(db, billId)` (collection.late-fee.applies.ts) before charging a late fee
 * on a back-payment line.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { BackPaymentTable } from '../../db/tables/collection.ts';
import { escapeLike } from '../../db/like.ts';
import { today } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, type Cents } from '../../kernel/cents.ts';
import { firstDayOf, periodOf, type Period } from '../../kernel/period.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { findCaseByNumber } from '../cases/index.ts';
import { cumulativeMonths, type RightsMonthFact } from '../ledger/index.ts';
import { policyInteger } from '../policy/index.ts';
import {
  employerInScope,
  employmentSpans,
  personInScope,
  personOfEmployer,
  personPoolingRegion,
} from '../registration/index.ts';
import { rejectArrears } from './arrears.rejections.ts';
import { assessBackPayment } from '../contributions/index.ts';
import { periodsBetween, retirementPeriod, schemesAllowed } from './arrears.back-payments.rules.ts';
import { issueBill, reserveIds, documentNo, type CollectionScheme, type Payer } from '../collection/index.ts';
import { checkPeriodRange } from './arrears.deferrals.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** The catalogue item of the service desk a back payment's case belongs to (0004_catalog.sql). */
export const BACK_PAYMENT_ITEM = 'back-payment';
const MINIMUM_MONTHS_KEY = 'pension.minimum_contribution_months';

/** A back payment (补缴) or an extension of payment after retirement age (延长缴费). */
export const BACK_PAYMENT_KINDS = ['back_payment', 'extension'] as const satisfies readonly BackPaymentTable['kind'][];
/** Proposed, then approved (bills issued) or rejected. */
export const BACK_PAYMENT_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type BackPaymentStatus = (typeof BACK_PAYMENT_STATUSES)[number];

export interface BackPaymentProposal {
  readonly kind: (typeof BACK_PAYMENT_KINDS)[number];
  readonly employerId?: number | undefined;
  readonly personId: number;
  readonly fromPeriod: Period;
  readonly toPeriod: Period;
  readonly wage: Cents;
  readonly schemes: readonly CollectionScheme[];
  readonly employerAtFault: boolean;
  readonly reason: string;
  readonly caseNumber?: string | undefined;
}

/** The pooling region: the employer's, else the person's flexible (or latest) enrolment's. */
async function regionOf(db: Executor, employerRegion: string | null, personId: number): Promise<string | null> {
  if (employerRegion !== null) return employerRegion;
  return (await personPoolingRegion(db, personId, 'flexibleFirst')) ?? null;
}

/** Refuses the current or a later month, and periods still open for regular collection in the region. */
async function checkPeriodsClosed(trx: Trx, ctx: Ctx, region: string | null, periods: readonly Period[]) {
  const current = periodOf(today(ctx.clock));
  if (periods.some((p) => p >= current)) throw rejectArrears('collection_back_payment_period_future', { current });
  if (region === null) return;
  const open = await trx
    .selectFrom('collection_periods')
    .select('period')
    .where('region_code', '=', region)
    .where('status', '=', 'open')
    .where('period', 'in', periods)
    .execute();
  if (open.length > 0)
    throw rejectArrears('collection_back_payment_period_open', { periods: open.map((o) => o.period).sort() });
}

/**
 * Refuses months already paid or already billed and owed, for the same payer (an employer's back
 * payment) or for anyone (a flexible worker's month counts once whoever paid it).
 */
async function checkNotRecorded(trx: Trx, input: BackPaymentProposal, periods: readonly Period[]) {
  let query = trx
    .selectFrom('rights_records')
    .select(['period', 'status'])
    .where('person_id', '=', input.personId)
    .where('scheme', 'in', [...input.schemes])
    .where('period', 'in', periods);
  if (input.employerId !== undefined) query = query.where('employer_id', '=', input.employerId);
  const rows = await query.execute();
  const paid = rows.filter((r) => r.status !== 'due' && r.status !== 'arrears' && r.status !== 'transferred_out');
  if (paid.length > 0)
    throw rejectArrears('collection_back_payment_already_paid', {
      periods: [...new Set(paid.map((r) => r.period))].sort(),
    });
  const owed = rows.filter((r) => r.status === 'due' || r.status === 'arrears');
  if (owed.length > 0)
    throw rejectArrears('collection_back_payment_already_billed', {
      periods: [...new Set(owed.map((r) => r.period))].sort(),
    });
  const pending = await trx
    .selectFrom('back_payments')
    .select(['id', 'employer_id'])
    .where('person_id', '=', input.personId)
    .where('status', '=', 'proposed')
    .where('from_period', '<=', input.toPeriod)
    .where('to_period', '>=', input.fromPeriod)
    .executeTakeFirst();
  // Another employer's pending back payment of the person is named, never numbered.
  const same =
    pending && (pending.employer_id === null ? null : Number(pending.employer_id)) === (input.employerId ?? null);
  if (pending)
    throw rejectArrears('collection_back_payment_pending', same ? { backPaymentId: Number(pending.id) } : undefined);
}

/** Refuses periods in which the person had no employment with the employer. */
async function checkEmployed(trx: Trx, employerId: number, personId: number, periods: readonly Period[]) {
  const jobs = await employmentSpans(trx, employerId, personId);
  const outside = periods.filter(
    (p) =>
      !jobs.some(
        (j) =>
          j.hiredOn <= `${p.slice(0, 4)}-${p.slice(4)}-31` &&
          (j.separatedOn === null || j.separatedOn >= firstDayOf(p)),
      ),
  );
  if (outside.length > 0) throw rejectArrears('collection_back_payment_not_employed', { periods: outside });
}

/**
 * An extension: the person has reached retirement age, is short of the minimum months in force in
 * the year of retirement, asks for no more months than the shortfall, all after retirement.
 */
async function checkExtension(
  trx: Trx,
  ctx: Ctx,
  person: { person_id: number; birth_date: string; gender: 'male' | 'female' },
  region: string | null,
  periods: readonly Period[],
) {
  const retired = retirementPeriod(String(person.birth_date) as never, person.gender);
  if (periodOf(today(ctx.clock)) < retired)
    throw rejectArrears('collection_extension_not_retired', { retirementPeriod: retired });
  const minimum = await policyInteger(trx, {
    region: region ?? '000000',
    key: MINIMUM_MONTHS_KEY,
    on: firstDayOf(retired),
  });
  const records = await trx
    .selectFrom('rights_records')
    .select(['scheme', 'period', 'status'])
    .where('person_id', '=', person.person_id)
    .where('scheme', '=', 'pension')
    .execute();
  const months = cumulativeMonths(records as RightsMonthFact[]).pension;
  if (months >= minimum) throw rejectArrears('collection_extension_not_short', { months, minimum });
  if (periods.length > minimum - months)
    throw rejectArrears('collection_extension_exceeds_shortfall', { months, minimum, shortfall: minimum - months });
  if (periods[0]! < retired)
    throw rejectArrears('collection_extension_before_retirement', { retirementPeriod: retired });
  return { months, minimum, retirementPeriod: retired };
}

/** The open back-payment case named by the clerk, of this person or employer, in scope; or null. */
async function linkedCase(
  trx: Trx,
  actor: StaffActor,
  caseNumber: string | undefined,
  applicants: readonly string[],
): Promise<number | null> {
  if (!caseNumber) return null;
  const found = await findCaseByNumber(trx, caseNumber);
  const open = found && ['received', 'in_progress', 'waiting_materials'].includes(found.status);
  if (
    !found ||
    !open ||
    found.itemCode !== BACK_PAYMENT_ITEM ||
    !found.agencyPath.startsWith(actor.agencyPath) ||
    !applicants.includes(found.applicantIndex)
  )
    throw rejectArrears('collection_case_mismatch', { caseNumber });
  return found.id;
}

/** Proposes a back payment or extension (maker): validates everything, then records it. */
export async function proposeBackPayment(ctx: Ctx, actor: StaffActor, audit: AuditActor, input: BackPaymentProposal) {
  checkPeriodRange(input.fromPeriod, input.toPeriod);
  const hasEmployer = input.employerId !== undefined;
  if (input.kind === 'extension' && hasEmployer) throw rejectArrears('collection_extension_with_employer');
  if (!schemesAllowed(input.kind, hasEmployer, input.schemes))
    throw rejectArrears('collection_back_payment_schemes_invalid', { schemes: input.schemes });
  const periods = periodsBetween(input.fromPeriod, input.toPeriod);
  const id = await ctx.db.transaction().execute(async (trx) => {
    // An employer's back payment needs only its employment with the person; the person's own, the whole record.
    const employer = hasEmployer ? await employerInScope(trx, actor, input.employerId!, true) : null;
    const person = employer
      ? await personOfEmployer(trx, actor, input.personId, Number(employer.id), true)
      : await personInScope(trx, actor, input.personId, true);
    const region = await regionOf(trx, employer?.pooling_region ?? null, input.personId);
    await checkPeriodsClosed(trx, ctx, region, periods);
    if (employer) await checkEmployed(trx, Number(employer.id), input.personId, periods);
    const extension = input.kind === 'extension' ? await checkExtension(trx, ctx, person, region, periods) : null;
    await checkNotRecorded(trx, input, periods);
    const caseId = await linkedCase(trx, actor, input.caseNumber, [
      person.id_index,
      ...(employer ? [employer.identifier_index] : []),
    ]);
    const [id] = await reserveIds(trx, 'back_payments', 1);
    const no = documentNo('backPayment', today(ctx.clock).replaceAll('-', ''), id!);
    // An extension is the person's own payment: no employer, so no employer fault and no late fee.
    const atFault = input.kind === 'back_payment' && hasEmployer && input.employerAtFault;
    await sql`
      INSERT INTO back_payments (id, back_payment_no, kind, payer_kind, employer_id, person_id, from_period, to_period,
                                 wage_fen, schemes, employer_at_fault, reason, case_id, proposed_by, proposed_at)
      OVERRIDING SYSTEM VALUE
      VALUES (${id!}, ${no}, ${input.kind}, ${hasEmployer ? 'employer' : 'flexible'}, ${input.employerId ?? null},
              ${input.personId}, ${input.fromPeriod}, ${input.toPeriod}, ${input.wage}, ${[...input.schemes]}::text[],
              ${atFault}, ${input.reason}, ${caseId}, ${actor.id}, ${ctx.clock.now()})`.execute(trx);
    await appendAudit(trx, ctx.clock, audit, {
      action: input.kind === 'extension' ? 'collection.extension.propose' : 'collection.back_payment.propose',
      entity: 'person',
      entityId: input.personId,
      details: {
        backPaymentId: id,
        backPaymentNo: no,
        employerId: input.employerId ?? null,
        fromPeriod: input.fromPeriod,
        toPeriod: input.toPeriod,
        wageFen: input.wage,
        schemes: input.schemes,
        employerAtFault: atFault,
        caseId,
        ...(extension ? { extension } : {}),
      },
    });
    return id!;
  });
  return backPaymentDetail(ctx, actor, id);
}

async function lockProposed(trx: Trx, actor: StaffActor, id: number) {
  const row = await trx.selectFrom('back_payments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw rejectArrears('collection_back_payment_not_found');
  if (row.employer_id === null) await personInScope(trx, actor, Number(row.person_id));
  else await personOfEmployer(trx, actor, Number(row.person_id), Number(row.employer_id));
  if (row.status !== 'proposed') throw rejectArrears('collection_back_payment_decided');
  if (Number(row.proposed_by) === actor.id) throw rejectArrears('collection_same_person');
  return row;
}

/**
 * Approves (checker): the periods are checked again (something may have been paid since), then one
 * back-payment bill per period is issued; all or nothing. Or rejects with a note.
 */
export async function decideBackPayment(
  ctx: Ctx,
  actor: StaffActor,
  audit: AuditActor,
  id: number,
  decision: { approve: boolean; note?: string | undefined },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockProposed(trx, actor, id);
    const now = ctx.clock.now();
    await trx
      .updateTable('back_payments')
      .set({
        status: decision.approve ? 'approved' : 'rejected',
        decided_by: actor.id,
        decided_at: now,
        decision_note: decision.note ?? null,
      })
      .where('id', '=', id)
      .execute();
    const bills = decision.approve ? await issueBackPaymentBills(trx, ctx, audit, row) : [];
    await appendAudit(trx, ctx.clock, audit, {
      action: decision.approve ? 'collection.back_payment.approve' : 'collection.back_payment.reject',
      entity: 'person',
      entityId: Number(row.person_id),
      details: { backPaymentId: id, backPaymentNo: row.back_payment_no, note: decision.note ?? null, bills },
    });
  });
  return backPaymentDetail(ctx, actor, id);
}

type BackPaymentRow = Awaited<ReturnType<typeof lockProposed>>;

async function issueBackPaymentBills(trx: Trx, ctx: Ctx, audit: AuditActor, row: BackPaymentRow) {
  const payer: Payer =
    row.employer_id !== null
      ? { kind: 'employer', employerId: Number(row.employer_id) }
      : { kind: 'flexible', personId: Number(row.person_id) };
  const periods = periodsBetween(row.from_period as Period, row.to_period as Period);
  const proposal: BackPaymentProposal = {
    kind: row.kind,
    ...(row.employer_id === null ? {} : { employerId: Number(row.employer_id) }),
    personId: Number(row.person_id),
    fromPeriod: row.from_period as Period,
    toPeriod: row.to_period as Period,
    wage: centsFromInteger(Number(row.wage_fen)),
    schemes: row.schemes,
    employerAtFault: row.employer_at_fault,
    reason: row.reason,
  };
  await checkNotRecorded(trx, proposal, periods).catch((error: unknown) => {
    // The proposal itself is the pending one; any other refusal stands.
    if (error instanceof Error && 'code' in error && error.code === 'collection_back_payment_pending') return;
    throw error;
  });
  const assessments = await assessBackPayment(trx, {
    payer,
    personId: Number(row.person_id),
    periods,
    wage: proposal.wage,
    schemes: row.schemes,
  });
  const bills = [];
  for (const assessment of assessments) {
    const bill = await issueBill(trx, ctx, assessment, { backPaymentId: Number(row.id), actor: audit });
    bills.push({ billId: bill.id, billNo: bill.billNo, period: bill.period, totalFen: bill.total });
  }
  return bills;
}

export interface BackPaymentFilter {
  readonly personId?: number | undefined;
  readonly employerId?: number | undefined;
  readonly status?: BackPaymentStatus | undefined;
}

/** Back payments of persons in the staff member's subtree (by the person's agency or employer's). */
export async function listBackPayments(ctx: Ctx, actor: StaffActor, filter: BackPaymentFilter & { id?: number }) {
  const path = `${escapeLike(actor.agencyPath)}%`;
  let query = ctx.db
    .selectFrom('back_payments as b')
    .innerJoin('persons as p', 'p.person_id', 'b.person_id')
    .innerJoin('agencies as pa', 'pa.id', 'p.agency_id')
    .leftJoin('employers as e', 'e.id', 'b.employer_id')
    .leftJoin('agencies as ea', 'ea.id', 'e.agency_id')
    .leftJoin('cases as c', 'c.id', 'b.case_id')
    .selectAll('b')
    .select(['p.name as person_name', 'e.name as employer_name', 'c.case_number'])
    .where((eb) => eb.or([eb('pa.path', 'like', path), eb('ea.path', 'like', path)]))
    .orderBy('b.id', 'desc')
    .limit(500);
  if (filter.personId !== undefined) query = query.where('b.person_id', '=', filter.personId);
  if (filter.employerId !== undefined) query = query.where('b.employer_id', '=', filter.employerId);
  if (filter.status !== undefined) query = query.where('b.status', '=', filter.status);
  if (filter.id !== undefined) query = query.where('b.id', '=', filter.id);
  const rows = await query.execute();
  const ids = rows.map((r) => Number(r.id));
  const bills =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('contribution_bills')
          .select(['id', 'bill_no', 'back_payment_id', 'period', 'total_fen', 'status'])
          .where('back_payment_id', 'in', ids)
          .orderBy('period')
          .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    backPaymentNo: r.back_payment_no,
    kind: r.kind,
    payerKind: r.payer_kind,
    employerId: r.employer_id === null ? null : Number(r.employer_id),
    employerName: r.employer_name,
    personId: Number(r.person_id),
    personName: r.person_name,
    fromPeriod: r.from_period,
    toPeriod: r.to_period,
    wage: centsToDecimal(centsFromInteger(Number(r.wage_fen))),
    schemes: r.schemes,
    employerAtFault: r.employer_at_fault,
    reason: r.reason,
    caseId: r.case_id === null ? null : Number(r.case_id),
    caseNumber: r.case_number ?? null,
    status: r.status,
    proposedBy: Number(r.proposed_by),
    proposedAt: new Date(r.proposed_at).toISOString(),
    decidedBy: r.decided_by === null ? null : Number(r.decided_by),
    decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
    decisionNote: r.decision_note,
    bills: bills
      .filter((b) => Number(b.back_payment_id) === Number(r.id))
      .map((b) => ({
        id: Number(b.id),
        billNo: b.bill_no,
        period: b.period,
        total: centsToDecimal(centsFromInteger(Number(b.total_fen))),
        status: b.status,
      })),
  }));
}

async function backPaymentDetail(ctx: Ctx, actor: StaffActor, id: number) {
  const [view] = await listBackPayments(ctx, actor, { id });
  if (!view) throw rejectArrears('collection_back_payment_not_found');
  return view;
}
