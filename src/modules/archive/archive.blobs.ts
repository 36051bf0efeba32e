/**
 * Content-addressed blob store: bytes are kept once under their SM3 digest and never overwritten.
 * The interface is small and asynchronous so that an S3-compatible store can implement it later
 * (key = digest, conditional put with If-None-Match: *).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm3 } from '../../kernel/sm-crypto.ts';
import type { BlobStore } from '../../ports.ts';

export type { BlobStore } from '../../ports.ts';

const DIGEST = /^[0-9a-f]{64}$/;

/** True for a well-formed SM3 hex digest; anything else never reaches a file path. */
export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

function assertDigest(value: string): void {
  if (!isDigest(value)) throw new Error(`not an SM3 digest: ${value.slice(0, 80)}`);
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/**
 * Files under `root/ab/cd/<sm3>`. A put writes `root/tmp/<random>`, flushes it, and hard-links it
 * into place: `link` fails when the name exists, so an existing file is never replaced (rename
 * would). Where hard links are not supported the temporary file is renamed after an existence check.
 */
export function fsBlobStore(root: string): BlobStore {
  const tmp = path.join(root, 'tmp');
  const fileOf = (digest: string) => path.join(root, digest.slice(0, 2), digest.slice(2, 4), digest);
  return {
    kind: 'filesystem',
    async put(bytes) {
      const digest = sm3(bytes);
      const target = fileOf(digest);
      if (fs.existsSync(target)) return digest;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.mkdir(tmp, { recursive: true });
      const temporary = path.join(tmp, `${digest}.${crypto.randomBytes(6).toString('hex')}`);
      const handle = await fs.promises.open(temporary, 'wx', 0o444);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fs.promises.link(temporary, target);
      } catch (error) {
        const code = errno(error);
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
          if (!fs.existsSync(target)) await fs.promises.rename(temporary, target);
        } else if (code !== 'EEXIST') {
          await fs.promises.rm(temporary, { force: true });
          throw error;
        }
      }
      await fs.promises.rm(temporary, { force: true });
      return digest;
    },
    async get(digest) {
      assertDigest(digest);
      try {
        return await fs.promises.readFile(fileOf(digest));
      } catch (error) {
        if (errno(error) === 'ENOENT') return null;
        throw error;
      }
    },
    async has(digest) {
      assertDigest(digest);
      return fs.existsSync(fileOf(digest));
    },
    async *list() {
      if (!fs.existsSync(root)) return;
      for (const a of await fs.promises.readdir(root)) {
        if (!/^[0-9a-f]{2}$/.test(a)) continue;
        for (const b of await fs.promises.readdir(path.join(root, a))) {
          if (!/^[0-9a-f]{2}$/.test(b)) continue;
          for (const name of await fs.promises.readdir(path.join(root, a, b))) if (isDigest(name)) yield name;
        }
      }
    },
  };
}

/** A store in memory, for unit tests; `tamper` lets a test alter what it holds. */
export function memoryBlobStore(): BlobStore & { tamper(digest: string, bytes: Buffer | null): void } {
  const blobs = new Map<string, Buffer>();
  return {
    kind: 'memory',
    async put(bytes) {
      const digest = sm3(bytes);
      if (!blobs.has(digest)) blobs.set(digest, Buffer.from(bytes));
      return digest;
    },
    async get(digest) {
      assertDigest(digest);
      const found = blobs.get(digest);
      return found ? Buffer.from(found) : null;
    },
    async has(digest) {
      assertDigest(digest);
      return blobs.has(digest);
    },
    async *list() {
      yield* [...blobs.keys()];
    },
    tamper(digest, bytes) {
      if (bytes === null) blobs.delete(digest);
      else blobs.set(digest, bytes);
    },
  };
}
