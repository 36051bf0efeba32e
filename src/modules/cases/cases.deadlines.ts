/**
 * Counting again the promised deadlines that were counted on the provisional calendar (decision
 * 34), once the State Council notice of a year they reach is loaded. Each case marked provisional
 * is counted on the calendar as it now stands (acceptance day, promised working days, completed
 * pauses); a change is written, recorded in the case's history and audited with the old and the
 * new date, and a date that moved on an open case is told to its owner and to the applicant.
 *
 * Batches of cases run in id order, each in its own transaction, so a large region never holds
 * the audit head for long; a run that stops half-way leaves the rest marked, and the next run
 * (every SLA sweep starts one) picks them up. Cases still provisional after the recount (their
 * deadline reaches a later year without a notice) stay marked and are counted again next time.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { WorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { sendMessage } from '../outbox/index.ts';
import { calendar as nationalCalendar, notifyApplicant } from './cases.lifecycle.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import { finishedWithinPromise, PROVISIONAL_NOTE, recountedDeadline } from './cases.rules.ts';

/** Cases recounted per transaction. */
const recountBatchSize = 200;

export interface DeadlineRecount {
  /** Provisional deadlines looked at. */
  readonly checked: number;
  /** Of those, the ones whose date moved. */
  readonly moved: number;
  /** Of those, the ones no longer provisional. */
  readonly settled: number;
}

/** Counts every provisional case deadline again on `calendar` (the national one by default). */
export async function recountCaseDeadlines(
  ctx: AppContext,
  who: AuditActor,
  calendar: WorkingDays = nationalCalendar,
): Promise<DeadlineRecount> {
  let total = { checked: 0, moved: 0, settled: 0 };
  for (let afterId = 0, more = true; more;) {
    const batch = await ctx.db.transaction().execute(async (trx) => {
      const records = await repo.lockProvisionalCases(trx, afterId, recountBatchSize);
      const pauses = await repo.completedPauses(
        trx,
        records.map((r) => r.id),
      );
      let moved = 0;
      let settled = 0;
      for (const record of records) {
        const outcome = await recountOne(trx, ctx, who, calendar, record, pauses.get(record.id) ?? []);
        if (outcome.moved) moved += 1;
        if (outcome.settled) settled += 1;
      }
      return { records, moved, settled };
    });
    total = {
      checked: total.checked + batch.records.length,
      moved: total.moved + batch.moved,
      settled: total.settled + batch.settled,
    };
    afterId = batch.records.at(-1)?.id ?? afterId;
    more = batch.records.length === recountBatchSize;
  }
  return total;
}

async function recountOne(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  calendar: WorkingDays,
  record: CaseRecord,
  pauses: ReadonlyArray<{ since: CalendarDate; resumedOn: CalendarDate }>,
): Promise<{ moved: boolean; settled: boolean }> {
  const before = record.due_on as CalendarDate;
  const now = ctx.clock.now();
  const deadline = recountedDeadline(calendar, record.accepted_on as CalendarDate, record.promised_days, pauses);
  const moved = deadline.dueOn !== before;
  if (!moved && deadline.provisional && deadline.pausedWorkdays === record.paused_workdays)
    return { moved: false, settled: false };
  const closed = record.finished_on !== null && record.within_promise !== null;
  await repo.updateCase(
    trx,
    record,
    {
      due_on: deadline.dueOn,
      due_on_provisional: deadline.provisional,
      paused_workdays: deadline.pausedWorkdays,
      ...(closed ? { within_promise: finishedWithinPromise(record.finished_on as CalendarDate, deadline.dueOn) } : {}),
    },
    now,
  );
  const change = { dueOnBefore: before, dueOn: deadline.dueOn, dueOnProvisional: deadline.provisional };
  await repo.addEvent(trx, who, now, record.id, 'deadline_recounted', null, null, change);
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.deadline_recount',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number, ...change },
  });
  const open = record.status === 'in_progress' || record.status === 'waiting_materials';
  if (moved && open) await tellOwners(trx, ctx, record, before, deadline);
  return { moved, settled: !deadline.provisional };
}

/** Tells the case owner (staff inbox) and the applicant that the promised date moved. */
async function tellOwners(
  trx: Trx,
  ctx: AppContext,
  record: CaseRecord,
  before: CalendarDate,
  deadline: { dueOn: CalendarDate; provisional: boolean },
): Promise<void> {
  const note = deadline.provisional ? PROVISIONAL_NOTE : { zh: '', en: '' };
  const moveZh = `承诺办结日期由${before}调整为${deadline.dueOn}${note.zh}`;
  const moveEn = `the promised date moved from ${before} to ${deadline.dueOn}${note.en}`;
  if (record.owner_staff_id !== null) {
    const owner = (await repo.staffNames(trx, [record.owner_staff_id])).get(record.owner_staff_id) ?? '';
    await sendMessage(trx, ctx, {
      channel: 'inbox',
      recipient: `staff:${record.owner_staff_id}`,
      recipientMasked: owner,
      purpose: 'case.deadline_moved',
      bodyZh: `【社保经办】按国务院办公厅节假日安排重新计算，您负责的办件${record.case_number}（${record.item_name_zh}）${moveZh}。`,
      bodyEn: `[Shebao] Counted again on the State Council's holiday arrangements, ${moveEn} for case ${record.case_number} (${record.item_name_en}), which you own.`,
      correlation: `case-owner:${record.case_number}`,
    });
  }
  await notifyApplicant(trx, ctx, record, {
    purpose: 'case.deadline_moved',
    bodyZh: `【社保经办】按国务院办公厅节假日安排重新计算，您的${record.item_name_zh}（办件编号${record.case_number}）${moveZh}。`,
    bodyEn: `[Shebao] Counted again on the State Council's holiday arrangements, ${moveEn} for your ${record.item_name_en} (case ${record.case_number}).`,
  });
}
