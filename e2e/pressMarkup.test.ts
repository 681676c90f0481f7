import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {load, type CheerioAPI} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {SITE_DIR} from '../test/support/paths';

/** Paragraphs that would be HTML, a heading, a rule, a list, an admonition or math if they were not escaped. */
const MARKUP_PARAGRAPHS = [
  'JAKARTA - Sistem baru menolak <script>alert("press")</script> dan <img src=x onerror=alert(1)> sejak hari ini.',
  'Templat lama memakai {braces}, {{ variabel }} dan ${HOME} di dalam teks.',
  '# Bukan judul',
  '---',
  '* bukan daftar dan _bukan miring_',
  '1. bukan daftar bernomor',
  '> bukan kutipan',
  ':::danger bukan admonisi',
  'Rumus $x + y$ dan &amp; tetap tertulis. (HUMASMENPAN)',
];
const HEADLINE = 'Uji <b>markup</b> {{ judul }}';
/** Where the release was "published", given with --source-url; `&` must survive HTML and JSON escaping. */
const SOURCE_URL = 'https://example.go.id/berita/uji-markup?id=1&lang=id';
const RELEASE = `${HEADLINE}\n:\nOleh Irvina Falah, Rabu, 2 Maret 2016 | 14:35 WIB - Redaktur: Irvina Falah - 1\n${MARKUP_PARAGRAPHS.join('\n')}\n`;

/**
 * A planner's path, as the README gives it: import a new release (it has no
 * English page yet) into a copy of the site with `npx masterplan import-press`,
 * then `npm run build`, every locale and every post-build step.
 */
describe('a new release full of markup, imported and built with npm run build', () => {
  let site: string;
  let $: CheerioAPI;
  let html: string;

  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), 'press-markup-site-'));
    // Everything `npm run build` reads; the docs link to the shipped post, so blog/ comes along.
    const parts = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'tsconfig.typedoc.json', 'package.json', 'scripts', 'src', 'i18n', 'data', 'static', 'docs', 'blog'];
    for (const entry of parts) {
      cpSync(path.join(SITE_DIR, entry), path.join(site, entry), {recursive: true});
    }
    symlinkSync(path.join(SITE_DIR, 'node_modules'), path.join(site, 'node_modules'), 'dir');
    writeFileSync(path.join(site, 'markup.txt'), RELEASE);
    // The docs show their last update from git, so the copy is a repository with one commit.
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd: site});
    writeFileSync(path.join(site, '.gitignore'), 'node_modules\nbuild\n.docusaurus\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'site copy');

    const imported = spawnSync('npx', ['masterplan', 'import-press', 'markup.txt', '--source-url', SOURCE_URL], {cwd: site, encoding: 'utf8'});
    expect(imported.stdout).toContain('1 imported');
    // No persistent cache: node_modules is shared, and the build must not reuse another site's.
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', FORCE_COLOR: '0'},
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
    html = readFileSync(path.join(site, 'build', 'siaran-pers', 'uji-b-markup-b-judul', 'index.html'), 'utf8');
    $ = load(html);
  }, 600_000);

  afterAll(() => {
    if (site && !process.env.KEEP_SITE) rmSync(site, {recursive: true, force: true});
  });

  it('shows every paragraph as the literal characters of the release', () => {
    // The body's paragraphs, not the source attribution below them.
    const paragraphs = $('article .markdown p')
      .filter((_index, element) => $(element).closest('[data-testid=press-attribution]').length === 0)
      .map((_index, element) => $(element).text())
      .get();
    expect(paragraphs).toEqual(MARKUP_PARAGRAPHS);
  });

  it('shows the headline literally', () => {
    expect($('article h1').first().text()).toBe(HEADLINE);
  });

  it('runs no script and loads no image from the release, not even through the structured data', () => {
    expect($('script:not([type="application/ld+json"])').filter((_index, element) => $(element).text().includes('alert(')).length).toBe(0);
    expect($('img[onerror]').length).toBe(0);
    // The text may sit in attribute values (meta description), where `<` is inert; never in an element.
    expect($('*').filter((_index, element) => $(element).attr('onerror') !== undefined).length).toBe(0);
    const structuredData = JSON.parse($('script[type="application/ld+json"]').first().text()) as {headline: string; description: string};
    expect(structuredData).toMatchObject({headline: HEADLINE, description: MARKUP_PARAGRAPHS[0]!.replace('JAKARTA - ', '')});
  });

  it('links the original it republishes, and names it in the structured data', () => {
    expect($('[data-testid=press-source-url]').attr('href')).toBe(SOURCE_URL);
    const structuredData = JSON.parse($('script[type="application/ld+json"]').first().text()) as {isBasedOn?: string};
    expect(structuredData.isBasedOn).toBe(SOURCE_URL);
  });

  it('keeps markup literal on the list page too', () => {
    const list = load(readFileSync(path.join(site, 'build', 'siaran-pers', 'index.html'), 'utf8'));
    expect(list('img[onerror]').length).toBe(0);
    expect(list('script:not([type="application/ld+json"])').filter((_index, element) => list(element).text().includes('alert(')).length).toBe(0);
    expect(list('article h2').map((_index, element) => list(element).text()).get()).toContain(HEADLINE);
  });

  it('is listed on the English site in Indonesian, marked as not yet translated', () => {
    const list = load(readFileSync(path.join(site, 'build', 'en', 'siaran-pers', 'index.html'), 'utf8'));
    const item = list('[data-untranslated]').filter((_index, element) => list(element).find('h2').text() === HEADLINE);
    expect(item.length).toBe(1);
    expect(item.find('[role="note"]').text()).toBe('This press release has not been translated yet; it is shown in Indonesian, as published.');
    expect(item.find('[lang="id"] h2').text()).toBe(HEADLINE);
    const page = load(readFileSync(path.join(site, 'build', 'en', 'siaran-pers', 'uji-b-markup-b-judul', 'index.html'), 'utf8'));
    expect(page('[data-untranslated] [role="note"]').length).toBe(1);
    expect(page('[data-untranslated] [lang="id"] .markdown p').first().text()).toBe(MARKUP_PARAGRAPHS[0]);
    // The shipped release has its English page, so it is not marked.
    expect(list('article').length).toBe(list('[data-untranslated]').length + 1);
  });

  it('makes no heading, rule, list, quote, admonition or math of it', () => {
    const body = $('article .markdown');
    expect(body.find('h1, h2, h3, h4, h5, h6, hr, ul, ol, blockquote, em, strong, .theme-admonition, .katex').length).toBe(0);
  });
});
