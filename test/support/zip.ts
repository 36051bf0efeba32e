/**
 * Zip archives written by hand for tests, including the hostile ones no library writes: a directory
 * that lies about sizes, a wrong CRC, a deflate stream that inflates to a gigabyte of zeros.
 */
import zlib from 'node:zlib';

export interface ZipEntrySpec {
  readonly name: string;
  /** The content; deflated unless `method` is 0 or `deflated` is given. */
  readonly data?: Buffer;
  /** A raw deflate stream to store as is (then `declaredSize` and `crc32` should be given). */
  readonly deflated?: Buffer;
  readonly method?: 0 | 8;
  readonly flags?: number;
  /** The uncompressed size the headers claim; the true size when omitted. */
  readonly declaredSize?: number;
  readonly crc32?: number;
}

function header(fields: ReadonlyArray<[bytes: 2 | 4, value: number]>): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [bytes]) => n + bytes, 0));
  let at = 0;
  for (const [bytes, value] of fields) {
    if (bytes === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value >>> 0, at);
    at += bytes;
  }
  return out;
}

/** A zip archive of `entries`, headers as the specs say (true or not). */
export function writeZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const data = spec.data ?? Buffer.alloc(0);
    const method = spec.method ?? 8;
    const body = spec.deflated ?? (method === 8 ? zlib.deflateRawSync(data) : data);
    const name = Buffer.from(spec.name, 'utf8');
    const crc = spec.crc32 ?? zlib.crc32(data);
    const size = spec.declaredSize ?? data.length;
    const flags = spec.flags ?? 0x0800;
    const common: Array<[2 | 4, number]> = [
      [2, 20],
      [2, flags],
      [2, method],
      [2, 0],
      [2, 0x5c21],
      [4, crc],
      [4, body.length],
      [4, size],
      [2, name.length],
      [2, 0],
    ];
    const local = Buffer.concat([header([[4, 0x04034b50], ...common]), name, body]);
    const central = header([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]);
    locals.push(local);
    centrals.push(Buffer.concat([central, name]));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header([
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, entries.length],
    [2, entries.length],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const MIB = 1024 * 1024;

/**
 * A raw deflate stream that inflates to `mebibytes` MiB of zeros, at about a kilobyte a MiB: one
 * fully flushed block of a MiB of zeros (it refers to nothing before it), repeated, then an empty
 * final block. Built in a millisecond, where deflating a gigabyte would take seconds.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(MIB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]);
}

/**
 * An .xlsx-looking archive (the workbook parts are named) whose worksheet declares `declaredSize`
 * bytes but inflates to `mebibytes` MiB of zeros: the zip bomb of issue 14.
 */
export function lyingWorkbook(mebibytes: number, declaredSize = 4_096): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(mebibytes), declaredSize, crc32: 0 },
  ]);
}
