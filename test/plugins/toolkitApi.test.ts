import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import type {LoadContext} from '@docusaurus/types';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import pluginToolkitApi, {toolkitApiPagesKey} from '../../src/plugins/toolkit-api';
import {packFiles, productCacheDir, writeCachedProduct} from '../../src/plugins/productCache';
import {SITE_DIR} from '../support/paths';

/** docusaurus-plugin-typedoc's options, with paths absolute: typedoc resolves relative ones against the working folder. */
const options = (site: string) => ({
  id: 'toolkit-api',
  entryPoints: [path.join(site, 'src/toolkit/sum.ts')],
  tsconfig: path.join(site, 'tsconfig.json'),
  out: path.join(site, 'docs/toolkit/api'),
  readme: 'none',
  logLevel: 'Error',
  skipErrorChecking: true,
});

/** The generated pages: path and text, in path order. */
function pages(site: string): [string, string][] {
  const out = options(site).out;
  return (readdirSync(out, {recursive: true}) as string[])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => [name, readFileSync(path.join(out, name), 'utf8')]);
}

describe('the toolkit API pages (docusaurus-plugin-typedoc with the product cache)', () => {
  let site: string;
  const context = () => ({siteDir: site}) as LoadContext;

  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), 'toolkit-api-'));
    mkdirSync(path.join(site, 'src/toolkit'), {recursive: true});
    mkdirSync(path.join(site, 'node_modules/.cache'), {recursive: true});
    // The site's own packages (typedoc and its plugins), with a cache folder of its own.
    for (const name of readdirSync(path.join(SITE_DIR, 'node_modules'))) {
      if (name !== '.cache') symlinkSync(path.join(SITE_DIR, 'node_modules', name), path.join(site, 'node_modules', name));
    }
    writeFileSync(path.join(site, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, module: 'nodenext', target: 'es2022'}, include: ['src/toolkit']}));
    writeFileSync(path.join(site, 'package-lock.json'), '{}');
    writeFileSync(path.join(site, 'src/toolkit/sum.ts'), '/** Adds two numbers. */\nexport function sum(a: number, b: number): number {\n  return a + b;\n}\n');
  });
  afterAll(() => {
    rmSync(site, {recursive: true, force: true});
  });

  it('writes the pages from the cache when nothing typedoc reads changed, and again from typedoc when a source changed', async () => {
    await pluginToolkitApi(context(), options(site));
    const generated = pages(site);
    expect(generated.map(([, text]) => text).join('\n')).toContain('Adds two numbers.');
    expect(readdirSync(productCacheDir(site))).toContain('toolkit-api.entry');

    // Pages lost (a fresh checkout keeps the cache in node_modules/.cache): the same pages come back.
    rmSync(options(site).out, {recursive: true});
    await pluginToolkitApi(context(), options(site));
    expect(pages(site)).toEqual(generated);

    // What the cache holds is what is written (typedoc does not run): an entry for the same key with one marker page.
    const key = await toolkitApiPagesKey(site, options(site));
    await writeCachedProduct(productCacheDir(site), 'toolkit-api', key, packFiles([{path: 'marker.md', data: Buffer.from('# From the cache\n')}]));
    await pluginToolkitApi(context(), options(site));
    expect(pages(site)).toEqual([['marker.md', '# From the cache\n']]);

    // A changed doc comment is a changed input: typedoc runs again.
    writeFileSync(path.join(site, 'src/toolkit/sum.ts'), '/** Adds two whole numbers. */\nexport function sum(a: number, b: number): number {\n  return a + b;\n}\n');
    await pluginToolkitApi(context(), options(site));
    expect(pages(site).map(([, text]) => text).join('\n')).toContain('Adds two whole numbers.');
  }, 60_000);
});
