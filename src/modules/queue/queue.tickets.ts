/** Use cases of tickets: take one at the kiosk, call, recall, no-show, start, finish, link a case. */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { today } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import type { Announcement, TakenTicket, Ticket } from './queue.model.ts';
import { rejectQueue } from './queue.rejections.ts';
import * as repo from './queue.repository.ts';
import {
  announcementText,
  hoursOn,
  issuingAt,
  refuseCaseLink,
  refuseTicketAction,
  ticketCode,
  type TicketAction,
} from './queue.rules.ts';
import { inSubtree } from '../org/index.ts';
import { publicPoint, ticketInScope, windowInScope } from './queue.scope.ts';
import { estimator } from './queue.views.ts';

/** Issues the next number of a category at an open hall during its hours (the kiosk). */
export async function takeTicket(
  ctx: AppContext,
  who: AuditActor,
  pointId: number,
  categoryId: number,
): Promise<TakenTicket> {
  const now = ctx.clock.now();
  const day = today(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const point = await publicPoint(trx, pointId);
    if (point.status !== 'active') throw rejectQueue('queue_service_point_closed');
    const category = await repo.findCategory(trx, categoryId);
    if (!category || category.service_point_id !== pointId) throw rejectQueue('queue_category_not_found');
    if (category.status !== 'active') throw rejectQueue('queue_category_closed');
    const todayHours = hoursOn(day, point.opening_hours);
    if (!issuingAt(now, todayHours)) throw rejectQueue('queue_outside_opening_hours', { day, todayHours });
    const number = await repo.nextNumber(trx, category.id, day);
    if (number === null) throw rejectQueue('queue_category_day_full');
    const code = ticketCode(category.letter, number);
    const row = await trx
      .insertInto('queue_tickets')
      .values({ service_point_id: pointId, category_id: category.id, day, number, code, taken_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'queue.ticket.take',
      entity: 'queue_ticket',
      entityId: row.id,
      details: { servicePointId: pointId, code, day },
    });
    const categories = await repo.categoriesOf(trx, pointId, day);
    const waitingAhead = (categories.find((c) => c.id === category.id)?.waiting ?? 1) - 1;
    const estimate = await estimator(trx, pointId, categories, now);
    return {
      ticket: {
        id: row.id,
        code,
        categoryId: category.id,
        letter: category.letter,
        categoryNameZh: category.name_zh,
        categoryNameEn: category.name_en,
        day,
        takenAt: now.toISOString(),
      },
      waitingAhead,
      estimatedWaitMinutes: estimate(category.id, waitingAhead),
      servicePoint: { id: point.id, name: point.name },
    };
  });
}

/** A ticket acted on, with what the hall display announces (a call or a recall at a window). */
export interface TicketOutcome {
  readonly ticket: Ticket;
  readonly announcement: Announcement | null;
}

/** A call of the next ticket: none when nobody waits. */
export interface CallOutcome {
  readonly ticket: Ticket | null;
  readonly announcement: Announcement | null;
}

function announce(ticket: Ticket, window: repo.WindowRow, recall: boolean): Announcement {
  return {
    code: ticket.code,
    windowNumber: window.number,
    windowName: window.name,
    recall,
    calledAt: ticket.lastCalledAt!,
    ...announcementText(ticket.code, window.number),
  };
}

/**
 * Calls the oldest of today's waiting tickets the window serves. The window row is locked, so one
 * window calls one ticket at a time; the ticket is taken with SKIP LOCKED, so two windows never
 * call the same one.
 */
export async function callNext(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  windowId: number,
): Promise<CallOutcome> {
  const now = ctx.clock.now();
  const day = today(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const window = await windowInScope(trx, actor, windowId, true);
    if (window.status !== 'active' || window.point_status !== 'active') throw rejectQueue('queue_window_closed');
    const current = await repo.currentOfWindow(trx, windowId, day);
    if (current) throw rejectQueue('queue_window_busy', { ticketId: current.id, code: current.code });
    const explicit = (await repo.windowCategoryIds(trx, [windowId])).get(windowId) ?? null;
    const ticketId = await repo.lockOldestWaiting(trx, window.service_point_id, day, explicit);
    if (ticketId === undefined) return { ticket: null, announcement: null };
    await trx
      .updateTable('queue_tickets')
      .set({ status: 'called', called_at: now, last_called_at: now, window_id: windowId, called_by: actor.id })
      .where('id', '=', ticketId)
      .execute();
    const ticket = repo.toTicket((await repo.findTicket(trx, ticketId))!);
    await appendAudit(trx, ctx.clock, who, {
      action: 'queue.ticket.call',
      entity: 'queue_ticket',
      entityId: ticketId,
      details: { code: ticket.code, windowId, waitSeconds: ticket.waitSeconds },
    });
    return { ticket, announcement: announce(ticket, window, false) };
  });
}

const ACTION_AUDIT: Record<TicketAction, string> = {
  recall: 'queue.ticket.recall',
  no_show: 'queue.ticket.no_show',
  start: 'queue.ticket.start',
  finish: 'queue.ticket.finish',
};

/** Recalls (重呼), marks no-show (过号), starts or finishes a ticket in the caller's subtree. */
export async function actOnTicket(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  ticketId: number,
  action: TicketAction,
): Promise<TicketOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ticketInScope(trx, actor, ticketId, true);
    const refusal = refuseTicketAction(
      { status: row.status, day: row.day, recallCount: row.recall_count },
      action,
      today(ctx.clock),
    );
    if (refusal) throw rejectQueue(refusal, { status: row.status, day: row.day });
    const update = trx.updateTable('queue_tickets').where('id', '=', ticketId);
    if (action === 'recall')
      await update.set({ last_called_at: now, recall_count: sql<number>`recall_count + 1` }).execute();
    else if (action === 'no_show') await update.set({ status: 'no_show', no_show_at: now }).execute();
    else if (action === 'start') await update.set({ status: 'serving', service_started_at: now }).execute();
    else await update.set({ status: 'done', finished_at: now, finished_by: actor.id }).execute();
    const ticket = repo.toTicket((await repo.findTicket(trx, ticketId))!);
    await appendAudit(trx, ctx.clock, who, {
      action: ACTION_AUDIT[action],
      entity: 'queue_ticket',
      entityId: ticketId,
      details: { code: ticket.code, windowId: ticket.windowId, serviceSeconds: ticket.serviceSeconds },
    });
    if (action !== 'recall' || row.window_id === null) return { ticket, announcement: null };
    const window = (await repo.findWindow(trx, row.window_id))!;
    return { ticket, announcement: announce(ticket, window, true) };
  });
}

/**
 * Links the case opened for a ticket, in the caller's transaction (contract of the cases module).
 * Linking the same case again changes nothing; a staff member may link only tickets of their subtree.
 */
export async function attachCaseToTicket(
  trx: Trx,
  ctx: AppContext,
  ticketId: number,
  caseId: number,
  who: AuditActor,
): Promise<void> {
  const row = await repo.findTicket(trx, ticketId, true);
  if (!row) throw rejectQueue('ticket_not_found');
  if (who.kind === 'staff' && who.agencyId !== null) {
    const agency = await trx.selectFrom('agencies').select('path').where('id', '=', who.agencyId).executeTakeFirst();
    if (!agency || !inSubtree(row.path, agency.path)) throw common.reject('out_of_scope');
  }
  const refusal = refuseCaseLink({ status: row.status, caseId: row.case_id }, caseId);
  if (refusal === 'same') return;
  if (refusal) throw rejectQueue(refusal, { ticketId, caseId: row.case_id });
  await trx.updateTable('queue_tickets').set({ case_id: caseId }).where('id', '=', ticketId).execute();
  await appendAudit(trx, ctx.clock, who, {
    action: 'queue.ticket.attach_case',
    entity: 'queue_ticket',
    entityId: ticketId,
    details: { code: row.code, caseId },
  });
}
