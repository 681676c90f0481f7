/**
 * Issue 19: a warm build (Rspack's persistent cache and the post-build
 * products cached by the last build) gives the same output as a cold one.
 * First the post-build steps, over copies of the site test project's build: a
 * cold run fills an empty cache, and a run over the same pages takes
 * everything from it; then one sentence of a chapter changes, and a warm run
 * with the cache and a cold run with an empty cache must write the same files.
 * Then the whole `npm run build` of a small generated corpus, the same way.
 * The PDFs carry their creation time (a timestamp of the print, kept in the
 * cache) and are compared by page count and text, page by page.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {globSync} from 'tinyglobby';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';

import {changeOneSentence, clearBuildCaches, generateCorpus} from '../bench/corpus/generateCorpus';
import {POSTBUILD_STAGES, type PostbuildContext} from '../scripts/postbuild';
import {productCacheDir, productKey} from '../src/plugins/productCache';
import {runPostbuildSteps} from '../scripts/postbuild/runSteps';
import {loadChapters, PDF_LOCALES, resolveEdition} from '../src/toolkit/pdf';
import {builtPageFile} from '../src/toolkit/pdf/chapters';
import {downloadPath} from '../src/toolkit/pdf/locales';
import {pdfPrintInputs} from '../src/toolkit/pdf/printInputs';
import {describeInBrowser} from '../test/support/browser';
import {BUILD_DIR, SITE_DIR} from '../test/support/paths';
import {differingFiles} from '../test/support/builtFiles';
import {readPdf} from '../test/support/readPdf';

const CHANGED_SENTENCE = 'Kalimat ini ditambahkan oleh uji build hangat.';

/** Runs every post-build step over `outDir` with `cacheDir`; returns what they printed. */
async function postbuild(context: PostbuildContext): Promise<string[]> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)));
  try {
    const lines: string[] = [];
    const outcome = await runPostbuildSteps(POSTBUILD_STAGES, context, {log: (line) => lines.push(line), error: (line) => lines.push(line)});
    expect(outcome, lines.join('\n')).toMatchObject({ok: true});
  } finally {
    log.mockRestore();
  }
  return printed;
}

describeInBrowser('a warm build', () => {
  let work: string;
  let warmLog: string[];
  let unchangedLog: string[];
  const dir = (name: string) => path.join(work, name);

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-warm-build-'));
    cpSync(BUILD_DIR, dir('first'), {recursive: true});
    await postbuild({siteDir: SITE_DIR, outDir: dir('first'), cacheDir: dir('cache')});
    // A build in which no page changed, with the cache the first run left (each product keeps its last entry only).
    cpSync(BUILD_DIR, dir('unchanged'), {recursive: true});
    unchangedLog = await postbuild({siteDir: SITE_DIR, outDir: dir('unchanged'), cacheDir: dir('cache')});

    // One sentence more in the first chapter's Indonesian page, in both builds of the changed sources.
    const edition = resolveEdition({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id'});
    const [chapter] = await loadChapters({siteDir: SITE_DIR, edition, locale: 'id'});
    for (const name of ['warm', 'cold']) {
      cpSync(BUILD_DIR, dir(name), {recursive: true});
      const page = builtPageFile(dir(name), 'id', chapter!.route);
      const html = readFileSync(page, 'utf8');
      const paragraphEnd = html.indexOf('</p>', html.indexOf('theme-doc-markdown'));
      expect(paragraphEnd).toBeGreaterThan(0);
      writeFileSync(page, `${html.slice(0, paragraphEnd)} ${CHANGED_SENTENCE}${html.slice(paragraphEnd)}`);
    }
    warmLog = await postbuild({siteDir: SITE_DIR, outDir: dir('warm'), cacheDir: dir('cache')});
    await postbuild({siteDir: SITE_DIR, outDir: dir('cold'), cacheDir: dir('empty-cache')});
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('prints only the PDF whose pages changed, and copies the other from the cache', () => {
    const [changed, unchanged] = PDF_LOCALES;
    expect(warmLog.filter((line) => line.includes('from the cache'))).toEqual([
      expect.stringContaining(path.relative(SITE_DIR, path.join(dir('warm'), downloadPath(unchanged!)))),
    ]);
    expect(warmLog.some((line) => line.includes(path.relative(SITE_DIR, path.join(dir('warm'), downloadPath(changed!)))) && line.includes('pages'))).toBe(true);
  });

  it('writes the same files as a cold build of the same pages', async () => {
    expect(await differingFiles(dir('warm'), dir('cold'))).toEqual([]);
  });

  it('takes the search index and both PDFs from the cache when no page changed, and writes the same files', async () => {
    expect(unchangedLog.filter((line) => line.includes('from the cache'))).toHaveLength(1 + PDF_LOCALES.length);
    expect(await differingFiles(dir('unchanged'), dir('first'))).toEqual([]);
  });

  it.each(PDF_LOCALES)('gives the %s PDF the same pages and text as a cold build', async (locale) => {
    const [warm, cold] = await Promise.all([readPdf(path.join(dir('warm'), downloadPath(locale))), readPdf(path.join(dir('cold'), downloadPath(locale)))]);
    expect(warm.pageCount).toBe(cold.pageCount);
    expect(warm.texts).toEqual(cold.texts);
    expect(warm.rotatedTexts).toEqual(cold.rotatedTexts);
    if (locale === 'id') expect(warm.texts.join(' ').replace(/\s+/g, ' ')).toContain(CHANGED_SENTENCE);
  });
});

/** Pages of the generated corpus: a few of every collection, a diagram and math among them. */
const CORPUS_PAGES = 12;

describeInBrowser('a warm `npm run build`', () => {
  let site: string;
  let warmLog: string;
  const build = (outDir: string): string => {
    const env: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0'};
    delete env.DOCUSAURUS_NO_PERSISTENT_CACHE;
    const result = spawnSync(process.execPath, [path.join(SITE_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts', '--out-dir', outDir], {cwd: site, env, encoding: 'utf8'});
    if (result.status !== 0) throw new Error(`npm run build (${outDir}) failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'masterplan-warm-site-'));
    await generateCorpus({dir: site, pages: CORPUS_PAGES, diagramEvery: 4, mathEvery: 5});
    cpSync(path.join(SITE_DIR, 'scripts'), path.join(site, 'scripts'), {recursive: true});
    // Cold, as after `npm run clear`: it fills Rspack's persistent cache and the product cache.
    build('build-first');
    await changeOneSentence(site);
    warmLog = build('build-warm');
    // The same sources built cold.
    await clearBuildCaches(site);
    build('build-cold');
  }, 900_000);

  afterAll(() => {
    if (site) rmSync(site, {recursive: true, force: true});
  });

  it('reuses the caches: the unchanged English PDF comes from the product cache', () => {
    expect(readdirSync(productCacheDir(site)).length).toBeGreaterThan(0);
    expect(warmLog).toMatch(/Wrote build-warm\/en\/unduh\/master-plan-en\.pdf from the cache/);
    expect(warmLog).not.toMatch(/Wrote build-warm\/unduh\/rencana-induk-id\.pdf from the cache/);
  });

  it('writes the same files as a cold build of the same sources, the JavaScript and every page included', async () => {
    expect(await differingFiles(path.join(site, 'build-warm'), path.join(site, 'build-cold'))).toEqual([]);
  });
});

describe('the PDF cache key', () => {
  let work: string;
  const key = async (buildDir: string) => productKey((await pdfPrintInputs({siteDir: SITE_DIR, buildDir, locale: 'en', date: new Date('2026-03-02T05:00:00Z')}))!);

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-key-'));
    cpSync(BUILD_DIR, work, {recursive: true});
  });
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  it('stays when a rebuild only renames the bundle every page loads, and changes with a stylesheet or the day', async () => {
    const before = await key(work);
    // What any changed chapter does to every page: the runtime chunk gets a new content hash.
    for (const page of globSync('en/**/*.html', {cwd: work, absolute: true})) {
      writeFileSync(page, readFileSync(page, 'utf8').replace(/runtime~main\.[0-9a-f]+\.js/g, 'runtime~main.00000000.js'));
    }
    expect(await key(work)).toBe(before);
    expect(productKey((await pdfPrintInputs({siteDir: SITE_DIR, buildDir: work, locale: 'en', date: new Date('2026-03-03T05:00:00Z')}))!)).not.toBe(before);
    const [stylesheet] = globSync('assets/css/*.css', {cwd: work, absolute: true});
    writeFileSync(stylesheet!, `${readFileSync(stylesheet!, 'utf8')}\n.x{color:red}`);
    expect(await key(work)).not.toBe(before);
  });
});
