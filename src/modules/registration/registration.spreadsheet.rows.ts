/**
 * From the rows of a sheet to the rows of an employment batch: the header names the columns
 * (Chinese or English), each data row becomes an `EmploymentRow` or row errors for the cells that
 * cannot be read. Pure; the batch then checks the rules.
 */
import { fromEpochDay, isCalendarDate } from '../../kernel/calendar-date.ts';
import type { EmploymentRow, RowError } from './registration.batch.ts';
import { rejectImport } from './registration.imports.rejections.ts';
import type { Sheet, SpreadsheetFormat } from './registration.spreadsheet.ts';
import {
  actionOf,
  COLUMN_KEYS,
  COLUMNS,
  columnOf,
  genderOf,
  isErrorColumn,
  reasonOf,
  schemesOf,
  type ColumnKey,
} from './registration.spreadsheet.columns.ts';
import type { Scheme } from './registration.model.ts';

export interface HeaderMap {
  /** 0-based cell index of each column found. */
  readonly index: ReadonlyMap<ColumnKey, number>;
  /** The header text as written in the file, for messages. */
  readonly text: ReadonlyMap<ColumnKey, string>;
  /** 0-based index of an error column from an earlier report, replaced in the next one. */
  readonly errorColumn: number | null;
}

export interface ParsedRows {
  readonly header: HeaderMap;
  /** Rows whose every cell could be read, ready for the batch. */
  readonly rows: EmploymentRow[];
  /** Cells that could not be read, in the batch's error shape. */
  readonly errors: RowError[];
  /** Non-empty data rows in the file (read or not). */
  readonly dataRowCount: number;
}

/** Maps the header row; refuses when a required column is missing, listing them. */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const index = new Map<ColumnKey, number>();
  const text = new Map<ColumnKey, string>();
  let errorColumn: number | null = null;
  cells.forEach((raw, i) => {
    const cell = raw.trim();
    if (!cell) return;
    if (isErrorColumn(cell)) {
      errorColumn ??= i;
      return;
    }
    const key = columnOf(cell);
    if (key && !index.has(key)) {
      index.set(key, i);
      text.set(key, cell);
    }
  });
  const missing = COLUMN_KEYS.filter((k) => COLUMNS[k].required && !index.has(k));
  if (missing.length > 0)
    throw rejectImport('import_missing_columns', {
      missing: missing.map((k) => ({ column: k, zh: COLUMNS[k].zh, en: COLUMNS[k].en })),
    });
  return { index, text, errorColumn };
}

const EXCEL_SERIAL_OF_1970 = 25_569; // Excel serial of 1970-01-01 (1900 date system)
const EXCEL_SERIAL_MIN = 61; // serials below 61 fall before Excel's phantom 1900-02-29
const EXCEL_SERIAL_MAX = 2_958_465; // 9999-12-31

const pad = (n: string, width: number) => n.padStart(width, '0');

/** A date cell as YYYY-MM-DD: YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD, Excel serials (xlsx). */
export function sheetDate(cell: string, format: SpreadsheetFormat): string | null {
  const text = cell.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '');
  let candidate: string | null = null;
  const separated = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (separated) candidate = `${separated[1]}-${pad(separated[2]!, 2)}-${pad(separated[3]!, 2)}`;
  else if (compact) candidate = `${compact[1]}-${compact[2]}-${compact[3]}`;
  else if (format === 'xlsx' && /^\d{2,7}$/.test(text)) {
    const serial = Number(text);
    if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX)
      candidate = fromEpochDay(serial - EXCEL_SERIAL_OF_1970);
  }
  return candidate !== null && isCalendarDate(candidate) ? candidate : null;
}

/** 0-based positions of the columns in a row (-1 when absent), resolved once per file. */
type Positions = Record<ColumnKey, number>;

function cellAt(cells: readonly string[], at: number): string {
  return at < 0 ? '' : (cells[at] ?? '').trim();
}

/** Readers of one file: dates and schemes repeat from row to row, so each text is read once. */
interface Readers {
  readonly format: SpreadsheetFormat;
  readonly dates: Map<string, string | null>;
  readonly schemes: Map<string, Scheme[] | null>;
}

function dateOf(readers: Readers, text: string): string | null {
  let date = readers.dates.get(text);
  if (date === undefined) readers.dates.set(text, (date = sheetDate(text, readers.format)));
  return date;
}

function schemeListOf(readers: Readers, text: string): Scheme[] | null {
  let schemes = readers.schemes.get(text);
  if (schemes === undefined) readers.schemes.set(text, (schemes = schemesOf(text)));
  return schemes && [...schemes];
}

function fail(errors: RowError[], line: number, field: ColumnKey, code: string, value?: string): void {
  errors.push({ line, field, code, ...(value ? { details: { value: value.slice(0, 64) } } : {}) });
}

/** Reads one data row into a batch row, or pushes the errors of its cells and returns null. */
function readRow(
  line: number,
  cells: readonly string[],
  at: Positions,
  readers: Readers,
  errors: RowError[],
): EmploymentRow | null {
  const before = errors.length;
  const citizenId = cellAt(cells, at.citizenId).toUpperCase();
  if (!citizenId) fail(errors, line, 'citizenId', 'import_value_missing');
  const actionText = cellAt(cells, at.action);
  const action = actionText ? actionOf(actionText) : null;
  if (!actionText) fail(errors, line, 'action', 'import_value_missing');
  else if (!action) fail(errors, line, 'action', 'import_action_unknown', actionText);
  const dateText = cellAt(cells, at.date);
  const date = dateText ? dateOf(readers, dateText) : null;
  if (!dateText) fail(errors, line, 'date', 'import_value_missing');
  else if (!date) fail(errors, line, 'date', 'import_date_invalid', dateText);
  const birthText = cellAt(cells, at.birthDate);
  const birthDate = birthText ? dateOf(readers, birthText) : null;
  if (birthText && !birthDate) fail(errors, line, 'birthDate', 'import_date_invalid', birthText);
  const genderText = cellAt(cells, at.gender);
  const gender = genderText ? genderOf(genderText) : null;
  if (genderText && !gender) fail(errors, line, 'gender', 'import_gender_unknown', genderText);
  const reasonText = cellAt(cells, at.reason);
  const reason = reasonText ? reasonOf(reasonText) : null;
  if (reasonText && !reason) fail(errors, line, 'reason', 'import_reason_unknown', reasonText);
  const schemesText = cellAt(cells, at.schemes);
  const schemes = schemesText ? schemeListOf(readers, schemesText) : null;
  if (schemesText && !schemes) fail(errors, line, 'schemes', 'import_scheme_unknown', schemesText);
  if (errors.length > before || !action || !date) return null;
  return {
    line,
    action,
    citizenId,
    name: cellAt(cells, at.name) || null,
    gender,
    birthDate,
    phone: cellAt(cells, at.phone) || null,
    date,
    reason: action === 'separation' ? reason : null,
    schemes: action === 'hire' ? schemes : null,
  };
}

/** The batch rows of a sheet (first row = header), with the errors of cells that cannot be read. */
export function employmentRowsOf(sheet: Sheet): ParsedRows {
  const [headerRow, ...data] = sheet.rows;
  if (!headerRow) throw rejectImport('import_empty');
  const header = mapHeader(headerRow.cells);
  if (data.length === 0) throw rejectImport('import_empty');
  const at = Object.fromEntries(COLUMN_KEYS.map((k) => [k, header.index.get(k) ?? -1])) as Positions;
  const readers: Readers = { format: sheet.format, dates: new Map(), schemes: new Map() };
  const rows: EmploymentRow[] = [];
  const errors: RowError[] = [];
  for (const { line, cells } of data) {
    const row = readRow(line, cells, at, readers, errors);
    if (row) rows.push(row);
  }
  return { header, rows, errors, dataRowCount: data.length };
}
