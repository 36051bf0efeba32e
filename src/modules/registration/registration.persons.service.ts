/**
 * Use cases of persons at the window: register, change with history, reveal (audited with its
 * purpose), search and read within the staff member's scope, and the suspected-duplicate queue.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { compareDates, today } from '../../kernel/calendar-date.ts';
import { checkCitizenId, type Gender } from '../../kernel/citizen-id.ts';
import { common } from '../../kernel/rejection.ts';
import { seal, unseal } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import { maskPhone, type StaffActor } from '../auth/index.ts';
import { linkedCaseId } from './registration.case-link.ts';
import { recordPersonChanges } from './registration.history.ts';
import { maskBankAccount, personIndex, sealedCitizenId } from './registration.identity.ts';
import type { HukouType, PersonStatus } from './registration.model.ts';
import { rejectPerson } from './registration.persons.rejections.ts';
import * as repo from './registration.persons.repository.ts';
import {
  DEFAULT_NATIONALITY,
  decideRegistrationIdentity,
  normaliseBankAccount,
  planPersonChange,
  type ChangeableField,
  type PersonChanges,
  type PersonEditable,
} from './registration.persons.rules.ts';
import {
  detailForEmployment,
  flagView,
  historyRow,
  personDetail,
  personSummary,
  type DuplicateFlagView,
  type DuplicateSuspect,
  type HistoryRow,
  type PersonDetail,
  type PersonSummary,
} from './registration.persons.views.ts';
import { recordPersonReads } from './registration.person-reads.ts';
import { rejectRegistration } from './registration.rejections.ts';
import {
  personInScope,
  personReach,
  personReached,
  personVisibleTo,
  type PersonReach,
  type PersonRow,
} from './registration.scope.ts';

/** Service items a person registration or change at the window may belong to. */
export const PERSON_ITEMS = ['person-registration', 'registration-change'] as const;
export const HISTORY_ROWS_MAX = 1000;

export interface CreatePersonInput {
  readonly citizenId: string;
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: string;
  readonly nationality?: string | undefined;
  readonly hukouType?: HukouType | undefined;
  readonly hukouPlace?: string | undefined;
  readonly phone?: string | undefined;
  readonly address?: string | undefined;
  readonly bankName?: string | undefined;
  readonly bankAccount?: string | undefined;
  readonly caseNumber?: string | undefined;
}

export interface ChangePersonInput {
  readonly version: number;
  readonly changes: PersonChanges;
  readonly effectiveOn?: string | undefined;
  readonly reason: string;
  readonly caseNumber?: string | undefined;
}

export type RevealField = 'citizenId' | 'phone' | 'bankAccount';

/** The person's detail as the API shows it (masked); asserts the person exists. */
export async function loadPersonDetail(db: Executor, personId: number): Promise<PersonDetail> {
  const record = await repo.personRecord(db, personId);
  if (!record) throw rejectRegistration('person_not_found');
  return personDetail(record);
}

/**
 * Flags suspected duplicates (same name and birth date, another ID) of the given persons in one
 * statement, inside the caller's transaction; the bulk import calls it once after its inserts.
 */
export async function flagDuplicatesFor(
  trx: Trx,
  ctx: Pick<AppContext, 'clock'>,
  personIds: readonly number[],
): Promise<repo.FlagRow[]> {
  return repo.insertDuplicateFlags(trx, personIds, ctx.clock.now());
}

async function suspectsOf(db: Executor, flags: readonly repo.FlagRow[]): Promise<DuplicateSuspect[]> {
  const others = await repo.personRecordsByIds(
    db,
    flags.map((f) => f.other_person_id),
  );
  const byId = new Map(others.map((p) => [p.person_id, p]));
  return flags.map((f) => {
    const other = byId.get(f.other_person_id)!;
    return { flagId: f.id, personId: other.person_id, name: other.name, idMasked: other.id_masked };
  });
}

function sealedOptional(ctx: AppContext, value: string | undefined, mask: (v: string) => string) {
  return value === undefined ? { enc: null, masked: null } : { enc: seal(ctx.keys, value), masked: mask(value) };
}

/** Registers a person from the citizen ID; suspected duplicates are flagged, not refused. */
export async function createPerson(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: CreatePersonInput,
): Promise<PersonDetail & { duplicateSuspects: DuplicateSuspect[] }> {
  const day = today(ctx.clock);
  const decision = decideRegistrationIdentity(input, day);
  if (!decision.ok) throw rejectRegistration(decision.code, decision.details);
  const id = sealedCitizenId(ctx.keys, decision.id.normalized);
  const phone = sealedOptional(ctx, input.phone, maskPhone);
  const bankAccount = input.bankAccount === undefined ? undefined : normaliseBankAccount(input.bankAccount);
  const bank = sealedOptional(ctx, bankAccount, maskBankAccount);
  // The existing record's id only for a clerk who reaches it; the mask is of the ID just typed.
  const refuseExisting = async (db: Executor, personId: number) => {
    const existing = await db
      .selectFrom('persons')
      .select(['person_id', 'agency_id'])
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    const reached = (await personReach(db, actor, existing)) !== null;
    return rejectPerson('person_already_registered', { ...(reached ? { personId } : {}), idMasked: id.id_masked });
  };
  const { personId, flags } = await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const existing = await repo.personIdByIndex(trx, id.id_index);
    if (existing !== undefined) throw await refuseExisting(trx, existing);
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, PERSON_ITEMS, id.id_index);
    const now = ctx.clock.now();
    const inserted = await repo.insertPerson(trx, {
      ...id,
      name: input.name,
      gender: decision.id.gender,
      birth_date: decision.id.birthDate,
      nationality: input.nationality ?? DEFAULT_NATIONALITY,
      hukou_type: input.hukouType ?? null,
      hukou_place: input.hukouPlace ?? null,
      phone_enc: phone.enc,
      phone_masked: phone.masked,
      address: input.address ?? null,
      bank_name: input.bankName ?? null,
      bank_account_enc: bank.enc,
      bank_account_masked: bank.masked,
      agency_id: actor.agencyId,
      source_channel: 'window',
      case_id: caseId,
      created_at: now,
      updated_at: now,
    });
    // Two windows registering the same ID at once: the loser is told, not crashed.
    if (inserted === undefined) throw await refuseExisting(trx, (await repo.personIdByIndex(trx, id.id_index))!);
    await recordPersonChanges(
      trx,
      ctx.clock,
      who,
      inserted,
      [{ field: 'registered', oldValue: null, newValue: 'window' }],
      { effectiveOn: day, reason: null, caseId },
    );
    const flagged = await flagDuplicatesFor(trx, ctx, [inserted]);
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.register',
      entity: 'person',
      entityId: inserted,
      details: { idMasked: id.id_masked, caseId, duplicateFlags: flagged.map((f) => f.id) },
    });
    return { personId: inserted, flags: flagged };
  });
  const detail = await loadPersonDetail(ctx.db, personId);
  return { ...detail, duplicateSuspects: await suspectsOf(ctx.db, flags) };
}

/** The changeable fields of a stored person, in clear. */
function editableOf(ctx: AppContext, row: PersonRow): PersonEditable {
  return {
    name: row.name,
    nationality: row.nationality,
    hukouType: row.hukou_type,
    hukouPlace: row.hukou_place,
    phone: row.phone_enc === null ? null : unseal(ctx.keys, row.phone_enc),
    address: row.address,
    bankName: row.bank_name,
    bankAccount: row.bank_account_enc === null ? null : unseal(ctx.keys, row.bank_account_enc),
  };
}

/** The columns to write for the changed fields (personal values sealed and masked again). */
function columnsOf(ctx: AppContext, next: PersonEditable, changed: ReadonlySet<string>) {
  const sealedOrNull = (value: string | null) => (value === null ? null : seal(ctx.keys, value));
  const has = (field: ChangeableField) => changed.has(field);
  return {
    ...(has('name') ? { name: next.name } : {}),
    ...(has('nationality') ? { nationality: next.nationality } : {}),
    ...(has('hukouType') ? { hukou_type: next.hukouType } : {}),
    ...(has('hukouPlace') ? { hukou_place: next.hukouPlace } : {}),
    ...(has('address') ? { address: next.address } : {}),
    ...(has('bankName') ? { bank_name: next.bankName } : {}),
    ...(has('phone')
      ? { phone_enc: sealedOrNull(next.phone), phone_masked: next.phone === null ? null : maskPhone(next.phone) }
      : {}),
    ...(has('bankAccount')
      ? {
          bank_account_enc: sealedOrNull(next.bankAccount),
          bank_account_masked: next.bankAccount === null ? null : maskBankAccount(next.bankAccount),
        }
      : {}),
  };
}

function normalisedChanges(changes: PersonChanges): PersonChanges {
  const account = changes.bankAccount;
  return account === undefined || account === null
    ? changes
    : { ...changes, bankAccount: normaliseBankAccount(account) };
}

/**
 * Changes a person's record (optimistic version): one history row per changed field, personal
 * values masked; nothing is written when nothing changes. A merged record is not changed.
 */
export async function changePerson(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  input: ChangePersonInput,
): Promise<PersonDetail & { changedFields: string[] }> {
  const day = today(ctx.clock);
  const effectiveOn = input.effectiveOn ?? day;
  if (compareDates(effectiveOn as typeof day, day) > 0)
    throw rejectRegistration('registration_date_in_future', { effectiveOn });
  const changed = await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const row = await personInScope(trx, actor, personId, true);
    if (row.status === 'merged') throw rejectPerson('person_merged', { mergedInto: row.merged_into });
    if (row.version !== input.version)
      throw rejectRegistration('registration_version_conflict', { version: row.version });
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, PERSON_ITEMS, row.id_index);
    const plan = planPersonChange(editableOf(ctx, row), normalisedChanges(input.changes));
    if (plan.fields.length === 0) return [];
    const fields = plan.fields.map((f) => f.field);
    await trx
      .updateTable('persons')
      .set({ ...columnsOf(ctx, plan.next, new Set(fields)), version: row.version + 1, updated_at: ctx.clock.now() })
      .where('person_id', '=', personId)
      .execute();
    await recordPersonChanges(trx, ctx.clock, who, personId, plan.fields, {
      effectiveOn,
      reason: input.reason,
      caseId,
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.change',
      entity: 'person',
      entityId: personId,
      details: { fields, effectiveOn, caseId },
    });
    return fields;
  });
  return { ...(await loadPersonDetail(ctx.db, personId)), changedFields: changed };
}

/** The full citizen ID, phone or bank account, recorded as a read of personal data with its purpose. */
export async function revealPerson(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  input: { field: RevealField; purpose: string },
): Promise<{ value: string }> {
  const row = await personInScope(ctx.db, actor, personId);
  const sealed = { citizenId: row.id_enc, phone: row.phone_enc, bankAccount: row.bank_account_enc }[input.field];
  if (sealed === null) throw rejectPerson('person_field_empty', { field: input.field });
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'person.reveal',
    entity: 'person',
    entityId: personId,
    details: { field: input.field, purpose: input.purpose },
  });
  return { value: unseal(ctx.keys, sealed) };
}

/**
 * A person's masked record, as far as the actor reaches it (an employment in scope shows no
 * contact, residence or bank data); the read is audited (the person can later see who looked).
 */
export async function readPerson(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
): Promise<PersonDetail & { reach: PersonReach }> {
  const { reach } = await personReached(ctx.db, actor, personId);
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'person.read',
    entity: 'person',
    entityId: personId,
    details: { reach },
  });
  const detail = await loadPersonDetail(ctx.db, personId);
  return { ...(reach === 'record' ? detail : detailForEmployment(detail)), reach };
}

/** A person's change history, newest first (at most HISTORY_ROWS_MAX rows). */
export async function personHistory(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
): Promise<HistoryRow[]> {
  await personInScope(ctx.db, actor, personId);
  await recordAudit(ctx.db, ctx.clock, who, { action: 'person.history.read', entity: 'person', entityId: personId });
  return (await repo.personChanges(ctx.db, personId, HISTORY_ROWS_MAX)).map(historyRow);
}

export interface PersonSearch {
  readonly citizenId?: string | undefined;
  readonly name?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly status?: PersonStatus | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/**
 * Persons in scope: by exact citizen ID (through the blind index) or by name prefix. Each person
 * on the page returned is a read of that person (one audit entry, a `person_reads` row each).
 */
export async function searchPersons(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  search: PersonSearch,
): Promise<{ items: PersonSummary[]; total: number }> {
  let idIndex: string | undefined;
  if (search.citizenId !== undefined) {
    const id = checkCitizenId(search.citizenId.trim(), today(ctx.clock));
    if (!id.valid) throw rejectRegistration('person_citizen_id_invalid', { reason: id.reason });
    idIndex = personIndex(ctx.keys, id.normalized);
  }
  const { rows, total } = await repo.searchPersons(
    ctx.db,
    actor.agencyPath,
    { idIndex, namePrefix: search.name, birthDate: search.birthDate, status: search.status },
    search,
  );
  await recordPersonReads(
    ctx.db,
    ctx.clock,
    who,
    {
      action: 'person.search',
      entity: 'person_search',
      details: { by: idIndex !== undefined ? 'citizen_id' : search.name !== undefined ? 'name' : 'filter' },
    },
    rows.map((r) => r.person_id),
  );
  return { items: rows.map(personSummary), total };
}

/** Suspected duplicates where either person is in scope. */
export async function listDuplicates(
  ctx: AppContext,
  actor: StaffActor,
  filter: { status?: 'open' | 'dismissed' | 'merged' | undefined; personId?: number | undefined; limit: number },
): Promise<DuplicateFlagView[]> {
  const flags = await repo.duplicateFlags(ctx.db, actor.agencyPath, filter, filter.limit);
  const persons = await repo.personRecordsByIds(ctx.db, [
    ...new Set(flags.flatMap((f) => [f.person_id, f.other_person_id])),
  ]);
  const byId = new Map(persons.map((p) => [p.person_id, p]));
  return flags.map((f) => flagView(f, byId));
}

/** Loads an open flag for update, refusing when neither person is in scope or it is closed. */
export async function openFlagInScope(trx: Trx, actor: StaffActor, flagId: number) {
  const flag = await repo.lockFlag(trx, flagId);
  if (!flag) throw rejectPerson('person_duplicate_not_found');
  const persons = await trx
    .selectFrom('persons')
    .selectAll()
    .where('person_id', 'in', [flag.person_id, flag.other_person_id])
    .execute();
  let visible = false;
  for (const p of persons) visible ||= await personVisibleTo(trx, actor, p);
  if (!visible) throw common.reject('out_of_scope');
  if (flag.status !== 'open') throw rejectPerson('person_duplicate_not_open', { status: flag.status });
  return flag;
}

/** Closes a suspected duplicate as not the same human being (reviewer, note required). */
export async function dismissDuplicate(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  flagId: number,
  note: string,
): Promise<DuplicateFlagView> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const flag = await openFlagInScope(trx, actor, flagId);
    await trx
      .updateTable('person_duplicate_flags')
      .set({ status: 'dismissed', resolved_at: ctx.clock.now(), resolved_by: actor.id, resolution_note: note })
      .where('id', '=', flagId)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.duplicate.dismiss',
      entity: 'person_duplicate_flag',
      entityId: flagId,
      details: { personId: flag.person_id, otherPersonId: flag.other_person_id, note },
    });
  });
  const [view] = await listFlagById(ctx, flagId);
  return view!;
}

async function listFlagById(ctx: AppContext, flagId: number): Promise<DuplicateFlagView[]> {
  const flag = await ctx.db
    .selectFrom('person_duplicate_flags as f')
    .leftJoin('staff', 'staff.id', 'f.resolved_by')
    .selectAll('f')
    .select('staff.display_name as resolved_by_name')
    .where('f.id', '=', flagId)
    .executeTakeFirstOrThrow();
  const persons = await repo.personRecordsByIds(ctx.db, [flag.person_id, flag.other_person_id]);
  return [flagView(flag, new Map(persons.map((p) => [p.person_id, p])))];
}
