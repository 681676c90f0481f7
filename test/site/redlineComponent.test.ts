import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import type {RedlineMarkStrings, RedlinePageBlock} from '../../src/content/siteData/redline';
import {pageBlocks} from '../../src/plugins/redline/redlineData';
import {redlinePageStrings} from '../../src/plugins/redline/strings';
import {comparePage} from '../../src/toolkit/redline';
import {REPO_DIR} from '../support/tempSite';

type Render = (props: {blocks: readonly RedlinePageBlock[]; marks: RedlineMarkStrings}) => string;

/** The Redline component rendered to HTML: bundled with esbuild (the unit project does not compile JSX or CSS modules). */
let render: Render;
let bundleDir: string;
beforeAll(async () => {
  const {outputFiles} = await build({
    stdin: {
      contents: `import {createElement} from 'react'; import {renderToStaticMarkup} from 'react-dom/server.browser'; import Redline from './src/components/Redline';
export const render = (props) => renderToStaticMarkup(createElement(Redline, props));`,
      resolveDir: REPO_DIR,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'neutral',
    jsx: 'automatic',
    loader: {'.css': 'local-css'},
    logLevel: 'error',
  });
  bundleDir = mkdtempSync(path.join(tmpdir(), 'redline-component-'));
  const file = path.join(bundleDir, 'redline.mjs');
  writeFileSync(file, outputFiles.find((output) => output.path.endsWith('.js'))!.text);
  render = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as {render: Render}).render;
}, 60_000);
afterAll(() => rmSync(bundleDir, {recursive: true, force: true}));

const page = (body: string) => `---\ntitle: Peta program\nchapter: 3\n---\n\n${body}`;
const marks = redlinePageStrings('id', {title: 'Peta program', chapter: 3, basis: {kind: 'edition', edition: '2030-2034'}}).marks;
const redline = (before: string, after: string) => {
  const blocks = pageBlocks(comparePage({before: page(before), after: page(after), kind: 'md'}).blocks);
  return {blocks, html: render({blocks, marks})};
};

describe('the Redline component', () => {
  it('renders a numbered list as a numbered list, from the number it starts at, and bullets as bullets', () => {
    const {blocks, html} = redline('3. Tiga.\n4. Empat.\n\n- Butir.\n', '3. Tiga.\n4. Empat baru.\n\n- Butir.\n');
    expect(blocks.map((block) => [block.ordered ?? false, block.start ?? 1])).toEqual([
      [true, 3],
      [true, 3],
      [false, 1],
    ]);
    expect(html).toMatch(/^<div[^>]*><ol start="3"><li>Tiga\.<\/li><li[^>]*>Empat.*<\/li><\/ol><ul><li>Butir\.<\/li><\/ul><\/div>$/);
  });

  it('renders an admonition as its title, a changed title struck and inserted whole, no ::: anywhere', () => {
    const {blocks, html} = redline(':::note[Draf lama]\n\nIsi.\n\n:::\n', ':::note[Draf baru]\n\nIsi.\n\n:::\n');
    expect(blocks[0]).toMatchObject({kind: 'admonition', admonition: 'note', before: 'Draf lama', after: 'Draf baru'});
    expect(html).not.toContain(':::');
    expect(html).not.toContain('<pre');
    expect(html).toMatch(/<p[^>]*data-admonition="note"[^>]*><del[^>]*>.*Draf lama.*<\/del> <ins[^>]*>.*Draf baru.*<\/ins><\/p><p[^>]*>Isi\.<\/p>/);
  });
});
