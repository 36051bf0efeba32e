/** Pure rules of the archive: content sniffing, upload checks, archive numbers, retention dates. */
import { fitFileName, plainFileName } from '../../http/files.ts';
import { dateOfInstant, dateParts } from '../../kernel/calendar-date.ts';
import { hmacSm3 } from '../../kernel/sm-crypto.ts';
import { canonicalJson } from '../audit/index.ts';
import { FILE_NAME_LENGTH_MAX, RETENTION_CLASSES, type RetentionClass } from './archive.model.ts';
import { rejectArchive } from './archive.rejections.ts';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Leading signatures ("magic numbers") of the formats the archive recognises, first match wins. */
const SIGNATURES: ReadonlyArray<{
  mediaType: string;
  at: number;
  bytes: readonly number[];
  also?: [number, number[]];
}> = [
  { mediaType: 'application/pdf', at: 0, bytes: ascii('%PDF-') },
  { mediaType: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/tiff', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mediaType: 'image/tiff', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mediaType: 'image/webp', at: 0, bytes: ascii('RIFF'), also: [8, ascii('WEBP')] },
  { mediaType: 'image/gif', at: 0, bytes: ascii('GIF87a') },
  { mediaType: 'image/gif', at: 0, bytes: ascii('GIF89a') },
  { mediaType: 'application/zip', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
];

/** Media types `sniffMediaType` can recognise; a material may only accept these. */
export const RECOGNISED_MEDIA_TYPES: readonly string[] = [...new Set(SIGNATURES.map((s) => s.mediaType))];

/** File-name extensions that name a recognised type. */
const EXTENSIONS: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  gif: 'image/gif',
  zip: 'application/zip',
};

/** The usual extension of each recognised type. */
const CANONICAL_EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/zip': 'zip',
};

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((b, i) => bytes[at + i] === b);
}

/** What the content is, by its leading bytes, or null when it is none of the recognised formats. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (startsWith(bytes, s.at, s.bytes) && (!s.also || startsWith(bytes, s.also[0], s.also[1]))) return s.mediaType;
  }
  return null;
}

/** The media type a file name's extension claims, or null when it has no recognised extension. */
export function mediaTypeOfName(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(fileName);
  return match ? (EXTENSIONS[match[1]!.toLowerCase()] ?? null) : null;
}

/**
 * Decides the media type of an upload BY CONTENT: refuses empty, larger than `maxBytes`, of a type
 * not in `allowed`, or (when `fileName` is given) named with the extension of another type.
 */
export function checkUpload(
  bytes: Buffer,
  allowed: readonly string[],
  maxBytes: number,
  fileName?: string,
): { mediaType: string } {
  if (bytes.length === 0) throw rejectArchive('upload_empty');
  if (bytes.length > maxBytes) throw rejectArchive('upload_too_large', { maxBytes, size: bytes.length });
  const detected = sniffMediaType(bytes);
  if (detected === null || !allowed.includes(detected))
    throw rejectArchive('upload_type_not_accepted', { detected, allowed: [...allowed] });
  const claimed = fileName === undefined ? null : mediaTypeOfName(fileName);
  if (claimed !== null && claimed !== detected)
    throw rejectArchive('upload_name_mismatch', { detected, claimed, fileName });
  return { mediaType: detected };
}

/**
 * A file name safe to store and to send back: no directory parts or control characters, at most
 * FILE_NAME_LENGTH_MAX characters (the extension kept), and the content's extension added when the
 * name has none that is recognised.
 */
export function cleanFileName(raw: string, mediaType: string): string {
  const name = plainFileName(raw, 'file', FILE_NAME_LENGTH_MAX);
  const extension = CANONICAL_EXTENSION[mediaType];
  return extension && mediaTypeOfName(name) === null ? fitFileName(`${name}.${extension}`, FILE_NAME_LENGTH_MAX) : name;
}

/** Year of an instant in China Standard Time. */
export function chinaYear(at: Date): number {
  return dateParts(dateOfInstant(at)).year;
}

/** 档案号 after DA/T 22: `<agency code>-<year>-<retention code>-<sequence, 6 digits>`. */
export function archiveNumber(agencyCode: string | null, year: number, retention: RetentionClass, seq: number): string {
  return `${agencyCode ?? 'SYS'}-${year}-${RETENTION_CLASSES[retention].code}-${String(seq).padStart(6, '0')}`;
}

/**
 * First day a document may be appraised for destruction: retention counts from 1 January of the
 * year after archiving. Null for permanent documents.
 */
export function destroyAfter(retention: RetentionClass, archivedAt: Date): string | null {
  const years = RETENTION_CLASSES[retention].years;
  return years === null ? null : `${chinaYear(archivedAt) + 1 + years}-01-01`;
}

/** The fields of a document row that its seal covers. */
export interface SealedFields {
  archiveNo: string;
  sm3: string;
  size: number;
  mediaType: string;
  fileName: string;
  documentType: string;
  retention: string;
  destroyAfter: string | null;
  caseId: number | null;
  caseNumber: string | null;
  itemCode: string | null;
  materialCode: string | null;
  agencyId: number | null;
  subjectKind: string | null;
  subjectIndex: string | null;
  producedByKind: string;
  producedById: number | null;
  producedByName: string;
  supersedesId: number | null;
  supersedeReason: string | null;
  uploadId: string | null;
  createdAt: string;
}

/** HMAC-SM3 seal of a document row, so that an edit made in SQL is found by verify-archive. */
export function rowSeal(macKey: Uint8Array, fields: SealedFields): string {
  return hmacSm3(macKey, `archive-document:${canonicalJson(fields)}`);
}

/** True when the period runs forwards and spans at most `maxMonths` months. */
export function periodValid(fromMonth: string, toMonth: string, maxMonths: number): boolean {
  const months = (y: string) => Number(y.slice(0, 4)) * 12 + Number(y.slice(5, 7)) - 1;
  const span = months(toMonth) - months(fromMonth);
  return span >= 0 && span < maxMonths;
}

/** Every month `YYYY-MM` from `fromMonth` to `toMonth` inclusive. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const start = Number(fromMonth.slice(0, 4)) * 12 + Number(fromMonth.slice(5, 7)) - 1;
  const end = Number(toMonth.slice(0, 4)) * 12 + Number(toMonth.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let m = start; m <= end; m++) out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return out;
}
