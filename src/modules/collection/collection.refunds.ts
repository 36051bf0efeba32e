/**
 * 退费 (refunds of credit): a clerk proposes to pay back part of a payer's held credit (at most
 * its balance); someone else approves or rejects. Approval posts the refund entry
 * (Dr the payer's receivable / Cr bank_income, pension) and a 'refunded' credit movement in one
 * transaction. Each step is audited on the employer or the person.
 */
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { RefundTable } from '../../db/tables/collection.ts';
import { today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, negateCents, type Cents } from '../../kernel/cents.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { postEntries } from '../ledger/index.ts';
import { reserveIds } from './collection.bills.ts';
import { documentNo, payerColumns, payerKey, type Payer } from './collection.model.ts';
import { COLLECTION_SOURCE, refundPosting } from './collection.postings.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { creditBalances, payerRegion } from './collection.payments.ts';
import { employerHeads, lockRegistration, personHeads } from '../registration/index.ts';
import { firstInSubtree, idsOf } from './collection.scope.ts';

export type RefundStatus = 'proposed' | 'approved' | 'rejected';

const decimal = (fen: number) => centsToDecimal(centsFromInteger(fen));

const entityOf = (payer: Payer) =>
  payer.kind === 'employer'
    ? { entity: 'employer', entityId: payer.employerId }
    : { entity: 'person', entityId: payer.personId };

/** Serialises the credit movements of one payer (payments lock bills; refunds lock the payer). */
async function lockPayer(trx: Trx, payer: Payer): Promise<void> {
  await lockRegistration(
    trx,
    payer.kind === 'employer' ? { employerId: payer.employerId } : { personId: payer.personId },
  );
}

async function balanceOf(trx: Trx, payer: Payer): Promise<Cents> {
  return (await creditBalances(trx, [payer])).get(payerKey(payer)) ?? centsFromInteger(0);
}

export interface RefundProposal {
  readonly payer: Payer;
  readonly amount: Cents;
  readonly reason: string;
}

/** Proposes a refund of credit; refuses more than the payer's balance. */
export async function proposeRefund(ctx: AppContext, staff: StaffActor, actor: AuditActor, input: RefundProposal) {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw rejectPayment('collection_amount_invalid');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await lockPayer(trx, input.payer);
    const balance = await balanceOf(trx, input.payer);
    if (input.amount > balance)
      throw rejectPayment('collection_refund_exceeds_credit', {
        balance: decimal(balance),
        amount: decimal(input.amount),
      });
    const region = await payerRegion(trx, input.payer);
    const [refundId] = await reserveIds(trx, 'refunds', 1);
    const refundNo = documentNo('refund', today(ctx.clock).replaceAll('-', ''), refundId!);
    const cols = payerColumns(input.payer);
    await sql`
      INSERT INTO refunds (id, refund_no, payer_kind, employer_id, person_id, region_code, amount_fen, reason,
                           status, proposed_by, proposed_at)
      OVERRIDING SYSTEM VALUE
      VALUES (${refundId}, ${refundNo}, ${cols.payer_kind}, ${cols.employer_id}, ${cols.person_id}, ${region},
              ${input.amount}, ${input.reason}, 'proposed', ${staff.id}, ${ctx.clock.now()})`.execute(trx);
    await appendAudit(trx, ctx.clock, actor, {
      action: 'collection.refund.propose',
      ...entityOf(input.payer),
      details: { refundId, refundNo, amountFen: input.amount, reason: input.reason, balanceFen: balance },
    });
    return refundId!;
  });
  return refundById(ctx.db, staff, id);
}

/** Approves or rejects a proposed refund; the decider must not be its proposer. */
export async function decideRefund(
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  refundId: number,
  decision: 'approve' | 'reject',
  note: string | null,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('refunds').selectAll().where('id', '=', refundId).forUpdate().executeTakeFirst();
    if (!row) throw rejectPayment('collection_refund_not_found');
    if (row.status !== 'proposed') throw rejectPayment('collection_refund_decided', { status: row.status });
    if (Number(row.proposed_by) === staff.id) throw rejectPayment('collection_refund_same_person');
    const payer: Payer =
      row.payer_kind === 'employer'
        ? { kind: 'employer', employerId: Number(row.employer_id) }
        : { kind: 'flexible', personId: Number(row.person_id) };
    const amount = centsFromInteger(Number(row.amount_fen));
    const now = ctx.clock.now();
    let entryId: number | null = null;
    if (decision === 'approve') {
      await lockPayer(trx, payer);
      const balance = await balanceOf(trx, payer);
      if (amount > balance)
        throw rejectPayment('collection_refund_exceeds_credit', { balance: decimal(balance), amount: decimal(amount) });
      const [entry] = await postEntries(
        trx,
        ctx.clock,
        [
          refundPosting({
            payerKind: row.payer_kind,
            region: row.region_code,
            amount,
            on: today(ctx.clock) as CalendarDate,
            refundId,
            refundNo: row.refund_no,
          }),
        ],
        { source: COLLECTION_SOURCE, requestedBy: staff.id },
      );
      entryId = entry!.id;
      const cols = payerColumns(payer);
      await sql`
        INSERT INTO payer_credits (payer_kind, employer_id, person_id, region_code, movement, amount_fen, refund_id,
                                   entry_id, at)
        VALUES (${cols.payer_kind}, ${cols.employer_id}, ${cols.person_id}, ${row.region_code}, 'refunded',
                ${negateCents(amount)}, ${refundId}, ${entryId}, ${now})`.execute(trx);
    }
    await trx
      .updateTable('refunds')
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        decided_by: staff.id,
        decided_at: now,
        decision_note: note,
        entry_id: entryId,
      })
      .where('id', '=', refundId)
      .execute();
    await appendAudit(trx, ctx.clock, actor, {
      action: decision === 'approve' ? 'collection.refund.approve' : 'collection.refund.reject',
      ...entityOf(payer),
      details: { refundId, refundNo: row.refund_no, amountFen: amount, note, entryId },
    });
  });
  return refundById(ctx.db, staff, refundId);
}

/** The newest refunds a list shows. */
const REFUNDS_LISTED_MAX = 200;

/** The payer's name of each refund: the employer's or the person's, by value. */
async function payerNames(db: Executor, rows: readonly RefundRow[]): Promise<(string | null)[]> {
  const employers = await employerHeads(db, idsOf(rows, 'employer_id'));
  const persons = await personHeads(db, idsOf(rows, 'person_id'));
  return rows.map(
    (r) =>
      (r.employer_id === null ? undefined : employers.get(Number(r.employer_id))?.name) ??
      (r.person_id === null ? undefined : persons.get(Number(r.person_id))?.name) ??
      null,
  );
}

type RefundRow = Selectable<RefundTable>;

/**
 * Refunds of payers in the staff member's subtree (an employer registered in it; a person
 * registered or employed in it), newest first.
 */
export async function listRefunds(
  db: Executor,
  staff: StaffActor,
  filter: { status?: RefundStatus; id?: number } = {},
) {
  let q = db.selectFrom('refunds').selectAll();
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  const ordered = q.orderBy('id', 'desc');
  const rows = await firstInSubtree(
    db,
    staff.agencyPath,
    REFUNDS_LISTED_MAX,
    (offset, size) => ordered.offset(offset).limit(size).execute(),
    'visible',
  );
  const names = await payerNames(db, rows);
  return rows.map((r, i) => ({
    id: Number(r.id),
    refundNo: r.refund_no,
    payerKind: r.payer_kind as 'employer' | 'flexible',
    employerId: r.employer_id === null ? null : Number(r.employer_id),
    personId: r.person_id === null ? null : Number(r.person_id),
    payerName: names[i]!,
    regionCode: r.region_code,
    amount: decimal(Number(r.amount_fen)),
    reason: r.reason,
    status: r.status as RefundStatus,
    proposedBy: Number(r.proposed_by),
    proposedAt: new Date(r.proposed_at).toISOString(),
    decidedBy: r.decided_by === null ? null : Number(r.decided_by),
    decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
    decisionNote: r.decision_note,
    entryId: r.entry_id === null ? null : Number(r.entry_id),
  }));
}

export async function refundById(db: Executor, staff: StaffActor, id: number) {
  const [found] = await listRefunds(db, staff, { id });
  if (!found) throw rejectPayment('collection_refund_not_found');
  return found;
}
