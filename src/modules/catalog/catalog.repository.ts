/** SQL of the service catalogue. */
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { CatalogItemTable, CatalogItemVersionTable } from '../../db/schema.ts';
import type { Channel, ItemContent, MediaType, StepPermission, Text } from './catalog.model.ts';

export type ItemRow = Selectable<CatalogItemTable> & { category_code: string };
export type VersionRow = Selectable<CatalogItemVersionTable> & { recorded_by_name: string | null };

const text = (zh: string, en: string): Text => ({ zh, en });
const maybe = (zh: string | null, en: string | null): Text | null => (zh === null || en === null ? null : { zh, en });

/** The versioned content of a stored version. */
export function contentOf(row: Selectable<CatalogItemVersionTable>): ItemContent {
  return {
    name: text(row.name_zh, row.name_en),
    summary: text(row.summary_zh, row.summary_en),
    materials: row.materials.map((m) => ({
      code: m.code,
      name: text(m.nameZh, m.nameEn),
      requirement: m.requirement,
      mediaTypes: m.mediaTypes as MediaType[],
      maxBytes: m.maxBytes,
      note: maybe(m.noteZh, m.noteEn),
    })),
    howToApply: text(row.how_to_apply_zh, row.how_to_apply_en),
    channels: row.channels as Channel[],
    statutoryDays: row.statutory_days,
    promisedDays: row.promised_days,
    timeLimitNote: maybe(row.time_limit_note_zh, row.time_limit_note_en),
    delivery: text(row.delivery_zh, row.delivery_en),
    fees: text(row.fees_zh, row.fees_en),
    officeHours: text(row.office_hours_zh, row.office_hours_en),
    place: text(row.place_zh, row.place_en),
    enquiry: text(row.enquiry_zh, row.enquiry_en),
    complaint: text(row.complaint_zh, row.complaint_en),
    basis: text(row.basis_zh, row.basis_en),
    conditions: text(row.conditions_zh, row.conditions_en),
    steps: row.steps.map((s) => ({
      code: s.code,
      name: text(s.nameZh, s.nameEn),
      permission: s.permission as StepPermission,
      description: maybe(s.descriptionZh, s.descriptionEn),
    })),
    separatedSteps: row.separated_steps,
    module: row.module,
    workflow: row.workflow,
  };
}

/** The columns of a version row for `content`. */
export function contentColumns(
  content: ItemContent,
): Omit<
  Insertable<CatalogItemVersionTable>,
  | 'item_id'
  | 'version'
  | 'changed_on'
  | 'change_note_zh'
  | 'change_note_en'
  | 'disclosed_on'
  | 'disclosed_by'
  | 'recorded_at'
  | 'recorded_by'
> {
  return {
    name_zh: content.name.zh,
    name_en: content.name.en,
    summary_zh: content.summary.zh,
    summary_en: content.summary.en,
    how_to_apply_zh: content.howToApply.zh,
    how_to_apply_en: content.howToApply.en,
    channels: JSON.stringify(content.channels),
    statutory_days: content.statutoryDays,
    promised_days: content.promisedDays,
    time_limit_note_zh: content.timeLimitNote?.zh ?? null,
    time_limit_note_en: content.timeLimitNote?.en ?? null,
    delivery_zh: content.delivery.zh,
    delivery_en: content.delivery.en,
    fees_zh: content.fees.zh,
    fees_en: content.fees.en,
    office_hours_zh: content.officeHours.zh,
    office_hours_en: content.officeHours.en,
    place_zh: content.place.zh,
    place_en: content.place.en,
    enquiry_zh: content.enquiry.zh,
    enquiry_en: content.enquiry.en,
    complaint_zh: content.complaint.zh,
    complaint_en: content.complaint.en,
    basis_zh: content.basis.zh,
    basis_en: content.basis.en,
    conditions_zh: content.conditions.zh,
    conditions_en: content.conditions.en,
    materials: JSON.stringify(
      content.materials.map((m) => ({
        code: m.code,
        nameZh: m.name.zh,
        nameEn: m.name.en,
        requirement: m.requirement,
        mediaTypes: m.mediaTypes,
        maxBytes: m.maxBytes,
        noteZh: m.note?.zh ?? null,
        noteEn: m.note?.en ?? null,
      })),
    ),
    steps: JSON.stringify(
      content.steps.map((s) => ({
        code: s.code,
        nameZh: s.name.zh,
        nameEn: s.name.en,
        permission: s.permission,
        descriptionZh: s.description?.zh ?? null,
        descriptionEn: s.description?.en ?? null,
      })),
    ),
    separated_steps: JSON.stringify(content.separatedSteps),
    module: content.module,
    workflow: content.workflow,
  };
}

function itemQuery(db: Executor) {
  return db
    .selectFrom('catalog_items')
    .innerJoin('catalog_categories', 'catalog_categories.id', 'catalog_items.category_id')
    .selectAll('catalog_items')
    .select('catalog_categories.code as category_code');
}

export async function findItem(db: Executor, code: string, forUpdate = false): Promise<ItemRow | null> {
  let query = itemQuery(db).where('catalog_items.code', '=', code);
  if (forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

export async function findItemById(db: Executor, id: number): Promise<ItemRow | null> {
  return (await itemQuery(db).where('catalog_items.id', '=', id).executeTakeFirst()) ?? null;
}

export async function listItemRows(db: Executor, status: 'active' | 'withdrawn' | 'all'): Promise<ItemRow[]> {
  let query = itemQuery(db);
  if (status !== 'all') query = query.where('catalog_items.status', '=', status);
  return query.orderBy('catalog_categories.sort').orderBy('catalog_items.sort').orderBy('catalog_items.code').execute();
}

function versionQuery(db: Executor) {
  return db
    .selectFrom('catalog_item_versions')
    .leftJoin('staff', 'staff.id', 'catalog_item_versions.recorded_by')
    .selectAll('catalog_item_versions')
    .select('staff.display_name as recorded_by_name');
}

/** Versions of the given items, newest first within an item. */
export async function versionsOf(db: Executor, itemIds: readonly number[]): Promise<VersionRow[]> {
  if (itemIds.length === 0) return [];
  return versionQuery(db)
    .where('catalog_item_versions.item_id', 'in', [...itemIds])
    .orderBy('catalog_item_versions.item_id')
    .orderBy('catalog_item_versions.version', 'desc')
    .execute();
}

export async function findVersion(db: Executor, itemId: number, version: number): Promise<VersionRow | null> {
  return (
    (await versionQuery(db)
      .where('catalog_item_versions.item_id', '=', itemId)
      .where('catalog_item_versions.version', '=', version)
      .executeTakeFirst()) ?? null
  );
}

export async function findCategory(db: Executor, code: string) {
  return (await db.selectFrom('catalog_categories').selectAll().where('code', '=', code).executeTakeFirst()) ?? null;
}

export async function listCategories(db: Executor) {
  return db.selectFrom('catalog_categories').selectAll().orderBy('sort').orderBy('code').execute();
}

/** Active halls with their agency, for the "agency and place" element of the public guide. */
export async function activeHalls(db: Executor) {
  return db
    .selectFrom('service_points')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .select([
      'service_points.name',
      'service_points.address',
      'service_points.phone',
      'service_points.opening_hours',
      'agencies.name as agency_name',
    ])
    .where('service_points.status', '=', 'active')
    .where('agencies.status', '=', 'active')
    .orderBy('agencies.path')
    .orderBy('service_points.id')
    .limit(200)
    .execute();
}
