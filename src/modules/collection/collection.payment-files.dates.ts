/**
 * 到账日期 of a payment file as a calendar day. Text is 'YYYY-MM-DD' or 'YYYYMMDD'. An .xlsx date
 * cell reaches the shared sheet reader either as a Date (exceljs knows the cell's date format; the
 * reader prints it as its day) or, when exceljs does not know the format (the zh-CN built-in
 * formats 27–36 and 50–58 that Chinese Excel and WPS write, e.g. 31 = yyyy"年"m"月"d"日"), as the
 * bare serial number. A serial is a day count without a time zone, so it is turned into a day by
 * arithmetic alone: the server's TZ never moves it.
 */
import ExcelJS from 'exceljs';
import { fromEpochDay, isCalendarDate, type CalendarDate } from '../../kernel/calendar-date.ts';
import { firstWorksheet } from '../registration/index.ts';

/** Serial of 1970-01-01 in the 1900 date system (day 0 = 1899-12-30, Lotus's 1900-02-29 included). */
const UNIX_EPOCH_SERIAL = 25_569;
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01: 1,462 days later. */
const DATE1904_OFFSET_DAYS = 1_462;
/** 1900-03-01: below it the 1900 system counts a day that never was; no payment is that old. */
const SERIAL_MIN = 61;
/** 9999-12-31, the last day Excel knows. */
const SERIAL_MAX = 2_958_465;

/** A day from text: 'YYYY-MM-DD' as is, 'YYYYMMDD' (bank exports, or a General number cell) with dashes. */
export function dateOfText(text: string): CalendarDate | null {
  if (isCalendarDate(text)) return text;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!compact) return null;
  const dashed = `${compact[1]}-${compact[2]}-${compact[3]}`;
  return isCalendarDate(dashed) ? dashed : null;
}

/** The day of an Excel serial (a time of day, the fraction, is dropped); null outside Excel's range. */
export function dateOfSerial(serial: number, date1904: boolean): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial) + (date1904 ? DATE1904_OFFSET_DAYS : 0);
  if (day < SERIAL_MIN || day > SERIAL_MAX) return null;
  return fromEpochDay(day - UNIX_EPOCH_SERIAL);
}

/** Text the sheet reader made of a number: digits with an optional fraction. */
const NUMBER_TEXT = /^\d+(\.\d+)?$/;

/**
 * Days of the numeric cells of one column of an .xlsx, by spreadsheet row: read again from the
 * workbook only when the column holds a number, because only the workbook tells a numeric cell
 * from text that looks like one and which date system (1900 or 1904) the serials count in.
 */
export async function serialDatesOf(
  bytes: Buffer,
  column: number,
  cells: ReadonlyArray<{ row: number; text: string }>,
): Promise<Map<number, CalendarDate | null>> {
  const numeric = cells.filter((c) => NUMBER_TEXT.test(c.text) && dateOfText(c.text) === null);
  const days = new Map<number, CalendarDate | null>();
  if (numeric.length === 0) return days;
  const { workbook, sheet } = await firstWorksheet(bytes);
  if (!sheet) return days;
  const date1904 = workbook.properties.date1904 === true;
  for (const { row } of numeric) {
    const cell = sheet.getRow(row).getCell(column + 1);
    if (cell.type === ExcelJS.ValueType.Number) days.set(row, dateOfSerial(Number(cell.value), date1904));
  }
  return days;
}
