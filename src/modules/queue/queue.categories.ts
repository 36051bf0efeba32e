/** Use cases of queue categories and of the categories each window serves; the demo seed. */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { QueueCategoryStatus } from '../../db/schema.ts';
import { today } from '../../kernel/calendar-date.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { DEFAULT_CATEGORIES, type QueueCategory, type WindowState } from './queue.model.ts';
import { rejectQueue } from './queue.rejections.ts';
import * as repo from './queue.repository.ts';
import { pointInScope, windowInScope } from './queue.scope.ts';
import { windowView } from './queue.views.ts';

export interface CategoryInput {
  letter: string;
  nameZh: string;
  nameEn: string;
  sort?: number | undefined;
}

async function insertCategory(trx: Trx, now: Date, pointId: number, input: CategoryInput): Promise<number> {
  const row = await trx
    .insertInto('queue_categories')
    .values({
      service_point_id: pointId,
      letter: input.letter,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      sort: input.sort ?? 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function lockedPoint(trx: Trx, actor: StaffActor, pointId: number) {
  const point = await pointInScope(trx, actor, pointId);
  // Locking the hall serialises category changes there, so a letter is checked and taken at once.
  await trx.selectFrom('service_points').select('id').where('id', '=', pointId).forUpdate().execute();
  if (point.status !== 'active') throw rejectQueue('queue_service_point_closed');
  return point;
}

async function reloadCategory(trx: Trx, ctx: AppContext, pointId: number, id: number) {
  const all = await repo.categoriesOf(trx, pointId, today(ctx.clock));
  return all.find((c) => c.id === id)!;
}

/** Adds a category to an open hall of the caller's subtree. */
export async function createCategory(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  pointId: number,
  input: CategoryInput,
): Promise<QueueCategory> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockedPoint(trx, actor, pointId);
    const taken = await trx
      .selectFrom('queue_categories')
      .select('id')
      .where('service_point_id', '=', pointId)
      .where('letter', '=', input.letter)
      .executeTakeFirst();
    if (taken) throw rejectQueue('queue_category_letter_taken');
    const id = await insertCategory(trx, ctx.clock.now(), pointId, input);
    await appendAudit(trx, ctx.clock, who, {
      action: 'queue.category.create',
      entity: 'queue_category',
      entityId: id,
      details: { servicePointId: pointId, letter: input.letter, nameZh: input.nameZh },
    });
    return reloadCategory(trx, ctx, pointId, id);
  });
}

/** Adds whichever of the default categories (A–D) the hall lacks; returns all its categories. */
export async function installDefaultCategories(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  pointId: number,
): Promise<QueueCategory[]> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockedPoint(trx, actor, pointId);
    const added = await addMissingDefaults(trx, ctx.clock.now(), pointId);
    for (const [letter, id] of added) {
      await appendAudit(trx, ctx.clock, who, {
        action: 'queue.category.create',
        entity: 'queue_category',
        entityId: id,
        details: { servicePointId: pointId, letter, default: true },
      });
    }
    return repo.categoriesOf(trx, pointId, today(ctx.clock));
  });
}

async function addMissingDefaults(trx: Trx, now: Date, pointId: number): Promise<Array<[string, number]>> {
  const existing = await trx
    .selectFrom('queue_categories')
    .select('letter')
    .where('service_point_id', '=', pointId)
    .execute();
  const letters = new Set(existing.map((c) => c.letter));
  const added: Array<[string, number]> = [];
  for (const category of DEFAULT_CATEGORIES.filter((c) => !letters.has(c.letter))) {
    added.push([category.letter, await insertCategory(trx, now, pointId, category)]);
  }
  return added;
}

/** Renames, re-sorts, closes or reopens a category; `version` guards against lost updates. */
export async function updateCategory(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: {
    version: number;
    nameZh?: string | undefined;
    nameEn?: string | undefined;
    sort?: number | undefined;
    status?: QueueCategoryStatus | undefined;
  },
): Promise<QueueCategory> {
  return ctx.db.transaction().execute(async (trx) => {
    const category = await repo.findCategory(trx, id, true);
    if (!category) throw rejectQueue('queue_category_not_found');
    await pointInScope(trx, actor, category.service_point_id);
    if (category.version !== input.version) throw rejectQueue('queue_version_conflict', { current: category.version });
    await trx
      .updateTable('queue_categories')
      .set({
        name_zh: input.nameZh ?? category.name_zh,
        name_en: input.nameEn ?? category.name_en,
        sort: input.sort ?? category.sort,
        status: input.status ?? category.status,
        version: category.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'queue.category.update',
      entity: 'queue_category',
      entityId: id,
      details: { changes: { ...input, version: undefined } },
    });
    return reloadCategory(trx, ctx, category.service_point_id, id);
  });
}

/** Sets the categories a window serves; an empty list means every category of its hall. */
export async function setWindowCategories(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  windowId: number,
  categoryIds: number[],
): Promise<WindowState> {
  const wanted = [...new Set(categoryIds)].sort((a, b) => a - b);
  await ctx.db.transaction().execute(async (trx) => {
    const window = await windowInScope(trx, actor, windowId, true);
    if (wanted.length > 0) {
      const rows = await trx
        .selectFrom('queue_categories')
        .select(['id', 'service_point_id'])
        .where('id', 'in', wanted)
        .execute();
      if (rows.length !== wanted.length) throw rejectQueue('queue_category_not_found');
      if (rows.some((r) => r.service_point_id !== window.service_point_id))
        throw rejectQueue('queue_category_other_point');
    }
    await trx.deleteFrom('queue_window_categories').where('window_id', '=', windowId).execute();
    if (wanted.length > 0)
      await trx
        .insertInto('queue_window_categories')
        .values(wanted.map((categoryId) => ({ window_id: windowId, category_id: categoryId })))
        .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'queue.window.categories',
      entity: 'service_window',
      entityId: windowId,
      details: { categoryIds: wanted },
    });
  });
  return windowView(ctx.db, ctx.clock, actor, windowId);
}

/** Which default letters a demo window serves, by its name; none listed means every category. */
function demoLetters(windowName: string): string[] {
  if (windowName.includes('咨询')) return ['D'];
  if (windowName.includes('参保登记')) return ['B'];
  if (windowName.includes('待遇')) return ['C'];
  return [];
}

/**
 * Demo seed: every open hall without categories gets the defaults, and specialised windows
 * (咨询, 参保登记, 待遇) serve their category only. Runs inside the seed's transaction.
 */
export async function seedQueueCategories(trx: Trx, now: Date): Promise<void> {
  const points = await trx.selectFrom('service_points').select('id').where('status', '=', 'active').execute();
  for (const point of points) {
    const added = new Map(await addMissingDefaults(trx, now, point.id));
    if (added.size !== DEFAULT_CATEGORIES.length) continue;
    for (const window of await repo.windowsOf(trx, point.id)) {
      const ids = demoLetters(window.name).map((letter) => added.get(letter)!);
      if (ids.length > 0)
        await trx
          .insertInto('queue_window_categories')
          .values(ids.map((categoryId) => ({ window_id: window.id, category_id: categoryId })))
          .execute();
    }
  }
}
