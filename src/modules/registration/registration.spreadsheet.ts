/**
 * Reading an uploaded spreadsheet into rows of trimmed text cells. The format is told by the
 * content, never by the file name: an .xlsx is a zip with the workbook parts; anything else must
 * be text (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030, which covers GBK).
 */
import { isUtf8 } from 'node:buffer';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { dateOfUtcMidnight } from '../../kernel/calendar-date.ts';
import { provenZip, ZipFormatError } from '../../spreadsheet/index.ts';
import { IMPORT_BYTES_MAX, IMPORT_ROWS_MAX } from './registration.model.ts';
import { rejectImport } from './registration.imports.rejections.ts';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** One non-empty row: its row number in the spreadsheet (1-based) and its cells as text. */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Sheet {
  readonly format: SpreadsheetFormat;
  /** Non-empty rows in order; the first is the header. */
  readonly rows: readonly SheetRow[];
}

export interface ReadLimits {
  /** Data rows (the header excluded); tests lower it. */
  readonly rowsMax?: number;
  readonly bytesMax?: number;
}

/** Formula and merge addresses named in a refusal, at most this many. */
const CELLS_NAMED_MAX = 20;

const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'xls', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The zip is an Office Open XML workbook when its entry names include the workbook parts. */
function isXlsxZip(bytes: Buffer): boolean {
  return bytes.includes('[Content_Types].xml', 0, 'latin1') && bytes.includes('xl/workbook.xml', 0, 'latin1');
}

/** 'xlsx', 'text', or the name of the binary kind found (refused). */
export function detectFormat(bytes: Buffer): 'xlsx' | 'text' | { binary: string } {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return isXlsxZip(bytes) ? 'xlsx' : { binary: 'zip' };
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { binary: signature.name };
  return 'text';
}

/** Control characters that never occur in a text spreadsheet (tab, CR and LF excepted). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A byte sequence the fallback decoders could not map: binary, not GB18030 text. */
const UNDECODABLE = '\ufffd';

/** Decodes CSV bytes: BOMs first, then strict UTF-8, then GB18030; binary is refused. */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  let decoded: { text: string; encoding: string };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  else if (startsWith(bytes, [0xff, 0xfe]))
    decoded = { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff]))
    decoded = { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  else if (isUtf8(bytes)) decoded = { text: bytes.toString('utf8'), encoding: 'utf-8' };
  else decoded = { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  const undecodable = decoded.encoding !== 'utf-8' && decoded.text.includes(UNDECODABLE);
  if (undecodable || NOT_TEXT.test(decoded.text))
    throw rejectImport('import_not_a_spreadsheet', { detected: 'binary' });
  return decoded;
}

/** The delimiter of the header line: the most frequent of comma, tab and semicolon. */
export function delimiterOf(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const counts = [',', '\t', ';'].map((d) => ({ d, n: first.split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

const isEmptyRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

class TooManyRows extends Error {}
class MalformedCsv extends Error {}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The index of the next delimiter or line break at or after `from` (or the end). */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === LF || c === CR) break;
    j++;
  }
  return j;
}

/**
 * RFC 4180 records: quoted fields may hold delimiters, line breaks and doubled quotes; a stray
 * quote inside an unquoted field is kept as written; CRLF, LF and CR all end a record. Hand-written
 * for speed: a 100,000-row file parses in a fraction of the time a general parser takes.
 */
export function parseDelimited(text: string, delimiter: string, onRecord: (cells: string[]) => void): void {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let cells: string[] = [];
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) throw new MalformedCsv('a quoted field is not closed');
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        out += text.slice(start, q);
        i = q + 1;
        break;
      }
      const end = fieldEnd(text, i, d);
      value = out + text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, d);
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (i >= n) {
      onRecord(cells);
      return;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    onRecord(cells);
    cells = [];
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= n) return;
  }
}

/** Every CSV record with its row number; empty records are kept when `keepEmpty` (for the report). */
export function csvRecords(text: string, options: { rowsMax: number; keepEmpty: boolean }): SheetRow[] {
  const rows: SheetRow[] = [];
  let line = 0;
  let nonEmpty = 0;
  try {
    parseDelimited(text, delimiterOf(text), (record) => {
      line += 1;
      const empty = isEmptyRow(record);
      if (!empty && ++nonEmpty > options.rowsMax + 1) throw new TooManyRows();
      if (!empty || options.keepEmpty) rows.push({ line, cells: record });
    });
  } catch (error) {
    if (error instanceof TooManyRows) throw rejectImport('import_too_many_rows', { rowsMax: options.rowsMax });
    if (error instanceof MalformedCsv)
      throw rejectImport('import_not_a_spreadsheet', {
        detected: 'malformed_csv',
        reason: error.message,
        line: line + 1,
      });
    throw error;
  }
  return rows;
}

/** The UTC calendar day of an Excel date (exceljs reads date-formatted cells as UTC midnights). */
function excelDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return dateOfUtcMidnight(date);
}

/** Significant digits Excel keeps and shows of a number (General format). */
const EXCEL_DIGITS = 15;

/**
 * A number cell as Excel shows it in General format: 15 significant digits. The stored double can
 * carry binary noise past them (an amount summed or pasted in Excel is stored as
 * 1234.5600000000001); the clerk saw 1234.56 and so do we. Integers (IDs, codes) are left whole.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  return String(Number(value.toPrecision(EXCEL_DIGITS)));
}

/** A cell's value as text; formulas never reach here (refused first). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return excelDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

function brokenXlsx(error: unknown) {
  const reason = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
  return rejectImport('import_not_a_spreadsheet', { detected: 'broken_xlsx', reason });
}

/**
 * Opens an uploaded workbook. exceljs is handed only the archive `provenZip` rebuilt from bytes it
 * inflated under hard caps: never the upload itself, whose directory may lie about its sizes.
 */
async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const proven = await provenZip(bytes).catch((error: unknown) => {
    throw error instanceof ZipFormatError ? brokenXlsx(error) : error;
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(proven as unknown as ArrayBuffer);
  } catch (error) {
    throw brokenXlsx(error);
  }
  return workbook;
}

/** Loads the workbook of an upload and its first worksheet (shared with the error report). */
export async function firstWorksheet(
  bytes: Buffer,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet | null }> {
  const workbook = await loadWorkbook(bytes);
  return { workbook, sheet: workbook.worksheets[0] ?? null };
}

interface Span {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rangeOf(span: Span): string {
  const tl = `${columnLetters(span.left)}${span.top}`;
  const br = `${columnLetters(span.right)}${span.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Spreadsheet column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Reads the first worksheet; merged cells and formulas are refused, naming the cells. */
async function readXlsx(bytes: Buffer, rowsMax: number): Promise<SheetRow[]> {
  const { sheet } = await firstWorksheet(bytes);
  if (!sheet) return [];
  // The count of non-empty rows is known before any cell is read: refuse early.
  if (sheet.actualRowCount > rowsMax + 1) throw rejectImport('import_too_many_rows', { rowsMax });
  const merges = new Map<string, Span>();
  const formulas: string[] = [];
  let formulaCount = 0;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged) {
        const master = cell.master.address;
        const span = merges.get(master) ?? { top: line, left: column, bottom: line, right: column };
        merges.set(master, {
          top: Math.min(span.top, line),
          left: Math.min(span.left, column),
          bottom: Math.max(span.bottom, line),
          right: Math.max(span.right, column),
        });
      }
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulaCount += 1;
        if (formulas.length < CELLS_NAMED_MAX) formulas.push(cell.address);
        return;
      }
      cells[column - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (!isEmptyRow(filled)) rows.push({ line, cells: filled });
  });
  if (merges.size > 0)
    throw rejectImport('import_merged_cells', { ranges: [...merges.values()].slice(0, CELLS_NAMED_MAX).map(rangeOf) });
  if (formulaCount > 0) throw rejectImport('import_formula_cell', { cells: formulas, count: formulaCount });
  return rows;
}

/** Reads an upload into its non-empty rows; file-level problems are rejections. */
export async function readSheet(bytes: Buffer, limits: ReadLimits = {}): Promise<Sheet> {
  const bytesMax = limits.bytesMax ?? IMPORT_BYTES_MAX;
  const rowsMax = limits.rowsMax ?? IMPORT_ROWS_MAX;
  if (bytes.length > bytesMax) throw rejectImport('import_file_too_large', { maxBytes: bytesMax });
  if (bytes.length === 0) throw rejectImport('import_empty');
  const format = detectFormat(bytes);
  if (typeof format === 'object') throw rejectImport('import_not_a_spreadsheet', { detected: format.binary });
  if (format === 'xlsx') return { format: 'xlsx', rows: await readXlsx(bytes, rowsMax) };
  const { text } = decodeText(bytes);
  return { format: 'csv', rows: csvRecords(text, { rowsMax, keepEmpty: false }) };
}
