/**
 * The central directory of an uploaded zip (an .xlsx is one), read without inflating anything. What
 * it declares is only a first, cheap refusal: an archive may lie about its sizes, so the caller
 * inflates every entry under a hard cap (`zip-inflate.ts`) and believes only the bytes it got.
 */
import { uploadRejections } from './upload.rejections.ts';

/** A structural fault of the archive (truncated, encrypted, an unknown method): not a usable zip. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

/** Hard caps on what an uploaded archive may hold once inflated. */
export interface ZipLimits {
  /** Entries (files and folders) in the archive. */
  readonly entriesMax: number;
  /** Bytes of all entries together, inflated. */
  readonly inflatedBytesMax: number;
}

/** One entry as the central directory declares it. */
export interface ZipDirectoryEntry {
  /** The name's bytes as stored (UTF-8 when `flags` has bit 11, else the legacy code page). */
  readonly name: Buffer;
  readonly flags: number;
  readonly method: typeof STORED | typeof DEFLATED;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  /** Where the entry's compressed bytes lie in the archive (after its local header). */
  readonly dataStart: number;
  readonly compressedSize: number;
  /** What the directory claims the entry inflates to: an upper bound once inflating has checked it. */
  readonly declaredSize: number;
}

export const STORED = 0;
export const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
/** The end record is followed by a comment of at most 65,535 bytes. */
const EOCD_SEARCH_BYTES = EOCD_BYTES + 0xffff;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_BYTES = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_BYTES = 30;

function endRecordAt(bytes: Buffer): number {
  const floor = Math.max(0, bytes.length - EOCD_SEARCH_BYTES);
  for (let at = bytes.length - EOCD_BYTES; at >= floor; at--) if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  throw new ZipFormatError('no end of central directory record');
}

/** Where an entry's data starts, from its local header (whose sizes are ignored: the directory's count). */
function dataStartOf(bytes: Buffer, localAt: number): number {
  if (localAt + LOCAL_BYTES > bytes.length || bytes.readUInt32LE(localAt) !== LOCAL_SIGNATURE)
    throw new ZipFormatError('an entry has no local header');
  return localAt + LOCAL_BYTES + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
}

function entryAt(bytes: Buffer, at: number): { entry: ZipDirectoryEntry; next: number } {
  if (at + CENTRAL_BYTES > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
    throw new ZipFormatError('the central directory is truncated');
  const flags = bytes.readUInt16LE(at + 8);
  const method = bytes.readUInt16LE(at + 10);
  const compressedSize = bytes.readUInt32LE(at + 20);
  const declaredSize = bytes.readUInt32LE(at + 24);
  const nameLength = bytes.readUInt16LE(at + 28);
  const next = at + CENTRAL_BYTES + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  if (next > bytes.length) throw new ZipFormatError('the central directory is truncated');
  if (flags & FLAG_ENCRYPTED) throw new ZipFormatError('an entry is encrypted');
  if (method !== STORED && method !== DEFLATED) throw new ZipFormatError(`compression method ${method}`);
  if (method === STORED && compressedSize !== declaredSize) throw new ZipFormatError('a stored entry changes size');
  const dataStart = dataStartOf(bytes, bytes.readUInt32LE(at + 42));
  if (dataStart + compressedSize > bytes.length) throw new ZipFormatError('an entry runs past the end');
  const entry: ZipDirectoryEntry = {
    name: bytes.subarray(at + CENTRAL_BYTES, at + CENTRAL_BYTES + nameLength),
    flags,
    method,
    dosTime: bytes.readUInt16LE(at + 12),
    dosDate: bytes.readUInt16LE(at + 14),
    crc32: bytes.readUInt32LE(at + 16),
    dataStart,
    compressedSize,
    declaredSize,
  };
  return { entry, next };
}

/**
 * The entries of a zip's central directory. Refuses more entries than `entriesMax` and declared
 * sizes summing past `inflatedBytesMax` (named rejections) before anything is inflated; a damaged,
 * multi-disk, encrypted or oddly compressed archive is a `ZipFormatError`.
 */
export function zipDirectory(bytes: Buffer, limits: ZipLimits): ZipDirectoryEntry[] {
  const end = endRecordAt(bytes);
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0)
    throw new ZipFormatError('a multi-disk archive');
  const count = bytes.readUInt16LE(end + 10);
  if (count > limits.entriesMax)
    throw uploadRejections.reject('upload_archive_entries_too_many', { entriesMax: limits.entriesMax });
  const entries: ZipDirectoryEntry[] = [];
  let at = bytes.readUInt32LE(end + 16);
  let declared = 0;
  for (let n = 0; n < count; n++) {
    const { entry, next } = entryAt(bytes, at);
    declared += entry.declaredSize;
    // A size of 0xffffffff (ZIP64) lands here too: no spreadsheet this service takes is that large.
    if (declared > limits.inflatedBytesMax)
      throw uploadRejections.reject('upload_inflated_too_large', { inflatedBytesMax: limits.inflatedBytesMax });
    entries.push(entry);
    at = next;
  }
  return entries;
}
