/** Use cases of the catalogue: read the tree and the guides, change items as new versions, disclose. */
import type { AppContext } from '../../app-context.ts';
import type { Executor } from '../../db/connection.ts';
import { parseCalendarDate, today as todayOf, type CalendarDate } from '../../kernel/calendar-date.ts';
import { systemClock } from '../../kernel/clock.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { Permission, StaffActor } from '../auth/index.ts';
import type { OpeningHours } from '../../db/schema.ts';
import type { Category, Channel, IntakeItem, Item, ItemContent, ItemVersion, Text } from './catalog.model.ts';
import { rejectCatalog } from './catalog.rejections.ts';
import * as repo from './catalog.repository.ts';
import {
  changeDateFits,
  contentProblem,
  disclosureDateFits,
  disclosureDueOn,
  disclosureStatus,
  guideElements,
  versionInForce,
  workingDaysOverdue,
  type GuideElement,
} from './catalog.rules.ts';

const calendar = nationalWorkingDays;

function toVersion(row: repo.VersionRow, today: CalendarDate): ItemVersion {
  const dueOn = disclosureDueOn(calendar, row.changed_on as CalendarDate);
  return {
    ...repo.contentOf(row),
    version: row.version,
    changedOn: row.changed_on,
    changeNote: { zh: row.change_note_zh, en: row.change_note_en },
    disclosedOn: row.disclosed_on,
    disclosureDueOn: dueOn,
    disclosureStatus: disclosureStatus(row.disclosed_on, dueOn, today),
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: row.recorded_by_name,
  };
}

function toItem(row: repo.ItemRow, versions: repo.VersionRow[], today: CalendarDate): Item & { inForce: boolean } {
  const mine = versions.filter((v) => v.item_id === row.id);
  const inForce = versionInForce(
    mine.map((v) => ({ version: v.version, changedOn: v.changed_on, row: v })),
    today,
  );
  // An item whose first version has not taken effect yet shows that version, marked not in force.
  const current = inForce?.row ?? mine[mine.length - 1]!;
  return {
    id: row.id,
    code: row.code,
    categoryCode: row.category_code,
    sort: row.sort,
    status: row.status,
    withdrawnOn: row.withdrawn_on,
    withdrawnReason: row.withdrawn_reason,
    currentVersion: current.version,
    latestVersion: row.latest_version,
    inForce: inForce !== null,
    current: toVersion(current, today),
  };
}

/** Items for the staff list, optionally only those whose disclosure is overdue or pending. */
export async function listItems(
  ctx: AppContext,
  filter: {
    status: 'active' | 'withdrawn' | 'all';
    disclosure?: 'overdue' | 'pending' | undefined;
    q?: string | undefined;
  },
): Promise<Array<Item & { inForce: boolean }>> {
  const today = todayOf(ctx.clock);
  const rows = await repo.listItemRows(ctx.db, filter.status);
  const versions = await repo.versionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const q = filter.q?.trim().toLowerCase();
  return rows
    .map((r) => toItem(r, versions, today))
    .filter((item) => !filter.disclosure || item.current.disclosureStatus === filter.disclosure)
    .filter(
      (item) =>
        !q ||
        item.code.includes(q) ||
        item.current.name.zh.includes(q) ||
        item.current.name.en.toLowerCase().includes(q),
    );
}

/** One item with all its versions, newest first. */
export async function getItem(
  ctx: AppContext,
  code: string,
): Promise<Item & { inForce: boolean; versions: ItemVersion[] }> {
  const row = await repo.findItem(ctx.db, code);
  if (!row) throw rejectCatalog('catalog_item_not_found');
  const versions = await repo.versionsOf(ctx.db, [row.id]);
  const today = todayOf(ctx.clock);
  return { ...toItem(row, versions, today), versions: versions.map((v) => toVersion(v, today)) };
}

/** Creates a top-level category (一级). */
export async function createCategory(
  ctx: AppContext,
  who: AuditActor,
  input: { code: string; name: Text; sort: number },
): Promise<Category> {
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.findCategory(trx, input.code)) throw rejectCatalog('catalog_code_taken');
    await trx
      .insertInto('catalog_categories')
      .values({
        code: input.code,
        name_zh: input.name.zh,
        name_en: input.name.en,
        sort: input.sort,
        created_at: ctx.clock.now(),
      })
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'catalog.category.create',
      entity: 'catalog_category',
      entityId: input.code,
      details: { name: input.name, sort: input.sort },
    });
    return { code: input.code, name: input.name, sort: input.sort, items: [] };
  });
}

function checkContent(content: ItemContent): void {
  const problem = contentProblem(content);
  if (problem) throw rejectCatalog(problem);
}

export interface NewItem {
  code: string;
  categoryCode: string;
  sort: number;
  changedOn: string;
  changeNote: Text;
  content: ItemContent;
}

/** Creates an item with its first version. */
export async function createItem(ctx: AppContext, actor: StaffActor, who: AuditActor, input: NewItem) {
  checkContent(input.content);
  const changedOn = parseCalendarDate(input.changedOn);
  if (!changeDateFits(calendar, changedOn, null)) throw rejectCatalog('catalog_change_date_invalid');
  await ctx.db.transaction().execute(async (trx) => {
    const category = await repo.findCategory(trx, input.categoryCode);
    if (!category) throw rejectCatalog('catalog_category_not_found');
    if (await repo.findItem(trx, input.code)) throw rejectCatalog('catalog_code_taken');
    const now = ctx.clock.now();
    const item = await trx
      .insertInto('catalog_items')
      .values({ code: input.code, category_id: category.id, sort: input.sort, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('catalog_item_versions')
      .values({
        item_id: item.id,
        version: 1,
        ...repo.contentColumns(input.content),
        changed_on: changedOn,
        change_note_zh: input.changeNote.zh,
        change_note_en: input.changeNote.en,
        recorded_at: now,
        recorded_by: actor.id,
      })
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'catalog.item.create',
      entity: 'catalog_item',
      entityId: input.code,
      details: { version: 1, changedOn, category: input.categoryCode, name: input.content.name },
    });
  });
  return getItem(ctx, input.code);
}

/** Keys of the content whose value differs between two versions (for the audit entry). */
function changedKeys(before: ItemContent, after: ItemContent): string[] {
  return (Object.keys(after) as Array<keyof ItemContent>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

export interface ItemChange {
  expectedVersion: number;
  changedOn: string;
  changeNote: Text;
  categoryCode?: string | undefined;
  sort?: number | undefined;
  content: ItemContent;
}

/** Records a change of an item as a new version; older versions stay for the cases opened under them. */
export async function changeItem(ctx: AppContext, actor: StaffActor, who: AuditActor, code: string, input: ItemChange) {
  checkContent(input.content);
  const changedOn = parseCalendarDate(input.changedOn);
  await ctx.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, code, true);
    if (!item) throw rejectCatalog('catalog_item_not_found');
    if (item.status === 'withdrawn') throw rejectCatalog('catalog_item_withdrawn');
    if (item.latest_version !== input.expectedVersion)
      throw rejectCatalog('catalog_version_conflict', { latest: item.latest_version });
    const previous = await repo.findVersion(trx, item.id, item.latest_version);
    if (!previous) throw new Error(`item ${code} lost its version ${item.latest_version}`);
    if (!changeDateFits(calendar, changedOn, previous.changed_on as CalendarDate))
      throw rejectCatalog('catalog_change_date_invalid', { previousChangedOn: previous.changed_on });
    let categoryId = item.category_id;
    if (input.categoryCode !== undefined) {
      const category = await repo.findCategory(trx, input.categoryCode);
      if (!category) throw rejectCatalog('catalog_category_not_found');
      categoryId = category.id;
    }
    const version = item.latest_version + 1;
    const now = ctx.clock.now();
    await trx
      .insertInto('catalog_item_versions')
      .values({
        item_id: item.id,
        version,
        ...repo.contentColumns(input.content),
        changed_on: changedOn,
        change_note_zh: input.changeNote.zh,
        change_note_en: input.changeNote.en,
        recorded_at: now,
        recorded_by: actor.id,
      })
      .execute();
    await trx
      .updateTable('catalog_items')
      .set({ latest_version: version, category_id: categoryId, sort: input.sort ?? item.sort, updated_at: now })
      .where('id', '=', item.id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'catalog.item.change',
      entity: 'catalog_item',
      entityId: code,
      details: {
        version,
        changedOn,
        changeNote: input.changeNote,
        changed: changedKeys(repo.contentOf(previous), input.content),
      },
    });
  });
  return getItem(ctx, code);
}

/** Withdraws an item: no new cases; its versions and the cases opened under them stay. */
export async function withdrawItem(
  ctx: AppContext,
  who: AuditActor,
  code: string,
  input: { reason: string; withdrawnOn: string },
) {
  const withdrawnOn = parseCalendarDate(input.withdrawnOn);
  const today = todayOf(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, code, true);
    if (!item) throw rejectCatalog('catalog_item_not_found');
    if (item.status === 'withdrawn') throw rejectCatalog('catalog_item_withdrawn');
    const versions = await repo.versionsOf(trx, [item.id]);
    const inForce = versionInForce(
      versions.map((v) => ({ version: v.version, changedOn: v.changed_on })),
      today,
    );
    if (withdrawnOn > today || (inForce && withdrawnOn < inForce.changedOn))
      throw rejectCatalog('catalog_withdraw_date_invalid');
    await trx
      .updateTable('catalog_items')
      .set({
        status: 'withdrawn',
        withdrawn_on: withdrawnOn,
        withdrawn_reason: input.reason,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', item.id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'catalog.item.withdraw',
      entity: 'catalog_item',
      entityId: code,
      details: { withdrawnOn, reason: input.reason },
    });
  });
  return getItem(ctx, code);
}

/** Records the day a version was published in the public guide. */
export async function recordDisclosure(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  code: string,
  version: number,
  input: { disclosedOn: string },
): Promise<ItemVersion> {
  const disclosedOn = parseCalendarDate(input.disclosedOn);
  const today = todayOf(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, code, true);
    if (!item) throw rejectCatalog('catalog_item_not_found');
    const row = await repo.findVersion(trx, item.id, version);
    if (!row) throw rejectCatalog('catalog_version_not_found');
    if (row.disclosed_on !== null) throw rejectCatalog('catalog_already_disclosed', { disclosedOn: row.disclosed_on });
    const recordedOn = todayOf({ now: () => row.recorded_at });
    if (!disclosureDateFits(disclosedOn, row.changed_on as CalendarDate, recordedOn, today))
      throw rejectCatalog('catalog_disclosure_date_invalid');
    await trx
      .updateTable('catalog_item_versions')
      .set({ disclosed_on: disclosedOn, disclosed_by: actor.id })
      .where('item_id', '=', item.id)
      .where('version', '=', version)
      .execute();
    const dueOn = disclosureDueOn(calendar, row.changed_on as CalendarDate);
    await appendAudit(trx, ctx.clock, who, {
      action: 'catalog.disclosure.record',
      entity: 'catalog_item',
      entityId: code,
      details: { version, disclosedOn, disclosureDueOn: dueOn, late: dueOn !== null && disclosedOn > dueOn },
    });
  });
  const row = await repo.findItem(ctx.db, code);
  const stored = await repo.findVersion(ctx.db, row!.id, version);
  return toVersion(stored!, today);
}

export interface OverdueDisclosure {
  code: string;
  name: Text;
  version: number;
  changedOn: string;
  disclosureDueOn: string;
  workingDaysOverdue: number;
}

/** Active items whose version in force is still undisclosed past its 20-working-day deadline. */
export async function overdueDisclosures(ctx: AppContext): Promise<{ asOf: string; items: OverdueDisclosure[] }> {
  const today = todayOf(ctx.clock);
  const items = await listItems(ctx, { status: 'active', disclosure: 'overdue' });
  return {
    asOf: today,
    items: items
      .filter((item) => item.inForce)
      .map((item) => ({
        code: item.code,
        name: item.current.name,
        version: item.current.version,
        changedOn: item.current.changedOn,
        disclosureDueOn: item.current.disclosureDueOn!,
        workingDaysOverdue: workingDaysOverdue(calendar, item.current.disclosureDueOn as CalendarDate, today),
      })),
  };
}

/** The public tree: active items in force, their current versions in brief. */
export async function publicCatalog(ctx: AppContext): Promise<{ categories: Category[] }> {
  const items = (await listItems(ctx, { status: 'active' })).filter((item) => item.inForce);
  const categories = await repo.listCategories(ctx.db);
  return {
    categories: categories
      .map((c) => ({
        code: c.code,
        name: { zh: c.name_zh, en: c.name_en },
        sort: c.sort,
        items: items
          .filter((item) => item.categoryCode === c.code)
          .map((item) => ({
            code: item.code,
            name: item.current.name,
            summary: item.current.summary,
            channels: item.current.channels,
            statutoryDays: item.current.statutoryDays,
            promisedDays: item.current.promisedDays,
            version: item.current.version,
            changedOn: item.current.changedOn,
          })),
      }))
      .filter((c) => c.items.length > 0),
  };
}

export interface ServiceGuide {
  code: string;
  category: { code: string; name: Text };
  version: number;
  changedOn: string;
  disclosedOn: string | null;
  item: ItemContent;
  elements: GuideElement[];
  servicePoints: Array<{
    name: string;
    agencyName: string;
    address: string;
    phone: string | null;
    openingHours: OpeningHours[];
  }>;
}

/** The service guide (服务指南) of an item's version in force: all 11 public elements. */
export async function serviceGuide(ctx: AppContext, code: string): Promise<ServiceGuide> {
  const row = await repo.findItem(ctx.db, code);
  if (!row || row.status !== 'active') throw rejectCatalog('catalog_item_not_found');
  const versions = await repo.versionsOf(ctx.db, [row.id]);
  const item = toItem(row, versions, todayOf(ctx.clock));
  if (!item.inForce) throw rejectCatalog('catalog_item_not_found');
  const category = await repo.findCategory(ctx.db, row.category_code);
  const halls = await repo.activeHalls(ctx.db);
  const { version, changedOn, disclosedOn } = item.current;
  const content = repo.contentOf(versions.find((v) => v.version === version)!);
  return {
    code,
    category: { code: row.category_code, name: { zh: category!.name_zh, en: category!.name_en } },
    version,
    changedOn,
    disclosedOn,
    item: content,
    elements: guideElements(content),
    servicePoints: halls.map((h) => ({
      name: h.name,
      agencyName: h.agency_name,
      address: h.address,
      phone: h.phone,
      openingHours: h.opening_hours,
    })),
  };
}

function toIntake(id: number, code: string, version: number, content: ItemContent): IntakeItem {
  return {
    id,
    code,
    version,
    nameZh: content.name.zh,
    nameEn: content.name.en,
    channels: [...content.channels],
    statutoryDays: content.statutoryDays,
    promisedDays: content.promisedDays,
    materials: content.materials.map((m) => ({
      code: m.code,
      nameZh: m.name.zh,
      nameEn: m.name.en,
      requirement: m.requirement,
      mediaTypes: [...m.mediaTypes],
      maxBytes: m.maxBytes,
    })),
    steps: content.steps.map((s) => ({
      code: s.code,
      nameZh: s.name.zh,
      nameEn: s.name.en,
      permission: s.permission as Permission,
    })),
    separatedSteps: content.separatedSteps.map(([a, b]) => [a, b] as [string, string]),
    basisZh: content.basis.zh,
    basisEn: content.basis.en,
    conditionsZh: content.conditions.zh,
    conditionsEn: content.conditions.en,
    module: content.module,
    workflow: content.workflow,
  };
}

/**
 * The version of an item in force, for opening a case. Pass `asOf` (today by the caller's clock);
 * without it the machine's date is used. Unknown or not yet in force: catalog_item_not_found;
 * withdrawn: catalog_item_withdrawn.
 */
export async function itemForIntake(db: Executor, code: string, asOf?: CalendarDate): Promise<IntakeItem> {
  const row = await repo.findItem(db, code);
  if (!row) throw rejectCatalog('catalog_item_not_found');
  if (row.status === 'withdrawn') throw rejectCatalog('catalog_item_withdrawn');
  const versions = await repo.versionsOf(db, [row.id]);
  const inForce = versionInForce(
    versions.map((v) => ({ version: v.version, changedOn: v.changed_on, row: v })),
    asOf ?? todayOf(systemClock),
  );
  if (!inForce) throw rejectCatalog('catalog_item_not_in_force');
  return toIntake(row.id, row.code, inForce.version, repo.contentOf(inForce.row));
}

/** A given version of an item (the one a case was opened under), withdrawn or not. */
export async function itemVersion(db: Executor, itemId: number, version: number): Promise<IntakeItem> {
  const row = await repo.findItemById(db, itemId);
  if (!row) throw rejectCatalog('catalog_item_not_found');
  const stored = await repo.findVersion(db, itemId, version);
  if (!stored) throw rejectCatalog('catalog_version_not_found');
  return toIntake(row.id, row.code, version, repo.contentOf(stored));
}

/** Names of items by code, from their latest versions (for lists in other modules). */
export async function itemNames(db: Executor, codes: readonly string[]): Promise<Map<string, Text>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('catalog_items')
    .innerJoin('catalog_item_versions', (join) =>
      join
        .onRef('catalog_item_versions.item_id', '=', 'catalog_items.id')
        .onRef('catalog_item_versions.version', '=', 'catalog_items.latest_version'),
    )
    .select(['catalog_items.code', 'catalog_item_versions.name_zh', 'catalog_item_versions.name_en'])
    .where('catalog_items.code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [r.code, { zh: r.name_zh, en: r.name_en }]));
}

/** Refuses a channel the item does not offer. */
export function assertChannelOffered(item: Pick<IntakeItem, 'channels'>, channel: string): void {
  if (!(item.channels as string[]).includes(channel)) throw rejectCatalog('catalog_channel_not_offered', { channel });
}

export type { Channel };
