/** The service catalogue (服务事项目录): items, their versions, the 11 public elements, intake view. */
import type { Permission } from '../auth/index.ts';

export const CHANNELS = ['window', 'web', 'phone', 'mail', 'kiosk', 'bank', 'home_visit'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_NAMES: Record<Channel, Text> = {
  window: { zh: '窗口办理', en: 'At a window' },
  web: { zh: '网上办理', en: 'Online' },
  phone: { zh: '电话办理', en: 'By phone' },
  mail: { zh: '邮寄办理', en: 'By post' },
  kiosk: { zh: '自助终端', en: 'Self-service kiosk' },
  bank: { zh: '银行网点', en: 'At a partner bank' },
  home_visit: { zh: '上门服务', en: 'Home visit' },
};

export const REQUIREMENTS = ['required', 'optional', 'later'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export const REQUIREMENT_NAMES: Record<Requirement, Text> = {
  required: { zh: '必交', en: 'Required' },
  optional: { zh: '选交', en: 'Optional' },
  later: { zh: '可容缺后补', en: 'May be supplied later' },
};

/** Media types a material may accept; uploads are checked by content against these. */
export const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** Permissions a workflow step may require. */
export const STEP_PERMISSIONS = ['case.accept', 'case.review', 'case.approve'] as const satisfies readonly Permission[];
export type StepPermission = (typeof STEP_PERMISSIONS)[number];

/** RULES §6: a change must be disclosed within this many working days. */
export const DISCLOSURE_DEADLINE_WORKDAYS = 20;
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;

export interface Text {
  readonly zh: string;
  readonly en: string;
}

export interface Material {
  readonly code: string;
  readonly name: Text;
  readonly requirement: Requirement;
  readonly mediaTypes: readonly MediaType[];
  readonly maxBytes: number;
  readonly note: Text | null;
}

export interface Step {
  readonly code: string;
  readonly name: Text;
  readonly permission: StepPermission;
  readonly description: Text | null;
}

/** Everything of an item that is versioned. */
export interface ItemContent {
  readonly name: Text;
  readonly summary: Text;
  readonly materials: readonly Material[];
  readonly howToApply: Text;
  readonly channels: readonly Channel[];
  readonly statutoryDays: number;
  readonly promisedDays: number;
  readonly timeLimitNote: Text | null;
  readonly delivery: Text;
  readonly fees: Text;
  readonly officeHours: Text;
  readonly place: Text;
  readonly enquiry: Text;
  readonly complaint: Text;
  readonly basis: Text;
  readonly conditions: Text;
  readonly steps: readonly Step[];
  readonly separatedSteps: ReadonlyArray<readonly [string, string]>;
  readonly module: string;
  readonly workflow: string;
}

/** Where a version stands with its disclosure (公示), RULES §6. */
export const DISCLOSURE_STATUSES = ['disclosed', 'disclosed_late', 'pending', 'overdue'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const ITEM_STATUSES = ['active', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ItemVersion extends ItemContent {
  readonly version: number;
  readonly changedOn: string;
  readonly changeNote: Text;
  readonly disclosedOn: string | null;
  readonly disclosureDueOn: string | null;
  readonly disclosureStatus: DisclosureStatus;
  readonly recordedAt: string;
  readonly recordedBy: string | null;
}

export interface Item {
  readonly id: number;
  readonly code: string;
  readonly categoryCode: string;
  readonly sort: number;
  readonly status: ItemStatus;
  readonly withdrawnOn: string | null;
  readonly withdrawnReason: string | null;
  readonly currentVersion: number;
  readonly latestVersion: number;
  readonly current: ItemVersion;
}

export interface ItemSummary {
  readonly code: string;
  readonly name: Text;
  readonly summary: Text;
  readonly channels: readonly Channel[];
  readonly statutoryDays: number;
  readonly promisedDays: number;
  readonly version: number;
  readonly changedOn: string;
}

export interface Category {
  readonly code: string;
  readonly name: Text;
  readonly sort: number;
  readonly items: ItemSummary[];
}

/** What the cases module needs to open a case for an item (contract of the service-desk plan). */
export interface IntakeItem {
  id: number;
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  channels: Channel[];
  statutoryDays: number;
  promisedDays: number;
  materials: Array<{
    code: string;
    nameZh: string;
    nameEn: string;
    requirement: Requirement;
    mediaTypes: string[];
    maxBytes: number;
  }>;
  steps: Array<{ code: string; nameZh: string; nameEn: string; permission: Permission }>;
  separatedSteps: Array<[string, string]>;
  basisZh: string;
  basisEn: string;
  conditionsZh: string;
  conditionsEn: string;
  module: string;
  workflow: string;
}
