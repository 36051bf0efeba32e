/**
 * Bulk hires and separations of one employer (spreadsheet imports, the payroll API, the hall and
 * the window with one row): every row is validated first (identity, fields, duplicates within the
 * batch, rules against the database), then all rows are applied with set-based SQL, or none.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { isCalendarDate, today as todayOf, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Gender, ValidCitizenId } from '../../kernel/citizen-id.ts';
import { seal } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { maskPhone } from '../auth/index.ts';
import { rejectBatch } from './registration.batch.rejections.ts';
import {
  insertHires,
  insertPersons,
  loadRecordsByIndex,
  endEmployments,
  terminateEnrolments,
  type HireWrite,
  type NewPerson,
  type WriteMeta,
} from './registration.employment.repository.ts';
import {
  decideHire,
  decideSeparation,
  type EmployerFacts,
  type EnrolmentFacts,
  type PersonRecord,
  type Refusal,
} from './registration.employment.rules.ts';
import { checkPersonIdentity, personIndex, sealedCitizenId } from './registration.identity.ts';
import {
  IMPORT_ROWS_MAX,
  NAME_LENGTH_MAX,
  REPORTABLE_SEPARATION_REASONS,
  SCHEMES,
  type RegistrationChannel,
  type ReportableSeparationReason,
  type Scheme,
} from './registration.model.ts';
import { PERSON_PHONE } from './registration.persons.rules.ts';
import { flagDuplicatesFor } from './registration.persons.service.ts';
import { loadRegionRules, regionRuleOn } from './registration.region-rules.ts';
import { rejectRegistration } from './registration.rejections.ts';

/** One row of a batch: a hire or a separation at the batch's employer. */
export interface EmploymentRow {
  /** 1-based data row (the header is line 1 in a file, so data starts at 2). */
  line: number;
  action: 'hire' | 'separation';
  citizenId: string;
  name?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  phone?: string | null;
  /** hiredOn or separatedOn. */
  date: string;
  /** Separations. */
  reason?: ReportableSeparationReason | null;
  /** Hires; default all four. */
  schemes?: Scheme[] | null;
}

/** A refused row: which line, which field, which rejection code. */
export interface RowError {
  line: number;
  field: string;
  code: string;
  details?: Record<string, unknown>;
}

export interface EmploymentBatchInput {
  employerId: number;
  rows: EmploymentRow[];
  channel: RegistrationChannel;
  importId: number | null;
  dryRun?: boolean;
  /** Called during validation (done 0…n of 2n) and insertion (n…2n); a dry run counts to n of n. */
  onProgress?: (done: number, total: number) => void;
}

export type EmploymentBatchResult =
  { ok: true; hires: number; separations: number; personsCreated: number } | { ok: false; errors: RowError[] };

const PROGRESS_EVERY_ROWS = 1_000;
const UNIQUE_VIOLATION = '23505';
// Control characters and line breaks have no place in a name.
const NAME_PATTERN = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

/** A row whose fields are all well-formed. */
interface CleanRow {
  readonly line: number;
  readonly action: 'hire' | 'separation';
  readonly id: ValidCitizenId;
  readonly index: string;
  readonly date: CalendarDate;
  readonly name: string | null;
  readonly phone: string | null;
  readonly reason: ReportableSeparationReason | null;
  readonly schemes: Scheme[] | null;
}

function fieldError(line: number, field: string, code = 'batch_field_invalid', details?: Record<string, unknown>) {
  return details ? { line, field, code, details } : { line, field, code };
}

function cleanName(row: EmploymentRow, errors: RowError[]): string | null {
  if (row.name == null || (typeof row.name === 'string' && row.name.trim() === '')) return null;
  const name = typeof row.name === 'string' ? row.name.trim() : '';
  if (name.length === 0 || name.length > NAME_LENGTH_MAX || !NAME_PATTERN.test(name))
    errors.push(fieldError(row.line, 'name', 'batch_field_invalid', { maxLength: NAME_LENGTH_MAX }));
  return name;
}

function cleanPhone(row: EmploymentRow, errors: RowError[]): string | null {
  if (row.phone == null || (typeof row.phone === 'string' && row.phone.trim() === '')) return null;
  const phone = typeof row.phone === 'string' ? row.phone.trim() : '';
  if (!PERSON_PHONE.test(phone)) errors.push(fieldError(row.line, 'phone'));
  return phone;
}

function cleanSchemes(row: EmploymentRow, errors: RowError[]): Scheme[] | null {
  if (row.action !== 'hire' || row.schemes == null) return null;
  const ok =
    Array.isArray(row.schemes) &&
    row.schemes.length > 0 &&
    row.schemes.length <= SCHEMES.length * 2 &&
    row.schemes.every((s) => (SCHEMES as readonly string[]).includes(s));
  if (!ok) errors.push(fieldError(row.line, 'schemes', 'batch_field_invalid', { allowed: SCHEMES }));
  return ok ? row.schemes : null;
}

function cleanReason(row: EmploymentRow, errors: RowError[]): ReportableSeparationReason | null {
  if (row.action !== 'separation') return null;
  if (row.reason == null) {
    errors.push(fieldError(row.line, 'reason', 'employment_separation_reason_required'));
    return null;
  }
  if (!(REPORTABLE_SEPARATION_REASONS as readonly string[]).includes(row.reason)) {
    errors.push(fieldError(row.line, 'reason', 'batch_field_invalid', { allowed: REPORTABLE_SEPARATION_REASONS }));
    return null;
  }
  return row.reason;
}

/** Checks the fields of one row on their own; pushes every problem found. */
function cleanRow(ctx: AppContext, row: EmploymentRow, today: CalendarDate, errors: RowError[]): CleanRow | null {
  const before = errors.length;
  const action = row.action === 'hire' || row.action === 'separation' ? row.action : null;
  if (!action) errors.push(fieldError(row.line, 'action', 'batch_field_invalid', { allowed: ['hire', 'separation'] }));
  const identity =
    typeof row.citizenId === 'string'
      ? checkPersonIdentity({ citizenId: row.citizenId, gender: row.gender, birthDate: row.birthDate }, today)
      : ({ ok: false, code: 'person_citizen_id_invalid', field: 'citizenId', details: {} } as const);
  if (!identity.ok) errors.push(fieldError(row.line, identity.field, identity.code, identity.details));
  const date = typeof row.date === 'string' ? row.date.trim() : '';
  if (!isCalendarDate(date)) errors.push(fieldError(row.line, 'date', 'registration_calendar_date_invalid'));
  const name = cleanName(row, errors);
  const phone = cleanPhone(row, errors);
  const schemes = cleanSchemes(row, errors);
  const reason = action ? cleanReason({ ...row, action }, errors) : null;
  if (errors.length > before || !identity.ok || !action || !isCalendarDate(date)) return null;
  const index = personIndex(ctx.keys, identity.id.normalized);
  return { line: row.line, action, id: identity.id, index, date, name, phone, reason, schemes };
}

/** Marks every repeat of a person after its first line. */
function markDuplicates(rows: readonly CleanRow[], errors: RowError[]): CleanRow[] {
  const first = new Map<string, number>();
  const kept: CleanRow[] = [];
  for (const row of rows) {
    const seen = first.get(row.id.normalized);
    if (seen === undefined) {
      first.set(row.id.normalized, row.line);
      kept.push(row);
    } else errors.push(fieldError(row.line, 'citizenId', 'batch_duplicate_row', { firstLine: seen }));
  }
  return kept;
}

interface Plan {
  readonly newPersons: Array<{ row: CleanRow; person: NewPerson | null }>;
  readonly hires: Array<{ row: CleanRow; personId: number | null; schemes: readonly Scheme[] }>;
  readonly flexibleEnds: Array<{ personId: number; enrolment: EnrolmentFacts; endedOn: string }>;
  readonly separations: Array<{ row: CleanRow; personId: number; employmentId: number; close: EnrolmentFacts[] }>;
}

function refusalOf(line: number, refusal: Refusal): RowError {
  return { line, field: refusal.field, code: refusal.code, details: refusal.details };
}

const NEW_RECORD = (row: CleanRow): PersonRecord => ({
  person: { birthDate: row.id.birthDate, status: 'active', deathDate: null },
  employments: [],
  enrolments: [],
});

/** Applies the employment rules to every clean row against the loaded records. */
function planRows(
  rows: readonly CleanRow[],
  known: Map<string, { personId: number; record: PersonRecord }>,
  employer: EmployerFacts,
  rules: Awaited<ReturnType<typeof loadRegionRules>>,
  today: CalendarDate,
  errors: RowError[],
): Plan {
  const plan: Plan = { newPersons: [], hires: [], flexibleEnds: [], separations: [] };
  for (const row of rows) {
    const found = known.get(row.index);
    if (row.action === 'hire') {
      if (!found && row.name === null) {
        errors.push(fieldError(row.line, 'name', 'employment_name_required'));
        continue;
      }
      const decision = decideHire({
        record: found?.record ?? NEW_RECORD(row),
        employer,
        hiredOn: row.date,
        today,
        schemes: row.schemes,
        allowConcurrent: regionRuleOn(rules, employer.poolingRegion, row.date).allowConcurrentEmployment,
      });
      if (!decision.ok) errors.push(refusalOf(row.line, decision));
      else {
        if (!found) plan.newPersons.push({ row, person: null });
        plan.hires.push({ row, personId: found?.personId ?? null, schemes: decision.enrol });
        for (const e of decision.endFlexible)
          plan.flexibleEnds.push({ personId: found!.personId, enrolment: e, endedOn: row.date });
      }
      continue;
    }
    const employment = found?.record.employments.find((e) => e.employerId === employer.id && e.status === 'active');
    if (!found || !employment) {
      errors.push(fieldError(row.line, 'citizenId', 'employment_not_employed_here'));
      continue;
    }
    const decision = decideSeparation({ record: found.record, employment, separatedOn: row.date, today });
    if (!decision.ok) errors.push(refusalOf(row.line, decision));
    else
      plan.separations.push({ row, personId: found.personId, employmentId: employment.id, close: [...decision.close] });
  }
  return plan;
}

type EmployerRead = Awaited<ReturnType<typeof loadEmployer>>;

/**
 * The employer the batch writes for; `share` holds its row to commit. The batch reads it unlocked
 * and locks it only at its end (`confirmEmployer`): on a cluster, where employers are a reference
 * table, a row lock takes the whole table and the agencies it references, so a lock held for the
 * minute of an import would hold up every write to staff and employers meanwhile.
 */
async function loadEmployer(trx: Trx, employerId: number, lock: 'none' | 'share' = 'none') {
  const q = trx
    .selectFrom('employers')
    .select(['id', 'status', 'founded_on', 'pooling_region', 'agency_id'])
    .where('id', '=', employerId);
  const row = await (lock === 'share' ? q.forShare() : q).executeTakeFirst();
  if (!row) throw rejectRegistration('employer_not_found');
  return row;
}

/**
 * At the end of the batch: the employer, now locked to commit, is as the rows were checked against
 * (status, founding date, region, agency); else nothing applies (registration_version_conflict).
 * A change committed meanwhile is seen here; one under way is waited for and then seen.
 */
async function confirmEmployer(trx: Trx, seen: EmployerRead): Promise<void> {
  const now = await loadEmployer(trx, seen.id, 'share');
  const facts = (e: EmployerRead) => [e.status, String(e.founded_on), e.pooling_region, Number(e.agency_id)];
  if (JSON.stringify(facts(now)) !== JSON.stringify(facts(seen)))
    throw rejectRegistration('registration_version_conflict');
}

function sealed(ctx: AppContext, row: CleanRow) {
  const { id_index, id_enc, id_masked } = sealedCitizenId(ctx.keys, row.id.normalized);
  return { idIndex: id_index, idEnc: id_enc, idMasked: id_masked };
}

function sealPerson(ctx: AppContext, row: CleanRow): NewPerson {
  return {
    ...sealed(ctx, row),
    name: row.name!,
    gender: row.id.gender,
    birthDate: row.id.birthDate,
    phoneEnc: row.phone ? seal(ctx.keys, row.phone) : null,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
  };
}

/** Writes a validated plan: new persons, replaced flexible enrolments, hires, separations. */
async function writePlan(
  trx: Trx,
  ctx: AppContext,
  meta: WriteMeta,
  employer: { id: number; pooling_region: string; agency_id: number },
  importId: number | null,
  plan: Plan,
  progress: (rows: number) => void,
): Promise<void> {
  const today = todayOf(ctx.clock);
  const created = await insertPersons(
    trx,
    meta,
    employer.agency_id,
    today,
    plan.newPersons.map((n) => sealPerson(ctx, n.row)),
  );
  await flagDuplicatesFor(trx, ctx, [...created.values()]);
  await terminateEnrolments(
    trx,
    meta,
    plan.flexibleEnds.map((f) => ({
      personId: f.personId,
      enrolmentId: f.enrolment.id,
      endedOn: f.endedOn,
      reason: 'employed',
    })),
  );
  const hires: HireWrite[] = plan.hires.map((h) => ({
    personId: h.personId ?? created.get(h.row.index)!,
    hiredOn: h.row.date,
    schemes: h.schemes,
    caseId: null,
  }));
  await insertHires(trx, meta, { id: employer.id, poolingRegion: employer.pooling_region, importId }, hires, progress);
  await endEmployments(
    trx,
    meta,
    plan.separations.map((s) => ({
      personId: s.personId,
      employmentId: s.employmentId,
      separatedOn: s.row.date,
      reason: s.row.reason!,
    })),
  );
  await terminateEnrolments(
    trx,
    meta,
    plan.separations.flatMap((s) =>
      s.close.map((e) => ({ personId: s.personId, enrolmentId: e.id, endedOn: s.row.date, reason: 'separation' })),
    ),
  );
  progress(plan.separations.length);
}

/** A concurrent writer got there first (a unique index refused a row): ask the caller to retry. */
async function conflictsAsRejection(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION)
      throw rejectRegistration('registration_version_conflict');
    throw error;
  }
}

/** Validates every row, then applies all of them (unless `dryRun`) or none. */
export async function applyEmploymentBatch(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  input: EmploymentBatchInput,
): Promise<EmploymentBatchResult> {
  const { rows, onProgress } = input;
  if (rows.length > IMPORT_ROWS_MAX) throw rejectBatch('batch_too_many_rows', { maxRows: IMPORT_ROWS_MAX });
  // A batch may run for a minute: it takes the audit chain and its employer's row only at the end,
  // so logins and every other audited write go on meanwhile (docs/decisions.md §10). The rare cycle
  // with a writer that holds the chain and wants this employer aborts one of the two: 409
  // concurrent_write, nothing applied.
  const employer = await loadEmployer(trx, input.employerId);
  const today = todayOf(ctx.clock);
  const total = input.dryRun ? rows.length : rows.length * 2;
  const errors: RowError[] = [];
  const clean: CleanRow[] = [];
  rows.forEach((row, i) => {
    const ok = cleanRow(ctx, row, today, errors);
    if (ok) clean.push(ok);
    if ((i + 1) % PROGRESS_EVERY_ROWS === 0) onProgress?.(i + 1, total);
  });
  const unique = markDuplicates(clean, errors);
  const known = await loadRecordsByIndex(
    trx,
    unique.map((r) => r.index),
  );
  const facts: EmployerFacts = {
    id: employer.id,
    status: employer.status,
    foundedOn: employer.founded_on,
    poolingRegion: employer.pooling_region,
  };
  const rules = await loadRegionRules(trx, employer.pooling_region);
  const plan = planRows(unique, known, facts, rules, today, errors);
  onProgress?.(rows.length, total);
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  const result = {
    hires: plan.hires.length,
    separations: plan.separations.length,
    personsCreated: plan.newPersons.length,
  };
  if (input.dryRun) return { ok: true, ...result };
  let done = rows.length;
  const progress = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  const meta: WriteMeta = { who, now: ctx.clock.now(), channel: input.channel };
  await conflictsAsRejection(() => writePlan(trx, ctx, meta, employer, input.importId, plan, progress));
  await confirmEmployer(trx, employer);
  await appendAudit(trx, ctx.clock, who, {
    action: 'registration.employment_batch',
    entity: 'employer',
    entityId: employer.id,
    details: { ...result, rows: rows.length, importId: input.importId, channel: input.channel },
  });
  onProgress?.(total, total);
  return { ok: true, ...result };
}
