/**
 * Inflating one zip entry as a stream, counting the bytes it really yields. The entry's declared
 * size is the hard cap: the moment the output passes it the inflater is destroyed, so an archive
 * whose directory lies (a few kilobytes declared, a gigabyte of zeros inside) costs no more memory
 * than it declared, which its caller has already bounded.
 */
import zlib from 'node:zlib';
import { DEFLATED, ZipFormatError, type ZipDirectoryEntry } from './zip-directory.ts';
import { uploadRejections } from './upload.rejections.ts';

/** Output chunk of the inflater: large enough to keep the round trips to zlib's thread few. */
const INFLATE_CHUNK_BYTES = 256 * 1024;

function entryName(entry: ZipDirectoryEntry): string {
  return entry.name.toString('utf8').slice(0, 200);
}

/** The refusal of an entry that inflates past what the directory declared for it. */
function largerThanDeclared(entry: ZipDirectoryEntry) {
  return uploadRejections.reject('upload_inflated_too_large', {
    entry: entryName(entry),
    declaredBytes: entry.declaredSize,
  });
}

/** Inflates a deflated entry into `target` (exactly `declaredSize` bytes long); resolves with the bytes written. */
function inflateInto(compressed: Buffer, entry: ZipDirectoryEntry, target: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    let written = 0;
    inflater.on('data', (chunk: Buffer) => {
      if (written + chunk.length > target.length) {
        inflater.destroy();
        reject(largerThanDeclared(entry));
        return;
      }
      chunk.copy(target, written);
      written += chunk.length;
    });
    inflater.on('error', (error) => reject(new ZipFormatError(`entry ${entryName(entry)}: ${error.message}`)));
    inflater.on('end', () => resolve(written));
    inflater.end(compressed);
  });
}

/**
 * Writes the entry's content, inflated, into `target` (a slice exactly as long as the declared
 * size). Refuses an entry that inflates to more (`upload_inflated_too_large`); one that inflates to
 * less or fails its CRC-32 is a `ZipFormatError`.
 */
export async function inflateEntry(archive: Buffer, entry: ZipDirectoryEntry, target: Buffer): Promise<void> {
  const compressed = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let written: number;
  if (entry.method === DEFLATED) written = await inflateInto(compressed, entry, target);
  else written = compressed.copy(target);
  if (written !== entry.declaredSize) throw new ZipFormatError(`entry ${entryName(entry)} is shorter than declared`);
  if (zlib.crc32(target) !== entry.crc32) throw new ZipFormatError(`entry ${entryName(entry)} fails its CRC-32`);
}
