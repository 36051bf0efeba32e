/**
 * Shapes of the policy parameters: the key catalogue, a value in force, a change under
 * maker-checker, and the limits. See docs/api-policy.md for the keys.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { PolicyChangeStatus, PolicyInsurance, PolicyKind } from '../../db/schema.ts';

export type { PolicyChangeStatus, PolicyInsurance, PolicyKind };

export const POLICY_KINDS = ['rate', 'money', 'integer', 'text', 'table'] as const satisfies readonly PolicyKind[];
/** Groups of the catalogue, by the insurance a key belongs to (`base` and `collection` are shared). */
export const POLICY_INSURANCES = [
  'pension',
  'medical',
  'unemployment',
  'work_injury',
  'base',
  'collection',
] as const satisfies readonly PolicyInsurance[];
export const POLICY_CHANGE_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
] as const satisfies readonly PolicyChangeStatus[];

/** The region of the national defaults. */
export const NATIONAL_REGION = '000000';
/** No parameter takes effect before this day (the platform keeps no earlier rules). */
export const VALID_FROM_MIN = '1990-01-01' as CalendarDate;
/** Nor after this one: a date further out is a typing mistake, not a policy. */
export const VALID_FROM_MAX = '2099-12-31' as CalendarDate;
/** Longest value text (a table's JSON). */
export const VALUE_LENGTH_MAX = 20_000;
export const REASON_LENGTH_MAX = 1_000;
export const BASIS_LENGTH_MAX = 300;
export const NOTE_LENGTH_MAX = 1_000;
export const KEY_LENGTH_MAX = 80;
/** Most changes one list returns. */
export const CHANGES_PAGE_SIZE_MAX = 200;

/** One entry of the closed catalogue. */
export interface PolicyKey {
  readonly key: string;
  readonly kind: PolicyKind;
  readonly insurance: PolicyInsurance;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly description: string;
  /** Whether regions are expected to set their own value. */
  readonly local: boolean;
  readonly valueMin: string | null;
  readonly valueMax: string | null;
  readonly allowedValues: readonly string[] | null;
}

/** A parameter as the lookup returns it: `region` is the region the value came from. */
export interface PolicyValue {
  readonly key: string;
  readonly region: string;
  readonly validFrom: CalendarDate;
  readonly kind: PolicyKind;
  readonly value: string;
  readonly basis: string;
}

/** What a lookup asks: the value of `key` for `region` on the day `on`. */
export interface PolicyQuery {
  readonly region: string;
  readonly key: string;
  readonly on: CalendarDate;
}

/** A stored parameter row (one revision of one region's value from one date). */
export interface ParameterRow {
  readonly id: number;
  readonly region: string;
  readonly key: string;
  readonly kind: PolicyKind;
  readonly validFrom: CalendarDate;
  readonly revision: number;
  readonly supersedes: number | null;
  readonly value: string;
  readonly basis: string;
  readonly changeId: number | null;
  readonly createdAt: Date;
}

/** What a proposer sends. */
export interface ChangeProposal {
  readonly region: string;
  readonly key: string;
  readonly validFrom: string;
  readonly value: string;
  readonly reason: string;
  readonly basis: string;
}

/** A change as the API shows it. */
export interface PolicyChangeView {
  readonly id: number;
  readonly region: string;
  readonly key: string;
  readonly kind: PolicyKind;
  readonly validFrom: CalendarDate;
  readonly value: string;
  readonly reason: string;
  readonly basis: string;
  readonly status: PolicyChangeStatus;
  readonly proposedBy: { readonly id: number; readonly name: string };
  readonly proposedAt: string;
  readonly decidedBy: { readonly id: number; readonly name: string } | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
  /** The value in force for the region on validFrom before this change (null when none). */
  readonly current: { readonly value: string; readonly region: string; readonly validFrom: CalendarDate } | null;
}
