/**
 * The one door through which an uploaded zip reaches a parser (exceljs reads an .xlsx with JSZip,
 * which inflates whatever the archive holds, however large). Every entry is inflated here first,
 * as a stream under hard caps, and the parser is given a new archive of the proven bytes, every
 * entry stored uncompressed: it cannot inflate anything, so what it holds is what was counted.
 */
import { inflateEntry } from './zip-inflate.ts';
import { zipDirectory, type ZipDirectoryEntry, type ZipLimits } from './zip-directory.ts';

export { ZipFormatError, type ZipLimits } from './zip-directory.ts';

/**
 * Entries an uploaded workbook may hold: a spreadsheet from Excel or WPS has a dozen parts, a few
 * dozen with pictures; thousands are a way to spend the parser's memory on bookkeeping.
 */
export const UPLOAD_ZIP_ENTRIES_MAX = 1_000;
/**
 * Bytes an uploaded workbook may hold once inflated. The largest import (100,000 rows of six
 * columns) inflates to some 32 MiB and exceljs needs about 250 MB of heap to read it; four times
 * that is room for wide, styled sheets, and bounds what the parser can be made to allocate.
 */
export const UPLOAD_INFLATED_BYTES_MAX = 128 * 1024 * 1024;

export const UPLOAD_ZIP_LIMITS: ZipLimits = {
  entriesMax: UPLOAD_ZIP_ENTRIES_MAX,
  inflatedBytesMax: UPLOAD_INFLATED_BYTES_MAX,
};

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_BYTES = 30;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_BYTES = 46;
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
/** Version 1.0 (stored entries only) needed to extract; made by 2.0, MS-DOS attributes. */
const VERSION_STORED = 10;
const VERSION_MADE_BY = 20;
/** The only flag kept: bit 11, names in UTF-8. */
const FLAG_UTF8_NAMES = 0x0800;

function writeLocalHeader(out: Buffer, at: number, entry: ZipDirectoryEntry): number {
  out.writeUInt32LE(LOCAL_SIGNATURE, at);
  out.writeUInt16LE(VERSION_STORED, at + 4);
  out.writeUInt16LE(entry.flags & FLAG_UTF8_NAMES, at + 6);
  out.writeUInt16LE(0, at + 8);
  out.writeUInt16LE(entry.dosTime, at + 10);
  out.writeUInt16LE(entry.dosDate, at + 12);
  out.writeUInt32LE(entry.crc32, at + 14);
  out.writeUInt32LE(entry.declaredSize, at + 18);
  out.writeUInt32LE(entry.declaredSize, at + 22);
  out.writeUInt16LE(entry.name.length, at + 26);
  out.writeUInt16LE(0, at + 28);
  return at + LOCAL_BYTES + entry.name.copy(out, at + LOCAL_BYTES);
}

function writeCentralHeader(out: Buffer, at: number, entry: ZipDirectoryEntry, localAt: number): number {
  out.fill(0, at, at + CENTRAL_BYTES);
  out.writeUInt32LE(CENTRAL_SIGNATURE, at);
  out.writeUInt16LE(VERSION_MADE_BY, at + 4);
  out.writeUInt16LE(VERSION_STORED, at + 6);
  out.writeUInt16LE(entry.flags & FLAG_UTF8_NAMES, at + 8);
  out.writeUInt16LE(entry.dosTime, at + 12);
  out.writeUInt16LE(entry.dosDate, at + 14);
  out.writeUInt32LE(entry.crc32, at + 16);
  out.writeUInt32LE(entry.declaredSize, at + 20);
  out.writeUInt32LE(entry.declaredSize, at + 24);
  out.writeUInt16LE(entry.name.length, at + 28);
  out.writeUInt32LE(localAt, at + 42);
  return at + CENTRAL_BYTES + entry.name.copy(out, at + CENTRAL_BYTES);
}

function writeEndRecord(out: Buffer, at: number, count: number, directoryAt: number): void {
  out.fill(0, at, at + EOCD_BYTES);
  out.writeUInt32LE(EOCD_SIGNATURE, at);
  out.writeUInt16LE(count, at + 8);
  out.writeUInt16LE(count, at + 10);
  out.writeUInt32LE(at - directoryAt, at + 12);
  out.writeUInt32LE(directoryAt, at + 16);
}

/**
 * Inflates every entry of an uploaded zip, one at a time as a stream, and returns the same
 * archive with every entry stored. Refuses more entries than `entriesMax`, declared sizes past
 * `inflatedBytesMax`, and any entry that inflates past its declared size, as soon as it does
 * (`upload_archive_entries_too_many`, `upload_inflated_too_large`); memory never exceeds the
 * declared sizes, so it stays under the cap. A damaged archive is a `ZipFormatError`.
 */
export async function provenZip(bytes: Buffer, limits: ZipLimits = UPLOAD_ZIP_LIMITS): Promise<Buffer> {
  const entries = zipDirectory(bytes, limits);
  const localBytes = entries.reduce((sum, e) => sum + LOCAL_BYTES + e.name.length + e.declaredSize, 0);
  const centralBytes = entries.reduce((sum, e) => sum + CENTRAL_BYTES + e.name.length, 0);
  const out = Buffer.alloc(localBytes + centralBytes + EOCD_BYTES);
  const localAt: number[] = [];
  let at = 0;
  for (const entry of entries) {
    localAt.push(at);
    const dataAt = writeLocalHeader(out, at, entry);
    at = dataAt + entry.declaredSize;
    await inflateEntry(bytes, entry, out.subarray(dataAt, at));
  }
  const directoryAt = at;
  entries.forEach((entry, i) => (at = writeCentralHeader(out, at, entry, localAt[i]!)));
  writeEndRecord(out, at, entries.length, directoryAt);
  return out;
}
