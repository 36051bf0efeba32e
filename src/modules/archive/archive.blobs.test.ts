import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { fsBlobStore, memoryBlobStore, type BlobStore } from './archive.blobs.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempStore(): { store: BlobStore; root: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-blobs-'));
  dirs.push(root);
  return { store: fsBlobStore(root), root };
}

async function all(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const digest of store.list()) out.push(digest);
  return out.sort();
}

describe.each([
  ['filesystem', () => tempStore().store],
  ['memory', () => memoryBlobStore()],
])('%s blob store', (_kind, make) => {
  it('stores bytes under their SM3 digest, once', async () => {
    const store = make();
    const bytes = Buffer.from('一次性告知单');
    const digest = await store.put(bytes);
    expect(digest).toBe(sm3(bytes));
    expect(await store.put(Buffer.from(bytes))).toBe(digest);
    expect(await store.get(digest)).toEqual(bytes);
    expect(await store.has(digest)).toBe(true);
    const other = await store.put(Buffer.from('another'));
    expect(await all(store)).toEqual([digest, other].sort());
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.has('0'.repeat(64))).toBe(false);
  });

  it('refuses anything but a digest as a key', async () => {
    const store = make();
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not an SM3 digest/);
    await expect(store.has('ABC')).rejects.toThrow(/not an SM3 digest/);
  });
});

describe('filesystem layout', () => {
  it('writes root/ab/cd/<sm3> read-only, never overwrites, and leaves no temporary files', async () => {
    const { store, root } = tempStore();
    const bytes = Buffer.from('%PDF-1.7 archived');
    const digest = await store.put(bytes);
    const file = path.join(root, digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.statSync(file).mode & 0o222).toBe(0);
    // Someone alters the file behind the store's back: a later put of the same bytes keeps it as
    // found (verify-archive reports it) rather than silently repairing history.
    fs.chmodSync(file, 0o644);
    fs.writeFileSync(file, 'tampered');
    await store.put(bytes);
    expect(fs.readFileSync(file, 'utf8')).toBe('tampered');
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
    // Stray files in the tree are not listed as blobs.
    fs.writeFileSync(path.join(root, digest.slice(0, 2), 'README'), 'x');
    expect(await all(store)).toEqual([digest]);
  });

  it('lists nothing for a store that was never written', async () => {
    expect(await all(fsBlobStore(path.join(os.tmpdir(), 'shebao-never-created-xyz')))).toEqual([]);
  });
});
