/** Tables of the service catalogue (migration 0004): categories, items and their versions. */
import type { Defaulted, Id, Instant, Json } from './common.ts';

/** A material as stored in `catalog_item_versions.materials` (the IntakeItem shape plus a note). */
export interface CatalogMaterialJson {
  code: string;
  nameZh: string;
  nameEn: string;
  requirement: 'required' | 'optional' | 'later';
  mediaTypes: string[];
  maxBytes: number;
  noteZh: string | null;
  noteEn: string | null;
}

/** A workflow step as stored in `catalog_item_versions.steps`, in order. */
export interface CatalogStepJson {
  code: string;
  nameZh: string;
  nameEn: string;
  permission: string;
  descriptionZh: string | null;
  descriptionEn: string | null;
}

export interface CatalogCategoryTable {
  id: Id;
  code: string;
  name_zh: string;
  name_en: string;
  sort: Defaulted<number>;
  created_at: Instant;
}

export interface CatalogItemTable {
  id: Id;
  code: string;
  category_id: number;
  sort: Defaulted<number>;
  status: Defaulted<'active' | 'withdrawn'>;
  latest_version: Defaulted<number>;
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface CatalogItemVersionTable {
  item_id: number;
  version: number;
  name_zh: string;
  name_en: string;
  summary_zh: string;
  summary_en: string;
  how_to_apply_zh: string;
  how_to_apply_en: string;
  channels: Json<string[]>;
  statutory_days: number;
  promised_days: number;
  time_limit_note_zh: string | null;
  time_limit_note_en: string | null;
  delivery_zh: string;
  delivery_en: string;
  fees_zh: string;
  fees_en: string;
  office_hours_zh: string;
  office_hours_en: string;
  place_zh: string;
  place_en: string;
  enquiry_zh: string;
  enquiry_en: string;
  complaint_zh: string;
  complaint_en: string;
  basis_zh: string;
  basis_en: string;
  conditions_zh: string;
  conditions_en: string;
  materials: Json<CatalogMaterialJson[]>;
  steps: Json<CatalogStepJson[]>;
  separated_steps: Json<Array<[string, string]>>;
  module: string;
  workflow: string;
  changed_on: string;
  change_note_zh: string;
  change_note_en: string;
  disclosed_on: string | null;
  disclosed_by: number | null;
  recorded_at: Instant;
  recorded_by: number | null;
}

export interface CatalogTables {
  catalog_categories: CatalogCategoryTable;
  catalog_items: CatalogItemTable;
  catalog_item_versions: CatalogItemVersionTable;
}
