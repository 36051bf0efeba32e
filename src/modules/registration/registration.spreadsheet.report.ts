/**
 * Writing spreadsheets back: the error report (the uploaded file with an error column, in the
 * same format and in the requester's language) and the downloadable template.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { allRejections, rejectionMessage, type Language } from '../../kernel/rejection.ts';
import type { RowError } from './registration.batch.ts';
import { columnLabel, COLUMN_KEYS, columnOf, ERROR_COLUMN, exampleRow } from './registration.spreadsheet.columns.ts';
import type { HeaderMap } from './registration.spreadsheet.rows.ts';
import { csvRecords, decodeText, firstWorksheet, type SpreadsheetFormat } from './registration.spreadsheet.ts';

export const MEDIA_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The column an error is about, as the file's header wrote it, else in the reader's language. */
export function errorColumnText(error: RowError, header: HeaderMap | null, language: Language): string | null {
  const key = columnOf(error.field);
  if (!key) return null;
  return header?.text.get(key) ?? columnLabel(key, language);
}

/** One error as a sentence: the column, then the rejection's text. */
export function errorMessage(error: RowError, header: HeaderMap | null, language: Language): string {
  const text = allRejections().has(error.code) ? rejectionMessage(error.code, language) : error.code;
  const column = errorColumnText(error, header, language);
  const value = typeof error.details?.value === 'string' ? error.details.value : null;
  const firstLine = typeof error.details?.firstLine === 'number' ? error.details.firstLine : null;
  let quoted = value ? (language === 'en' ? ` ("${value}")` : `（“${value}”）`) : '';
  if (firstLine !== null)
    quoted += language === 'en' ? ` (first on line ${firstLine})` : `（首次出现在第 ${firstLine} 行）`;
  if (!column) return `${text}${quoted}`;
  return language === 'en' ? `${column}: ${text}${quoted}` : `${column}：${text}${quoted}`;
}

/** The messages of each line, joined into the text of its error cell. */
function messagesByLine(errors: readonly RowError[], header: HeaderMap, language: Language): Map<number, string> {
  const byLine = new Map<number, string[]>();
  for (const error of errors) {
    const list = byLine.get(error.line) ?? [];
    list.push(errorMessage(error, header, language));
    byLine.set(error.line, list);
  }
  const separator = language === 'en' ? '; ' : '；';
  return new Map([...byLine].map(([line, list]) => [line, list.join(separator)]));
}

function csvReport(bytes: Buffer, header: HeaderMap, messages: Map<number, string>, language: Language): Buffer {
  const records = csvRecords(decodeText(bytes).text, { rowsMax: Number.MAX_SAFE_INTEGER, keepEmpty: true });
  const headerRecord = records.find((r) => r.cells.some((c) => c.trim() !== ''));
  const headerLine = headerRecord?.line ?? 1;
  const at = header.errorColumn ?? headerRecord?.cells.length ?? 0;
  const out = records.map(({ line, cells }) => {
    if (line < headerLine || cells.every((c) => c.trim() === '')) return [...cells];
    const row = Array.from({ length: Math.max(cells.length, at + 1) }, (_, i) => cells[i] ?? '');
    row[at] = line === headerLine ? ERROR_COLUMN[language === 'en' ? 'en' : 'zh'] : (messages.get(line) ?? '');
    return row;
  });
  return Buffer.from(stringify(out, { bom: true, record_delimiter: 'windows' }), 'utf8');
}

async function xlsxReport(
  bytes: Buffer,
  header: HeaderMap,
  headerLine: number,
  messages: Map<number, string>,
  language: Language,
): Promise<Buffer> {
  const { workbook, sheet } = await firstWorksheet(bytes);
  if (!sheet) throw new Error('the error report needs the worksheet that was read');
  const column = (header.errorColumn ?? sheet.getRow(headerLine).cellCount) + 1;
  const red = { color: { argb: 'FFC00000' } };
  const title = sheet.getCell(headerLine, column);
  title.value = ERROR_COLUMN[language === 'en' ? 'en' : 'zh'];
  title.font = { ...red, bold: true };
  sheet.getColumn(column).width = 60;
  for (let line = headerLine + 1; line <= sheet.rowCount; line++) {
    const message = messages.get(line);
    const cell = sheet.getCell(line, column);
    cell.value = message ?? null;
    if (message) {
      cell.font = red;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The uploaded spreadsheet with an error column, same format (CSV as UTF-8 with BOM). */
export async function errorReport(input: {
  bytes: Buffer;
  format: SpreadsheetFormat;
  header: HeaderMap;
  headerLine: number;
  errors: readonly RowError[];
  language: Language;
}): Promise<Buffer> {
  const messages = messagesByLine(input.errors, input.header, input.language);
  return input.format === 'csv'
    ? csvReport(input.bytes, input.header, messages, input.language)
    : xlsxReport(input.bytes, input.header, input.headerLine, messages, input.language);
}

/** The import template: the header row in the user's language and one example row. */
export async function importTemplate(format: SpreadsheetFormat, language: Language): Promise<Buffer> {
  const headers = COLUMN_KEYS.map((k) => columnLabel(k, language));
  const example = exampleRow(language);
  const values = COLUMN_KEYS.map((k) => example[k]);
  if (format === 'csv') return Buffer.from(stringify([headers, values], { bom: true, record_delimiter: 'windows' }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(language === 'en' ? 'Employees' : '人员增减');
  sheet.columns = COLUMN_KEYS.map((k, i) => ({
    key: k,
    width: Math.max(14, headers[i]!.length * 2 + 4),
    // Text format keeps 18-digit IDs, phones and dates exactly as typed (no scientific notation).
    style: { numFmt: '@' },
  }));
  sheet.addRow(headers).font = { bold: true };
  sheet.addRow(values);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
