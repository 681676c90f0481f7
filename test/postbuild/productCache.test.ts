import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {packFiles, productCacheDir, productKey, readCachedProduct, restoreFolder, unpackFiles, writeCachedProduct} from '../../src/plugins/productCache';

describe('productKey', () => {
  it('changes with any part and with where the parts split', () => {
    const key = productKey(['ab', 'c']);
    expect(productKey(['ab', 'c'])).toBe(key);
    expect(productKey(['a', 'bc'])).not.toBe(key);
    expect(productKey(['ab', 'd'])).not.toBe(key);
    expect(productKey(['ab', Buffer.from('c')])).toBe(key);
  });
});

describe('the post-build product cache', () => {
  let cacheDir: string;
  const pdf = Buffer.from('%PDF-1.7 a small document\n%%EOF\n');
  const entry = () => path.join(cacheDir, readdirSync(cacheDir)[0]!);

  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'product-cache-'));
  });
  afterEach(() => rmSync(cacheDir, {recursive: true, force: true}));

  it('lives in the folder `docusaurus clear` empties', () => {
    expect(productCacheDir('/site')).toBe(path.join('/site', 'node_modules', '.cache', 'masterplan-products'));
  });

  it('gives back the bytes made for the same key', async () => {
    await writeCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1', pdf);
    expect(Buffer.from((await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1'))!)).toEqual(pdf);
  });

  it('misses for another key, another product, or nothing cached', async () => {
    expect(await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1')).toBeNull();
    await writeCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1', pdf);
    expect(await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-2')).toBeNull();
    expect(await readCachedProduct(cacheDir, 'master-plan-pdf-en', 'key-1')).toBeNull();
  });

  it('keeps one entry per product: a new key replaces the old', async () => {
    await writeCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1', pdf);
    await writeCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-2', Buffer.from('other'));
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1')).toBeNull();
    expect(Buffer.from((await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-2'))!).toString()).toBe('other');
  });

  it.each([
    ['a flipped byte', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -3), Buffer.from('X'), bytes.subarray(-2)])],
    ['a truncated entry', (bytes: Buffer) => bytes.subarray(0, bytes.length - 5)],
    ['bytes added', (bytes: Buffer) => Buffer.concat([bytes, Buffer.from('more')])],
    ['a header that is not JSON', (bytes: Buffer) => Buffer.concat([Buffer.from('{not json\n'), bytes])],
    ['no header line', () => Buffer.from('%PDF-1.7')],
    ['an empty file', () => Buffer.alloc(0)],
  ])('does not trust an entry with %s', async (_name, corrupt) => {
    await writeCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1', pdf);
    writeFileSync(entry(), corrupt(readFileSync(entry())));
    expect(await readCachedProduct(cacheDir, 'master-plan-pdf-id', 'key-1')).toBeNull();
  });
});

describe('packFiles', () => {
  const files = [
    {path: 'pagefind-entry.json', data: Buffer.from('{"version":"1.6.0"}')},
    {path: 'fragment/en_1a2b.pf_fragment', data: Buffer.from([0, 10, 255, 10])},
    {path: 'empty', data: Buffer.alloc(0)},
  ];

  it('unpacks what it packed, bytes and paths', () => {
    const unpacked = unpackFiles(packFiles(files))!;
    expect(unpacked.map((file) => [file.path, Buffer.from(file.data)])).toEqual(files.map((file) => [file.path, file.data]));
  });

  it.each([
    ['cut short', (packed: Buffer) => packed.subarray(0, packed.length - 1)],
    ['with bytes left over', (packed: Buffer) => Buffer.concat([packed, Buffer.from('x')])],
    ['without an index line', () => Buffer.from('no index')],
    ['with an index that is not a list', () => Buffer.from('{"a":1}\n')],
  ])('refuses a pack %s', (_name, damage) => {
    expect(unpackFiles(damage(Buffer.from(packFiles(files))))).toBeNull();
  });

  it.each(['../outside', '/etc/passwd', 'a//b'])('refuses the path %s, which would leave the folder', (name) => {
    expect(unpackFiles(packFiles([{path: name, data: Buffer.from('x')}]))).toBeNull();
  });
});

describe('restoreFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'restore-folder-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('replaces the folder with the packed files, leaving nothing beside it', async () => {
    const target = path.join(dir, 'api');
    mkdirSync(target);
    writeFileSync(path.join(target, 'stale.md'), 'old');
    const packed = packFiles([{path: 'index.md', data: Buffer.from('# API\n')}, {path: 'check/index.md', data: Buffer.from('# check\n')}]);
    expect(await restoreFolder(target, packed)).toBe(true);
    expect(readdirSync(target, {recursive: true}).sort()).toEqual(['check', 'check/index.md', 'index.md']);
    expect(readFileSync(path.join(target, 'check/index.md'), 'utf8')).toBe('# check\n');
    expect(readdirSync(dir)).toEqual(['api']);
  });

  it('writes nothing and says so when the bytes are not a pack', async () => {
    const target = path.join(dir, 'api');
    mkdirSync(target);
    writeFileSync(path.join(target, 'kept.md'), 'kept');
    expect(await restoreFolder(target, Buffer.from('not a pack'))).toBe(false);
    expect(readdirSync(target)).toEqual(['kept.md']);
  });
});
