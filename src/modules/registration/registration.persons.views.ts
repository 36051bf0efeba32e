/** What the API shows of a person: masked identifiers only; the full values go through `reveal`. */
import type { Gender } from '../../kernel/citizen-id.ts';
import type { HukouType, PersonStatus } from './registration.model.ts';
import type { DuplicateFlagRecord, PersonRecord } from './registration.persons.repository.ts';

export interface PersonSummary {
  readonly id: number;
  /** The same as `id` (the staff web names it so). */
  readonly personId: number;
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: string;
  readonly idMasked: string;
  readonly status: PersonStatus;
  readonly agency: { readonly id: number; readonly name: string };
  readonly agencyId: number;
  readonly agencyName: string;
}

export interface PersonDetail extends PersonSummary {
  readonly nationality: string;
  readonly hukouType: HukouType | null;
  readonly hukouPlace: string | null;
  readonly phoneMasked: string | null;
  readonly address: string | null;
  readonly bankName: string | null;
  readonly bankAccountMasked: string | null;
  readonly deathDate: string | null;
  readonly mergedInto: number | null;
  readonly sourceChannel: string;
  readonly caseId: number | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DuplicateSuspect {
  readonly flagId: number;
  readonly personId: number;
  readonly name: string;
  readonly idMasked: string;
}

export interface DuplicateFlagView {
  readonly id: number;
  readonly person: PersonSummary;
  readonly other: PersonSummary;
  readonly status: 'open' | 'dismissed' | 'merged';
  readonly flaggedAt: string;
  readonly resolvedAt: string | null;
  readonly resolvedBy: { readonly id: number; readonly name: string } | null;
  readonly resolutionNote: string | null;
}

export interface HistoryRow {
  readonly group: number;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly effectiveOn: string;
  readonly reason: string | null;
  readonly caseId: number | null;
  readonly actorName: string;
  readonly changedAt: string;
}

export function personSummary(r: PersonRecord): PersonSummary {
  return {
    id: r.person_id,
    personId: r.person_id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    idMasked: r.id_masked,
    status: r.status,
    agency: { id: r.agency_id, name: r.agency_name },
    agencyId: r.agency_id,
    agencyName: r.agency_name,
  };
}

export function personDetail(r: PersonRecord): PersonDetail {
  return {
    ...personSummary(r),
    nationality: r.nationality,
    hukouType: r.hukou_type,
    hukouPlace: r.hukou_place,
    phoneMasked: r.phone_masked,
    address: r.address,
    bankName: r.bank_name,
    bankAccountMasked: r.bank_account_masked,
    deathDate: r.death_date,
    mergedInto: r.merged_into,
    sourceChannel: r.source_channel,
    caseId: r.case_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * The detail a clerk reaching the person only through an employment sees: identity and status,
 * without contact, residence or bank data and the registration's case (the relation needs none).
 */
export function detailForEmployment(d: PersonDetail): PersonDetail {
  return {
    ...d,
    hukouType: null,
    hukouPlace: null,
    phoneMasked: null,
    address: null,
    bankName: null,
    bankAccountMasked: null,
    caseId: null,
  };
}

/** A flag with both persons; `persons` must hold both. */
export function flagView(f: DuplicateFlagRecord, persons: ReadonlyMap<number, PersonRecord>): DuplicateFlagView {
  return {
    id: f.id,
    person: personSummary(persons.get(f.person_id)!),
    other: personSummary(persons.get(f.other_person_id)!),
    status: f.status,
    flaggedAt: f.flagged_at.toISOString(),
    resolvedAt: f.resolved_at?.toISOString() ?? null,
    resolvedBy: f.resolved_by === null ? null : { id: f.resolved_by, name: f.resolved_by_name ?? '' },
    resolutionNote: f.resolution_note,
  };
}

export function historyRow(c: {
  change_group: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  effective_on: string;
  reason: string | null;
  case_id: number | null;
  actor_name: string;
  changed_at: Date;
}): HistoryRow {
  return {
    group: c.change_group,
    field: c.field,
    oldValue: c.old_value,
    newValue: c.new_value,
    effectiveOn: c.effective_on,
    reason: c.reason,
    caseId: c.case_id,
    actorName: c.actor_name,
    changedAt: c.changed_at.toISOString(),
  };
}
