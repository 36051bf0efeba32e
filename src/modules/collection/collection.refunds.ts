/**
 * 退费 (refunds of credit): a clerk proposes to pay back part of a payer's held credit (at most
 * its balance); someone else approves or rejects. Approval posts the refund entry
 * (Dr the payer's receivable / Cr bank_income, pension) and a 'refunded' credit movement in one
 * transaction. Each step is audited on the employer or the person.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { escapeLike } from '../../db/like.ts';
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
import { lockRegistration } from '../registration/index.ts';

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

/** Refunds of payers in the staff member's subtree, newest first. */
export async function listRefunds(
  db: Executor,
  staff: StaffActor,
  filter: { status?: RefundStatus; id?: number } = {},
) {
  const path = `${escapeLike(staff.agencyPath)}%`;
  const rows = await sql<{
    id: string;
    refund_no: string;
    payer_kind: 'employer' | 'flexible';
    employer_id: string | null;
    person_id: string | null;
    payer_name: string | null;
    region_code: string;
    amount_fen: string;
    reason: string;
    status: RefundStatus;
    proposed_by: string;
    proposed_at: Date;
    decided_by: string | null;
    decided_at: Date | null;
    decision_note: string | null;
    entry_id: string | null;
  }>`
    SELECT r.*, coalesce(e.name, p.name) AS payer_name
      FROM refunds r
      LEFT JOIN employers e ON e.id = r.employer_id
      LEFT JOIN agencies ea ON ea.id = e.agency_id
      LEFT JOIN persons p ON p.person_id = r.person_id
      LEFT JOIN agencies pa ON pa.id = p.agency_id
     WHERE (ea.path LIKE ${path} OR pa.path LIKE ${path}
            OR (r.person_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM employments m JOIN employers me ON me.id = m.employer_id
                    JOIN agencies ma ON ma.id = me.agency_id
                   WHERE m.person_id = r.person_id AND ma.path LIKE ${path})))
       AND (${filter.status ?? null}::text IS NULL OR r.status = ${filter.status ?? null})
       AND (${filter.id ?? null}::bigint IS NULL OR r.id = ${filter.id ?? null})
     ORDER BY r.id DESC
     LIMIT 200`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    refundNo: r.refund_no,
    payerKind: r.payer_kind,
    employerId: r.employer_id === null ? null : Number(r.employer_id),
    personId: r.person_id === null ? null : Number(r.person_id),
    payerName: r.payer_name,
    regionCode: r.region_code,
    amount: decimal(Number(r.amount_fen)),
    reason: r.reason,
    status: r.status,
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
