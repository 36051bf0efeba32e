/**
 * The deferral agreements in force (缓缴协议) as terms: which periods of an employer accrue no
 * late fee until when. The payment allocation and the arrears view read them; proposing and
 * deciding agreements is the arrears' business (arrears.deferrals.ts).
 */
import type { Executor } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import type { Payer } from './collection.model.ts';
import type { DeferralTerm } from './collection.deferrals.rules.ts';

/** The agreements in force for employers (active, or completed: relief already earned), by employer. */
export async function deferralTermsOf(
  db: Executor,
  employerIds: readonly number[],
): Promise<Map<number, DeferralTerm[]>> {
  const map = new Map<number, DeferralTerm[]>();
  if (employerIds.length === 0) return map;
  const rows = await db
    .selectFrom('deferral_agreements')
    .select(['id', 'agreement_no', 'employer_id', 'from_period', 'to_period', 'pay_by', 'status'])
    .where('employer_id', 'in', employerIds)
    .where('status', 'in', ['active', 'completed'])
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = map.get(Number(r.employer_id)) ?? [];
    list.push({
      id: Number(r.id),
      agreementNo: r.agreement_no,
      fromPeriod: r.from_period as Period,
      toPeriod: r.to_period as Period,
      payBy: r.pay_by as CalendarDate,
      status: r.status as 'active' | 'completed',
    });
    map.set(Number(r.employer_id), list);
  }
  return map;
}

/**
 * The deferral terms of a payer, for the allocation when it charges late fees: pass
 * `deferredRanges(terms, period)` as `deferred` to `lateFee`. Flexible workers have none.
 */
export async function deferralsOf(db: Executor, payer: Payer): Promise<DeferralTerm[]> {
  if (payer.kind !== 'employer') return [];
  return (await deferralTermsOf(db, [payer.employerId])).get(payer.employerId) ?? [];
}
