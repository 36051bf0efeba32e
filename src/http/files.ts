/**
 * Files in and out of a route: the one reader of an uploaded file, the one cleaner of its name, and
 * the headers a download or a PDF goes out with.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Rejection } from '../kernel/rejection.ts';

/** The longest file name kept (in characters); an upload's own limit may be lower. */
export const FILE_NAME_LENGTH_MAX = 200;
/** A lone UTF-16 surrogate: not a character, and no database stores it as sent. */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The longest extension `fitFileName` keeps whole when it shortens a name (`.xlsx`, `.jpeg`). */
const EXTENSION_LENGTH_MAX = 6;

/**
 * `name` at most `max` characters: shortened at its end, the extension (when it has a short one)
 * kept, so that a shortened `….pdf` still opens as a PDF.
 */
export function fitFileName(name: string, max = FILE_NAME_LENGTH_MAX): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const tail = dot > 0 && name.length - dot <= EXTENSION_LENGTH_MAX ? name.slice(dot) : '';
  return chars.slice(0, max - tail.length).join('') + tail;
}

/**
 * An uploaded file's name as it may be stored and shown: its last path segment, without control
 * and format characters (NUL, bidi overrides), quotes or leading dots, trimmed, at most `max`
 * characters (the extension kept); `fallback` when nothing is left. A file name is metadata the
 * client does not type: it is cleaned, not refused.
 */
export function plainFileName(raw: string, fallback: string, max = FILE_NAME_LENGTH_MAX): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .replace(LONE_SURROGATES, '')
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  return fitFileName(base || fallback, max);
}

/** RFC 6266 `Content-Disposition`: an ASCII fallback name for old clients and the UTF-8 name. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Answers a PDF to show in the browser, with a file name both old and new browsers read; never cached. */
export function sendPdf(reply: FastifyReply, fileName: string, bytes: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition('inline', fileName))
    .header('cache-control', 'no-store')
    .send(bytes);
}

/** An uploaded file as read: its bytes and the name the client gave (not yet cleaned). */
export interface UploadedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
}

/** How a route refuses an upload it cannot read: with its own codes (the archive's, the import's). */
export interface UploadRefusals {
  /** The body is not `multipart/form-data`. */
  notMultipart(): Rejection;
  /** Another part than the one file, none, or a body that does not parse; `reason` says which. */
  malformed(reason?: string): Rejection;
  /** The file is larger than the route takes. */
  tooLarge(maxBytes: number): Rejection;
}

/**
 * Reads exactly one file part named `file` of at most `maxBytes`: any other part is refused, but
 * the text field `ignoredField` (at most twice) is skipped, as a client may send one beside it.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  limits: { readonly maxBytes: number; readonly ignoredField?: string },
  refuse: UploadRefusals,
): Promise<UploadedFile> {
  if (!request.isMultipart()) throw refuse.notMultipart();
  const fields = limits.ignoredField === undefined ? 0 : 2;
  let found: UploadedFile | null = null;
  try {
    for await (const part of request.parts({
      limits: { fileSize: limits.maxBytes, files: 1, fields, parts: 1 + fields },
    })) {
      if (part.type === 'field' && part.fieldname === limits.ignoredField) continue;
      if (part.type !== 'file' || part.fieldname !== 'file' || found) throw refuse.malformed();
      found = { bytes: await part.toBuffer(), fileName: part.filename };
    }
  } catch (error) {
    if (error instanceof Rejection) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw refuse.tooLarge(limits.maxBytes);
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw refuse.notMultipart();
    throw refuse.malformed('malformed multipart body');
  }
  if (!found) throw refuse.malformed('no file part named "file"');
  return found;
}
