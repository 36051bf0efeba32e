/** Use cases of evaluation: rate a finished case, open and work call-back tasks, local settings. */
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { dateOfInstant, today as todayOf, type CalendarDate } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import type { CaseSummary } from '../cases/index.ts';
import { itemNames } from '../catalog/index.ts';
import {
  SETTING_KEYS,
  type CallbackResult,
  type CallbackTask,
  type CallbackTaskDetail,
  type EvaluationSettings,
  type Rating,
  type RatingInput,
} from './evaluation.model.ts';
import { rejectEvaluation } from './evaluation.rejections.ts';
import * as repo from './evaluation.repository.ts';
import {
  callbackLateness,
  isPoor,
  nextCallbackStatus,
  ratingStillOpen,
  scoreOf,
  type CallbackAction,
} from './evaluation.rules.ts';
import { inSubtree } from '../org/index.ts';

const calendar = nationalWorkingDays;

/** Who gives a rating: the applicant's public account, or an anonymous caller who proved the pair. */
export interface Rater {
  readonly kind: 'person' | 'employer' | 'anonymous';
  readonly publicAccountId: number | null;
}

/** The finish day of a case in China time, or a refusal when it is still running. */
function finishedOn(summary: CaseSummary): CalendarDate {
  if (summary.completedAt === null) throw rejectEvaluation('rating_case_not_completed');
  return dateOfInstant(new Date(summary.completedAt));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Rates a finished case; a 差评 opens a call-back task in the same transaction. */
export async function rateCase(
  ctx: AppContext,
  who: AuditActor,
  summary: CaseSummary,
  rater: Rater,
  input: RatingInput,
): Promise<Rating> {
  const finished = finishedOn(summary);
  const settings = await repo.loadSettings(ctx.db);
  const today = todayOf(ctx.clock);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const existing = await repo.ratingsOfCase(trx, summary.id);
      if (existing.some((r) => r.kind === input.kind)) throw rejectEvaluation('rating_already_given');
      let task: Awaited<ReturnType<typeof repo.taskOfCase>> = null;
      if (input.kind === 'initial') {
        if (!ratingStillOpen(finished, today, settings.ratingOpenDays)) throw rejectEvaluation('rating_period_over');
      } else {
        task = await repo.taskOfCase(trx, summary.id);
        if (!task || task.status !== 'closed' || task.closed_at === null)
          throw rejectEvaluation('rating_follow_up_not_open');
        if (!ratingStillOpen(dateOfInstant(task.closed_at), today, settings.ratingOpenDays))
          throw rejectEvaluation('rating_period_over');
      }
      const now = ctx.clock.now();
      const poor = isPoor(input.overall);
      const window = input.channel === 'window' ? input : null;
      const row = await trx
        .insertInto('ratings')
        .values({
          case_id: summary.id,
          case_number: summary.caseNumber,
          item_code: summary.itemCode,
          agency_id: summary.agencyId,
          kind: input.kind,
          channel: input.channel,
          overall: scoreOf(input.overall),
          efficiency: window ? scoreOf(window.efficiency) : null,
          competence: window ? scoreOf(window.competence) : null,
          attitude: window ? scoreOf(window.attitude) : null,
          comment: input.comment?.trim() || null,
          poor,
          rater_kind: rater.kind,
          public_account_id: rater.publicAccountId,
          rated_at: now,
          rated_on: today,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, ctx.clock, who, {
        action: 'rating.create',
        entity: 'case',
        entityId: summary.id,
        details: { caseNumber: summary.caseNumber, ratingId: row.id, kind: input.kind, overall: input.overall, poor },
      });
      if (input.kind === 'initial' && poor) await openTask(ctx, trx, who, summary, row.id, settings, today, now);
      if (task) {
        await trx
          .updateTable('callback_tasks')
          .set({ follow_up_rating_id: row.id })
          .where('id', '=', task.id)
          .execute();
        await repo.addEvent(trx, { taskId: task.id, at: now, kind: 'follow_up', staff: null, result: input.overall });
      }
      return repo.toRating(row);
    });
  } catch (error) {
    // Two submissions racing past the check meet the UNIQUE (case_id, kind) constraint.
    if (isUniqueViolation(error)) throw rejectEvaluation('rating_already_given');
    throw error;
  }
}

async function openTask(
  ctx: AppContext,
  trx: Parameters<typeof repo.addEvent>[0],
  who: AuditActor,
  summary: CaseSummary,
  ratingId: number,
  settings: EvaluationSettings,
  today: CalendarDate,
  now: Date,
): Promise<void> {
  const callback = calendar.deadline(today, settings.callbackDeadlineWorkdays);
  const rectify = calendar.deadline(today, settings.rectifyDeadlineWorkdays);
  const assignees = await repo.nearestSupervisors(trx, summary.agencyId);
  const task = await trx
    .insertInto('callback_tasks')
    .values({
      rating_id: ratingId,
      case_id: summary.id,
      case_number: summary.caseNumber,
      item_code: summary.itemCode,
      agency_id: summary.agencyId,
      opened_at: now,
      callback_due_on: callback.dueOn,
      rectify_due_on: rectify.dueOn,
      deadlines_provisional: callback.provisional || rectify.provisional,
      callback_workdays: settings.callbackDeadlineWorkdays,
      rectify_workdays: settings.rectifyDeadlineWorkdays,
      assignees: JSON.stringify(assignees),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await repo.addEvent(trx, { taskId: task.id, at: now, kind: 'opened', staff: null });
  await appendAudit(trx, ctx.clock, who, {
    action: 'callback.open',
    entity: 'callback_task',
    entityId: task.id,
    details: {
      caseNumber: summary.caseNumber,
      ratingId,
      callbackDueOn: callback.dueOn,
      rectifyDueOn: rectify.dueOn,
      assignees: assignees.map((a) => a.id),
    },
  });
}

/** What the applicant sees about the ratings of their case. */
export async function publicRatingView(ctx: AppContext, summary: CaseSummary) {
  const ratings = (await repo.ratingsOfCase(ctx.db, summary.id)).map(repo.toRating);
  const task = await repo.taskOfCase(ctx.db, summary.id);
  const settings = await repo.loadSettings(ctx.db);
  const today = todayOf(ctx.clock);
  const initial = ratings.find((r) => r.kind === 'initial') ?? null;
  const followUp = ratings.find((r) => r.kind === 'follow_up') ?? null;
  const names = await itemNames(ctx.db, [summary.itemCode]);
  const canRate =
    initial === null &&
    summary.completedAt !== null &&
    ratingStillOpen(dateOfInstant(new Date(summary.completedAt)), today, settings.ratingOpenDays);
  const canRateFollowUp =
    followUp === null &&
    task?.status === 'closed' &&
    task.closed_at !== null &&
    ratingStillOpen(dateOfInstant(task.closed_at), today, settings.ratingOpenDays);
  return {
    caseNumber: summary.caseNumber,
    itemName: names.get(summary.itemCode) ?? null,
    completedAt: summary.completedAt,
    canRate,
    canRateFollowUp,
    initial,
    followUp,
    callback: task
      ? {
          status: task.status,
          calledBackAt: task.called_back_at?.toISOString() ?? null,
          rectifiedAt: task.rectified_at?.toISOString() ?? null,
          closedAt: task.closed_at?.toISOString() ?? null,
          rectificationNote: task.rectification_note,
        }
      : null,
  };
}

async function toTasks(
  ctx: AppContext,
  rows: ReadonlyArray<Omit<repo.TaskRow, 'agency_path'> & { agency_name: string }>,
): Promise<CallbackTask[]> {
  const ratingIds = rows.flatMap((r) => [r.rating_id, ...(r.follow_up_rating_id ? [r.follow_up_rating_id] : [])]);
  const ratings = new Map((await repo.ratingsByIds(ctx.db, ratingIds)).map((r) => [r.id, repo.toRating(r)]));
  const names = await itemNames(
    ctx.db,
    rows.map((r) => r.item_code),
  );
  const today = todayOf(ctx.clock);
  return rows.map((r) => {
    const lateness = callbackLateness(
      { status: r.status, callbackDueOn: r.callback_due_on, rectifyDueOn: r.rectify_due_on },
      today,
    );
    return {
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      itemCode: r.item_code,
      itemName: names.get(r.item_code) ?? null,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      status: r.status,
      rating: ratings.get(r.rating_id)!,
      followUp: r.follow_up_rating_id ? (ratings.get(r.follow_up_rating_id) ?? null) : null,
      openedAt: r.opened_at.toISOString(),
      callbackDueOn: r.callback_due_on,
      rectifyDueOn: r.rectify_due_on,
      deadlinesProvisional: r.deadlines_provisional,
      ...lateness,
      assignees: r.assignees,
      calledBackAt: r.called_back_at?.toISOString() ?? null,
      callbackResult: r.callback_result,
      callbackNote: r.callback_note,
      rectifiedAt: r.rectified_at?.toISOString() ?? null,
      rectificationNote: r.rectification_note,
      closedAt: r.closed_at?.toISOString() ?? null,
      closeNote: r.close_note,
      version: r.version,
    };
  });
}

/** A page of call-back tasks in the actor's subtree. */
export async function listTasks(
  ctx: AppContext,
  actor: StaffActor,
  filter: {
    status?: repo.TaskFilter['status'];
    overdue?: boolean | undefined;
    mine?: boolean | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: CallbackTask[]; total: number }> {
  const { total, rows } = await repo.listTasks(ctx.db, {
    scopePath: actor.agencyPath,
    status: filter.status,
    overdueOn: filter.overdue ? todayOf(ctx.clock) : undefined,
    assigneeId: filter.mine ? actor.id : undefined,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  return { items: await toTasks(ctx, rows), total };
}

async function taskInScope(db: Executor, actor: StaffActor, id: number, forUpdate = false) {
  const row = await repo.findTask(db, id, forUpdate);
  if (!row) throw rejectEvaluation('callback_task_not_found');
  if (!inSubtree(row.agency_path, actor.agencyPath)) throw common.reject('out_of_scope');
  return row;
}

/** One task with its history. */
export async function getTask(ctx: AppContext, actor: StaffActor, id: number): Promise<CallbackTaskDetail> {
  const row = await taskInScope(ctx.db, actor, id);
  const [task] = await toTasks(ctx, [row]);
  return { ...task!, events: await repo.eventsOf(ctx.db, id) };
}

export interface CallbackStepInput {
  version: number;
  note: string;
  result?: CallbackResult | undefined;
}

/** Records a call-back, the rectification, or the closing of a task, in that order. */
export async function advanceTask(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  action: CallbackAction,
  input: CallbackStepInput,
): Promise<CallbackTaskDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const task = await taskInScope(trx, actor, id, true);
    if (task.version !== input.version) throw rejectEvaluation('callback_version_conflict', { current: task.version });
    const next = nextCallbackStatus(task.status, action);
    if (next === null) throw rejectEvaluation('callback_step_out_of_order', { status: task.status });
    const now = ctx.clock.now();
    const base = { status: next, version: task.version + 1 };
    if (action === 'callback') {
      await trx
        .updateTable('callback_tasks')
        .set({
          ...base,
          // The first attempt is what the call-back deadline is measured against.
          called_back_at: task.called_back_at ?? now,
          callback_result: input.result ?? null,
          callback_note: input.note,
          callback_by: actor.id,
        })
        .where('id', '=', id)
        .execute();
    } else if (action === 'rectify') {
      await trx
        .updateTable('callback_tasks')
        .set({ ...base, rectified_at: now, rectification_note: input.note, rectified_by: actor.id })
        .where('id', '=', id)
        .execute();
    } else {
      await trx
        .updateTable('callback_tasks')
        .set({ ...base, closed_at: now, close_note: input.note, closed_by: actor.id })
        .where('id', '=', id)
        .execute();
    }
    const kind = action === 'rectify' ? 'rectification' : action === 'close' ? 'closed' : 'callback';
    await repo.addEvent(trx, {
      taskId: id,
      at: now,
      kind,
      staff: actor,
      result: input.result ?? null,
      note: input.note,
    });
    const today = todayOf(ctx.clock);
    await appendAudit(trx, ctx.clock, who, {
      action: `callback.${action}`,
      entity: 'callback_task',
      entityId: id,
      details: {
        caseNumber: task.case_number,
        from: task.status,
        to: next,
        ...(input.result ? { result: input.result } : {}),
        late:
          action === 'callback'
            ? today > task.callback_due_on
            : action === 'rectify'
              ? today > task.rectify_due_on
              : undefined,
      },
    });
  });
  return getTask(ctx, actor, id);
}

/** A page of ratings in the actor's subtree. */
export async function listRatings(
  ctx: AppContext,
  actor: StaffActor,
  filter: Omit<repo.RatingFilter, 'scopePath' | 'limit' | 'offset'> & { page: number; pageSize: number },
) {
  const { page, pageSize, ...rest } = filter;
  const { total, rows } = await repo.listRatings(ctx.db, {
    ...rest,
    scopePath: actor.agencyPath,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map((r) => ({ ...repo.toRating(r), agencyName: r.agency_name })), total };
}

export const loadEvaluationSettings = repo.loadSettings;

/** Changes the local deadlines; tasks already open keep theirs. */
export async function updateSettings(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: Partial<EvaluationSettings>,
): Promise<EvaluationSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.loadSettings(trx);
    const now = ctx.clock.now();
    for (const [name, value] of Object.entries(input) as Array<[keyof EvaluationSettings, number | undefined]>) {
      if (value === undefined) continue;
      await trx
        .insertInto('evaluation_settings')
        .values({ key: SETTING_KEYS[name], value, updated_at: now, updated_by: actor.id })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: actor.id }))
        .execute();
    }
    const after = await repo.loadSettings(trx);
    await appendAudit(trx, ctx.clock, who, {
      action: 'evaluation.settings.update',
      entity: 'evaluation_settings',
      details: { before, after },
    });
    return after;
  });
}
