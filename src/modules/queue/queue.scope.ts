/** Finding halls, windows and tickets, and refusing those outside the caller's agency subtree. */
import type { Executor } from '../../db/connection.ts';
import { common } from '../../kernel/rejection.ts';
import type { StaffActor } from '../auth/index.ts';
import { inSubtree } from '../org/index.ts';
import { rejectQueue } from './queue.rejections.ts';
import * as repo from './queue.repository.ts';

/** A hall anyone may see (kiosk, display); unknown ids are refused. */
export async function publicPoint(db: Executor, id: number): Promise<repo.PointRow> {
  const point = await repo.findPoint(db, id);
  if (!point) throw rejectQueue('queue_service_point_not_found');
  return point;
}

/** A hall in the staff member's subtree. */
export async function pointInScope(db: Executor, actor: StaffActor, id: number): Promise<repo.PointRow> {
  const point = await publicPoint(db, id);
  if (!inSubtree(point.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return point;
}

/** A window in the staff member's subtree; locked when `forUpdate`. */
export async function windowInScope(
  db: Executor,
  actor: StaffActor,
  id: number,
  forUpdate = false,
): Promise<repo.WindowRow> {
  const window = await repo.findWindow(db, id, forUpdate);
  if (!window) throw rejectQueue('queue_window_not_found');
  if (!inSubtree(window.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return window;
}

/** A ticket in the staff member's subtree; locked when `forUpdate`. */
export async function ticketInScope(
  db: Executor,
  actor: StaffActor,
  id: number,
  forUpdate = false,
): Promise<repo.TicketRow> {
  const ticket = await repo.findTicket(db, id, forUpdate);
  if (!ticket) throw rejectQueue('ticket_not_found');
  if (!inSubtree(ticket.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return ticket;
}
