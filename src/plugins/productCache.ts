/**
 * A cache of build products (issue 19: the API reference pages, the search
 * index, the master plan PDF): a product whose inputs did not
 * change since the last build is copied from here instead of being made again.
 *
 * It lives in `node_modules/.cache/`, beside Rspack's persistent cache
 * (`node_modules/.cache/rspack/`), because that is the folder `npm run clear`
 * (`docusaurus clear`) empties along with `.docusaurus/` and `build/`.
 *
 * Each product has one entry (the last one made), so the cache does not grow
 * with every build. An entry is a header line (the key it was made for, and
 * the SHA-256 and length of its bytes) followed by the bytes. An entry whose
 * key differs, or that is unreadable, truncated or corrupt, is a miss: it is
 * made again and overwritten, never trusted.
 */
import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {sha256} from '../toolkit/press/hash';
import {writeFileAtomic} from '../toolkit/fs/atomicWrite';
import type {FileUnder} from '../toolkit/fs/readFilesUnder';

/** The folder under the site where build products are cached. */
export function productCacheDir(siteDir: string): string {
  return path.join(siteDir, 'node_modules', '.cache', 'masterplan-products');
}

/**
 * A key from every input of a product, in order. Each part is length-prefixed,
 * so `['ab', 'c']` and `['a', 'bc']` give different keys.
 */
export function productKey(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

interface EntryHeader {
  key: string;
  sha256: string;
  bytes: number;
}

function entryFile(cacheDir: string, product: string): string {
  return path.join(cacheDir, `${product.replace(/[^\w.-]+/g, '_')}.entry`);
}

/** The cached bytes of `product` made for `key`, or null when there are none to trust. */
export async function readCachedProduct(cacheDir: string, product: string, key: string): Promise<Uint8Array | null> {
  let entry: Buffer;
  try {
    entry = await readFile(entryFile(cacheDir, product));
  } catch {
    return null;
  }
  const newline = entry.indexOf(0x0a);
  if (newline < 0) return null;
  let header: Partial<EntryHeader>;
  try {
    header = JSON.parse(entry.subarray(0, newline).toString('utf8')) as Partial<EntryHeader>;
  } catch {
    return null;
  }
  const data = entry.subarray(newline + 1);
  if (header.key !== key || header.bytes !== data.length || header.sha256 !== sha256(data)) return null;
  return data;
}

/** Remembers `data` as `product` made for `key`, replacing the previous entry atomically. */
export async function writeCachedProduct(cacheDir: string, product: string, key: string, data: Uint8Array): Promise<void> {
  const header: EntryHeader = {key, sha256: sha256(data), bytes: data.length};
  await writeFileAtomic(entryFile(cacheDir, product), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), data]));
}

/** A file of a product that is a folder: its path inside the folder (with `/`) and its bytes. */
export type ProductFile = FileUnder;

/** Files as one entry: a JSON line of paths and lengths, then every file's bytes in that order. */
export function packFiles(files: readonly ProductFile[]): Uint8Array {
  const index = JSON.stringify(files.map((file) => [file.path, file.data.length]));
  return Buffer.concat([Buffer.from(`${index}\n`, 'utf8'), ...files.map((file) => file.data)]);
}

/** The files {@link packFiles} packed, or null when the bytes are not such a pack. */
export function unpackFiles(packed: Uint8Array): ProductFile[] | null {
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return null;
  let index: unknown;
  try {
    index = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(index)) return null;
  const files: ProductFile[] = [];
  let offset = newline + 1;
  for (const item of index as unknown[]) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'number') return null;
    const [name, length] = item as [string, number];
    // A path that would leave the folder is not ours.
    if (name.split('/').some((part) => part === '..' || part === '') || path.isAbsolute(name)) return null;
    if (offset + length > bytes.length) return null;
    files.push({path: name, data: bytes.subarray(offset, offset + length)});
    offset += length;
  }
  return offset === bytes.length ? files : null;
}

/**
 * Writes a product that is a folder (see {@link packFiles}) to `dir` whole:
 * into `<dir>.partial-<pid>` beside it, then moved over whatever was there, so
 * no reader sees half of it. Returns false, writing nothing, when `packed` is
 * not such a pack.
 */
export async function restoreFolder(dir: string, packed: Uint8Array): Promise<boolean> {
  const files = unpackFiles(packed);
  if (!files) return false;
  const partial = `${dir}.partial-${process.pid}`;
  try {
    for (const file of files) {
      await mkdir(path.dirname(path.join(partial, file.path)), {recursive: true});
      await writeFile(path.join(partial, file.path), file.data);
    }
    await rm(dir, {recursive: true, force: true});
    await rename(partial, dir);
  } finally {
    await rm(partial, {recursive: true, force: true});
  }
  return true;
}
