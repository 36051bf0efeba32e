/**
 * Checking a declaration's lines, all of them before anything is written: every bad line is
 * reported (row, field, named code, message), a declaration with one bad line is refused whole.
 * Set-based: the persons, their employments and annual bases are read with one statement each.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { DataKeys } from '../../kernel/sm-crypto.ts';
import { parseCents, type Cents } from '../../kernel/cents.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { rejectionMessage, Rejection, type Language } from '../../kernel/rejection.ts';
import type { LineErrorCode } from './contributions.declarations.rejections.ts';
import { personIndex } from '../registration/index.ts';

/** A wage above this many times the base ceiling is refused as absurd. */
export const ABSURD_WAGE_CEILINGS = 100;

/** One line as received (row: the spreadsheet row, or the 1-based index of an API or form line). */
export interface DeclarationLineInput {
  readonly row: number;
  readonly citizenId: string;
  readonly name?: string | null | undefined;
  readonly wage?: string | null | undefined;
}

/** One bad line. */
export interface LineError {
  readonly row: number;
  readonly field: 'citizenId' | 'name' | 'wage';
  readonly code: LineErrorCode;
  readonly message: string;
}

/** A line ready to store. */
export interface CheckedLine {
  readonly personId: number;
  readonly wage: Cents;
}

/** What the check needs besides the lines. */
export interface LineContext {
  readonly employerId: number;
  /** The days the person must have been employed in (any overlap): the month, or the base year. */
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly today: CalendarDate;
  readonly ceiling: Cents;
  /** Annual bases of the year (regions that declare them) for lines without a wage; null: wage required. */
  readonly annualBases: Map<number, Cents> | null;
  readonly language: Language;
}

interface PersonFacts {
  readonly personId: number;
  readonly name: string;
}

function errorOf(row: number, field: LineError['field'], code: LineErrorCode, language: Language): LineError {
  return { row, field, code, message: rejectionMessage(code, language) };
}

/** The wage of a line, or the code it is refused with. */
function wageOf(text: string, ceiling: Cents): Cents | LineErrorCode {
  let wage: Cents;
  try {
    wage = parseCents(text.trim().replaceAll(',', ''));
  } catch (error) {
    if (error instanceof Rejection) return 'collection_line_wage_invalid';
    throw error;
  }
  if (wage <= 0) return 'collection_line_wage_not_positive';
  if (wage > ceiling * ABSURD_WAGE_CEILINGS) return 'collection_line_wage_absurd';
  return wage;
}

/** Registered persons by the blind index of their citizen ID (merged records left out). */
async function personsByIndex(db: Executor, indexes: readonly string[]): Promise<Map<string, PersonFacts>> {
  if (indexes.length === 0) return new Map();
  const { rows } = await sql<{ person_id: number; id_index: string; name: string }>`
    SELECT person_id, id_index, name FROM persons
     WHERE id_index = ANY(${[...indexes]}::text[]) AND status <> 'merged'`.execute(db);
  return new Map(rows.map((r) => [r.id_index, { personId: r.person_id, name: r.name }]));
}

/** Which of the persons the employer employed on some day of [from, to]. */
async function employedBy(
  db: Executor,
  employerId: number,
  personIds: readonly number[],
  from: string,
  to: string,
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const { rows } = await sql<{ person_id: number }>`
    SELECT DISTINCT person_id FROM employments
     WHERE employer_id = ${employerId} AND person_id = ANY(${[...personIds]}::bigint[])
       AND hired_on <= ${to} AND (separated_on IS NULL OR separated_on >= ${from})`.execute(db);
  return new Set(rows.map((r) => r.person_id));
}

/** Checks every line; answers the lines to store or every error found. */
export async function checkLines(
  db: Executor,
  keys: DataKeys,
  lines: readonly DeclarationLineInput[],
  context: LineContext,
): Promise<{ ok: true; lines: CheckedLine[] } | { ok: false; errors: LineError[] }> {
  const errors: LineError[] = [];
  const err = (row: number, field: LineError['field'], code: LineErrorCode) =>
    errors.push(errorOf(row, field, code, context.language));
  const indexOf = new Map<DeclarationLineInput, string>();
  for (const line of lines) {
    const id = checkCitizenId(line.citizenId.trim(), context.today);
    if (id.valid) indexOf.set(line, personIndex(keys, id.normalized));
    else err(line.row, 'citizenId', 'collection_line_citizen_id_invalid');
  }
  const persons = await personsByIndex(db, [...new Set(indexOf.values())]);
  const known = [...new Set([...persons.values()].map((p) => p.personId))];
  const employed = await employedBy(db, context.employerId, known, context.from, context.to);
  const seen = new Set<number>();
  const checked: CheckedLine[] = [];
  for (const line of lines) {
    const index = indexOf.get(line);
    if (index === undefined) continue;
    const person = persons.get(index);
    if (!person) {
      err(line.row, 'citizenId', 'collection_line_person_unknown');
      continue;
    }
    if (seen.has(person.personId)) err(line.row, 'citizenId', 'collection_line_duplicate');
    seen.add(person.personId);
    const name = line.name?.trim();
    if (name && name !== person.name) err(line.row, 'name', 'collection_line_name_mismatch');
    if (!employed.has(person.personId)) err(line.row, 'citizenId', 'collection_line_not_employed');
    const wage = resolveWage(line, person.personId, context);
    if (typeof wage === 'string') err(line.row, 'wage', wage);
    else checked.push({ personId: person.personId, wage });
  }
  errors.sort((a, b) => a.row - b.row);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines: checked };
}

/** The line's wage; without one, the person's annual base where the region declares them. */
function resolveWage(line: DeclarationLineInput, personId: number, context: LineContext): Cents | LineErrorCode {
  const text = line.wage?.trim();
  if (text) return wageOf(text, context.ceiling);
  return context.annualBases?.get(personId) ?? 'collection_line_wage_missing';
}

/** A flexible worker's base as text → fen, or the code it is refused with (bounds are the assessment's). */
export function baseOf(text: string, ceiling: Cents): Cents | LineErrorCode {
  return wageOf(text, ceiling);
}
