/**
 * Counting again the call-back and rectification deadlines of tasks counted on the provisional
 * calendar (decision 32), once the notice of a year they reach is loaded: from the day the task
 * opened, with the working days it was opened with. A change is written and audited with the old
 * and the new dates; a date that moved on a task still open is told to its assignees. Batches run
 * in id order, each in its own transaction; what a crash leaves marked the next run picks up.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { type CalendarDate, dateOfInstant } from '../../kernel/calendar-date.ts';
import { nationalWorkingDays, type WorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { sendMessage } from '../outbox/index.ts';
import type { EvaluationSettings } from './evaluation.model.ts';
import * as repo from './evaluation.repository.ts';

/** Tasks recounted per transaction. */
const recountBatchSize = 200;

type TaskRow = Awaited<ReturnType<typeof repo.lockProvisionalTasks>>[number];

/** Counts every provisional call-back task deadline again on `calendar` (the national one by default). */
export async function recountCallbackDeadlines(
  ctx: AppContext,
  who: AuditActor,
  calendar: WorkingDays = nationalWorkingDays,
): Promise<{ checked: number; moved: number; settled: number }> {
  const settings = await repo.loadSettings(ctx.db);
  const total = { checked: 0, moved: 0, settled: 0 };
  for (let afterId = 0, more = true; more;) {
    const tasks = await ctx.db.transaction().execute(async (trx) => {
      const rows = await repo.lockProvisionalTasks(trx, afterId, recountBatchSize);
      for (const task of rows) {
        const outcome = await recountOne(trx, ctx, who, calendar, settings, task);
        total.moved += outcome.moved ? 1 : 0;
        total.settled += outcome.settled ? 1 : 0;
      }
      return rows;
    });
    total.checked += tasks.length;
    afterId = tasks.at(-1)?.id ?? afterId;
    more = tasks.length === recountBatchSize;
  }
  return total;
}

async function recountOne(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  calendar: WorkingDays,
  settings: EvaluationSettings,
  task: TaskRow,
): Promise<{ moved: boolean; settled: boolean }> {
  const openedOn = dateOfInstant(task.opened_at);
  const callback = calendar.deadline(openedOn, task.callback_workdays ?? settings.callbackDeadlineWorkdays);
  const rectify = calendar.deadline(openedOn, task.rectify_workdays ?? settings.rectifyDeadlineWorkdays);
  const provisional = callback.provisional || rectify.provisional;
  const moved = callback.dueOn !== task.callback_due_on || rectify.dueOn !== task.rectify_due_on;
  if (!moved && provisional) return { moved: false, settled: false };
  await trx
    .updateTable('callback_tasks')
    .set({
      callback_due_on: callback.dueOn,
      rectify_due_on: rectify.dueOn,
      deadlines_provisional: provisional,
      version: task.version + 1,
    })
    .where('id', '=', task.id)
    .execute();
  const change = {
    callbackDueOnBefore: task.callback_due_on,
    callbackDueOn: callback.dueOn,
    rectifyDueOnBefore: task.rectify_due_on,
    rectifyDueOn: rectify.dueOn,
    provisional,
  };
  await appendAudit(trx, ctx.clock, who, {
    action: 'callback.deadline_recount',
    entity: 'callback_task',
    entityId: task.id,
    details: { caseNumber: task.case_number, ...change },
  });
  if (moved && task.status !== 'closed') await tellAssignees(trx, ctx, task, callback.dueOn, rectify.dueOn);
  return { moved, settled: !provisional };
}

/** Tells each assignee of an open task its new deadlines (staff inbox). */
async function tellAssignees(
  trx: Trx,
  ctx: AppContext,
  task: TaskRow,
  callbackDueOn: CalendarDate,
  rectifyDueOn: CalendarDate,
): Promise<void> {
  for (const assignee of task.assignees) {
    await sendMessage(trx, ctx, {
      channel: 'inbox',
      recipient: `staff:${assignee.id}`,
      recipientMasked: assignee.displayName,
      purpose: 'callback.deadline_moved',
      bodyZh: `【社保经办】按国务院办公厅节假日安排重新计算，办件${task.case_number}差评回访期限调整为${callbackDueOn}，整改期限调整为${rectifyDueOn}。`,
      bodyEn: `[Shebao] Counted again on the State Council's holiday arrangements, the call-back for case ${task.case_number} is now due ${callbackDueOn} and the rectification ${rectifyDueOn}.`,
      correlation: `callback:${task.id}`,
    });
  }
}
