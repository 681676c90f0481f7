import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {load, type CheerioAPI} from 'cheerio';
import {FileSystemConfigLoader, HtmlValidate} from 'html-validate';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {axeFor, describeViolation} from '../test/support/axe';
import {describeInBrowser} from '../test/support/browser';
import {pageForRoute, readBuilt} from '../test/support/builtFiles';
import {NO_PROBLEMS, openSiteBrowser, problemsOf, type SiteBrowser} from '../test/support/siteBrowser';
import {createTempSite, type TempSite} from '../test/support/tempSite';

/** The real chapter the copy approves: the introduction, whose page is the master plan's first (`slug: /`). */
const CHAPTER = {
  id: {file: 'docs/rencana-induk/pendahuluan.md', page: '/rencana-induk/', redline: '/rencana-induk/perubahan/pendahuluan/', changes: '/rencana-induk/perubahan/'},
  en: {
    file: 'i18n/en/docusaurus-plugin-content-docs/current/pendahuluan.md',
    page: '/en/rencana-induk/',
    redline: '/en/rencana-induk/perubahan/pendahuluan/',
    changes: '/en/rencana-induk/perubahan/',
  },
} as const;

/** One sentence changed after the approval, in each language: one word out, two (one) in. */
const EDIT = {
  id: {before: 'dipandang sebagai cara terbaik mewujudkan', after: 'dipandang sebagai cara paling tepat mewujudkan', deleted: ['terbaik'], inserted: ['paling tepat']},
  en: {before: 'is seen as the best way to make', after: 'is seen as the most fitting way to make', deleted: ['best'], inserted: ['most fitting']},
} as const;

const LOCALES = ['id', 'en'] as const;

/**
 * A second real chapter, approved in both languages, whose diagram changes
 * afterwards in the Indonesian file only: a whole block (shown before and
 * after), and a change one language has and the other has not.
 */
const DIAGRAM = {
  file: 'docs/rencana-induk/peta-program.md',
  enFile: 'i18n/en/docusaurus-plugin-content-docs/current/peta-program.md',
  page: '/rencana-induk/peta-program/',
  enPage: '/en/rencana-induk/peta-program/',
  redline: '/rencana-induk/perubahan/peta-program/',
  before: '    perizinan --> portal\n',
  after: '    perizinan -. melengkapi .-> portal\n',
} as const;

let site: TempSite;
let buildDir: string;
const readPage = (route: string): CheerioAPI => load(readFileSync(path.join(buildDir, pageForRoute(route)), 'utf8'));

function rewrite(file: string, from: string | RegExp, to: string): void {
  const full = path.join(site.dir, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found; the test's chapter changed, pick another sentence`);
  writeFileSync(full, next);
}

/** The words of the marks in a redline, without the words announcing them to screen readers. */
function markedWords($: CheerioAPI, mark: 'ins' | 'del'): string[] {
  return $(`[data-redline] ${mark}`)
    .map((_index, element) => {
      const copy = $(element).clone();
      copy.children('span').remove();
      return copy.text();
    })
    .get();
}

/**
 * A copy of the site made into a git repository: the introduction approved by
 * a team (data/teams.yml) and committed, then one sentence changed and
 * committed, in both languages; built as `npm run build` builds it (the
 * Content-Security-Policy included), without the PDF.
 */
beforeAll(() => {
  site = createTempSite({forBuild: true, withGit: true});
  const approval = 'approved_by: [panrb-perencana]\napproved_on: 2026-11-02';
  for (const locale of LOCALES) rewrite(CHAPTER[locale].file, /^status: review$/m, `status: approved\n${approval}`);
  for (const file of [DIAGRAM.file, DIAGRAM.enFile]) rewrite(file, /^status: draft$/m, `status: approved\n${approval}`);
  site.git('commit', '--quiet', '--all', '--message', 'Approve the introduction and the programme map');
  for (const locale of LOCALES) rewrite(CHAPTER[locale].file, EDIT[locale].before, EDIT[locale].after);
  rewrite(DIAGRAM.file, DIAGRAM.before, DIAGRAM.after);
  site.git('commit', '--quiet', '--all', '--message', 'Reword one sentence of the introduction; one more relation in the programme map');
  buildDir = path.join(site.dir, 'build');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: site.dir,
    encoding: 'utf8',
    env: {...process.env, MASTERPLAN_PDF: '0', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', FORCE_COLOR: '0'},
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
}, 900_000);

afterAll(() => {
  if (site && !process.env.KEEP_SITE) site.remove();
});

describe.each(LOCALES)('a chapter approved and changed since (%s)', (locale) => {
  const chapter = CHAPTER[locale];
  const edit = EDIT[locale];

  it('says so beside its status, linking to its redline page', () => {
    const $ = readPage(chapter.page);
    const badge = $('[data-chapter-meta] [data-changed-since-approval]');
    expect(badge.length).toBe(1);
    expect(badge.text()).toBe(locale === 'id' ? 'Berubah sejak disetujui' : 'Changed since approval');
    expect(badge.attr('href')).toBe(chapter.redline);
  });

  it('gives no other chapter the notice (none of them is approved)', () => {
    const $ = readPage(`${locale === 'id' ? '/' : '/en/'}rencana-induk/keamanan-informasi/`);
    expect($('[data-chapter-meta]').length).toBe(1);
    expect($('[data-changed-since-approval]').length).toBe(0);
  });

  it('marks exactly the changed words on the redline page, each mark labelled for screen readers', () => {
    const $ = readPage(chapter.redline);
    expect(markedWords($, 'del')).toEqual(edit.deleted);
    expect(markedWords($, 'ins')).toEqual(edit.inserted);
    // Each mark is announced where it starts and ends, in the words `masterplan diff` uses.
    const announced = $('[data-redline] ins > span, [data-redline] del > span')
      .map((_index, element) => $(element).text().trim())
      .get();
    expect(announced).toEqual(
      locale === 'id' ? ['[awal hapusan]', '[akhir hapusan]', '[awal sisipan]', '[akhir sisipan]'] : ['[deletion start]', '[deletion end]', '[insertion start]', '[insertion end]'],
    );
    // The rest of the chapter is there, unmarked: the sentence's own words around the change.
    expect($('[data-redline]').text()).toContain(locale === 'id' ? 'Ruang lingkup kerja sama' : 'Scope of the cooperation');
  });

  it('says against what it compares: the approval date and approver from the frontmatter, the commit from git', () => {
    const $ = readPage(chapter.redline);
    const approvalCommit = site.git('log', '--format=%h', '--grep', 'Approve the introduction').trim();
    const summary = $('main').text();
    expect(summary).toContain('2026-11-02');
    expect(summary).toContain(locale === 'id' ? 'Tim perencana e-government Kementerian PANRB' : 'e-Government planning team, Ministry of PANRB');
    expect($('main code').first().text()).toBe(approvalCommit);
    // Who made the commit is git's, not an approval: it is not shown.
    expect(summary).not.toContain('Rini Widyantini');
  });

  it('is listed on the changes page, with the chapters changed in this language only', () => {
    const $ = readPage(chapter.changes);
    expect($('[data-changed-chapter]').map((_index, row) => $(row).attr('data-changed-chapter')).get()).toEqual(
      locale === 'id' ? ['pendahuluan', 'peta-program'] : ['pendahuluan'],
    );
    expect($('[data-changed-chapter="pendahuluan"] a').attr('href')).toBe(chapter.redline);
    expect($('[data-no-changes]').length).toBe(0);
  });
});

describe('a chapter whose diagram changed after approval, in Indonesian only', () => {
  it('has the notice in Indonesian, and not in English, whose page did not change', () => {
    expect(readPage(DIAGRAM.page)('[data-changed-since-approval]').attr('href')).toBe(DIAGRAM.redline);
    expect(readPage(DIAGRAM.enPage)('[data-chapter-meta]').length).toBe(1);
    expect(readPage(DIAGRAM.enPage)('[data-changed-since-approval]').length).toBe(0);
  });

  it('shows the diagram source before (deleted) and after (inserted), each under a visible label, and no word of the prose marked', () => {
    const $ = readPage(DIAGRAM.redline);
    expect($('[data-redline] del > span').first().text()).toBe('Sebelum');
    expect($('[data-redline] ins > span').first().text()).toBe('Sesudah');
    expect($('[data-redline] del pre').text()).toContain(DIAGRAM.before.trim());
    expect($('[data-redline] ins pre').text()).toContain(DIAGRAM.after.trim());
    expect($('[data-redline] ins, [data-redline] del').length).toBe(2);
  });
});

describe('valid HTML (html-validate, as the gate runs it)', () => {
  it.each([CHAPTER.id.redline, CHAPTER.en.redline, DIAGRAM.redline, CHAPTER.id.changes, CHAPTER.en.changes])('on %s', async (route) => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(buildDir, pageForRoute(route)));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});

describeInBrowser('the redline in the browser', () => {
  let browser: SiteBrowser;
  beforeAll(async () => {
    browser = await openSiteBrowser({dir: buildDir});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leads from the chapter to its redline through the notice, with no error, outside request or CSP violation', async () => {
    const visit = await browser.visit(CHAPTER.id.page);
    await browser.page.locator('[data-changed-since-approval]').click();
    await expect.poll(() => new URL(browser.page.url()).pathname).toBe(CHAPTER.id.redline);
    await expect.poll(() => browser.page.locator('[data-redline] del').count()).toBe(1);
    expect(problemsOf(visit)).toEqual(NO_PROBLEMS);
  });

  it.each([
    [CHAPTER.id.redline, 'light'],
    [CHAPTER.id.redline, 'dark'],
    [CHAPTER.en.redline, 'dark'],
    [DIAGRAM.redline, 'light'],
    [DIAGRAM.redline, 'dark'],
    [CHAPTER.id.changes, 'light'],
    [CHAPTER.en.changes, 'dark'],
  ] as const)('passes axe on %s in the %s theme', async (route, colorScheme) => {
    const visit = await browser.visit(route, {colorScheme});
    expect(await browser.page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
    const results = await axeFor(browser.page).analyze();
    expect(results.violations.map((violation) => describeViolation(`${route} (${colorScheme})`, violation))).toEqual([]);
    expect(problemsOf(visit)).toEqual(NO_PROBLEMS);
  });

  it('keeps the marks on paper: underline and strike-through, tinted, whichever theme is on screen', async () => {
    await browser.visit(CHAPTER.id.redline, {colorScheme: 'dark'});
    await browser.page.emulateMedia({media: 'print', colorScheme: 'dark'});
    const styleOf = (selector: string) =>
      browser.page.locator(selector).first().evaluate((element) => {
        const style = getComputedStyle(element);
        return {decoration: style.textDecorationLine, background: style.backgroundColor, color: style.color, display: style.display, printColour: style.printColorAdjust};
      });
    const inserted = await styleOf('[data-redline] ins');
    const deleted = await styleOf('[data-redline] del');
    expect(inserted).toMatchObject({decoration: 'underline', printColour: 'exact', display: 'inline'});
    expect(deleted).toMatchObject({decoration: 'line-through', printColour: 'exact', display: 'inline'});
    // Light tints and dark text on paper, not the dark theme's.
    expect([inserted.background, deleted.background]).toEqual(['rgb(213, 242, 220)', 'rgb(251, 224, 222)']);
    expect([inserted.color, deleted.color]).toEqual(['rgb(28, 30, 33)', 'rgb(28, 30, 33)']);
    // The labels stay for screen readers only, on paper too.
    expect(await browser.page.locator('[data-redline] del > span').first().evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await browser.page.emulateMedia({media: 'screen'});
  });
});

describe('the real site, where no chapter is approved', () => {
  it.each([
    ['/rencana-induk/perubahan/', 'Belum ada edisi yang diterbitkan dan belum ada bab yang disetujui, jadi belum ada perubahan untuk ditampilkan.'],
    ['/en/rencana-induk/perubahan/', 'No edition has been published and no chapter has been approved yet, so there are no changes to show.'],
  ])('says on %s that nothing qualifies', (route, message) => {
    const $ = load(readBuilt(pageForRoute(route)));
    expect($('[data-no-changes]').text()).toBe(message);
    expect($('[data-changed-chapter]').length).toBe(0);
    // The changes page, not a doc of the master plan and not the 404 page.
    expect($('h1').text()).toBe(route.startsWith('/en/') ? 'Changes to the master plan' : 'Perubahan rencana induk');
    expect($('.theme-doc-markdown').length).toBe(0);
  });

  it('gives no chapter page the notice', () => {
    expect(readBuilt(pageForRoute('/rencana-induk/'))).not.toContain('data-changed-since-approval');
  });
});
