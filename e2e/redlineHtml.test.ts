/**
 * The HTML redline (`masterplan diff --format html`) in headless Chromium:
 * a real chapter of this repository, approved and then changed, opened as
 * the self-contained file a reviewer downloads. It must pass axe in both
 * colour schemes, request nothing, mark changes so screen readers announce
 * them, and print without its navigation. Needs no build: the file is made here.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, expect, it} from 'vitest';

import {launchChromium, type LaunchedChromium} from '../src/toolkit/browser/launchChromium';
import {comparePage, formatHtml, type RedlineReport} from '../src/toolkit/redline';
import {axeFor, describeViolation} from '../test/support/axe';
import {describeInBrowser} from '../test/support/browser';
import {SITE_DIR} from '../test/support/paths';

const CHAPTER = 'docs/rencana-induk/sejarah-kerja-sama.mdx';

/** The chapter approved, then one sentence and its diagram changed: what a reviewer would be sent. */
function redlineOfRealChapter(locale: 'id' | 'en'): string {
  const current = readFileSync(path.join(SITE_DIR, CHAPTER), 'utf8');
  const approved = current.replace(/^status: \w+$/m, 'status: approved\napproved_by: [panrb-perencana]\napproved_on: 2026-11-02');
  // One word of the first sentence, and words added at its end.
  const sentence = 'Indonesia dan Korea tumbuh dari kemitraan strategis kedua negara.';
  if (!approved.includes(sentence)) throw new Error(`${CHAPTER} no longer has the sentence this test changes: ${sentence}`);
  let changed = approved.replace(sentence, 'Indonesia dan Korea berawal dari kemitraan strategis kedua negara, sebagaimana dicatat kedua kementerian.').replace('status: approved', 'status: review');
  changed = changed.replace(/```mermaid\n([\s\S]*?)```/, (block, source: string) => `\`\`\`mermaid\n${source}  %% diperbarui\n\`\`\``);
  const comparison = comparePage({before: approved, after: changed, kind: 'mdx'});
  const report: RedlineReport = {
    version: 1,
    base: {spec: 'origin/main', label: 'origin/main (1a2b3c4)', commit: '1a2b3c4'.padEnd(40, '0')},
    head: {spec: 'worktree', label: 'working tree'},
    pages: [{path: CHAPTER, collection: 'rencana-induk', locale: 'id', id: 'sejarah-kerja-sama', change: 'modified', title: 'Sejarah kerja sama', chapter: 2, comparison}],
    summary: {pages: 1, chapters: 1, wordsAdded: comparison.wordsAdded, wordsRemoved: comparison.wordsRemoved, statusChanges: [{path: CHAPTER, title: 'Sejarah kerja sama', before: 'approved', after: 'review'}]},
    diagnostics: [],
  };
  return formatHtml(report, {locale});
}

describeInBrowser('HTML redline', () => {
  let chromium: LaunchedChromium;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it.each([
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'id'],
    ['dark', 'id'],
  ] as const)('has no axe violation in the %s scheme (%s) and requests nothing', async (colorScheme, locale) => {
    const page = await chromium.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.emulateMedia({colorScheme});
      await page.setContent(redlineOfRealChapter(locale), {waitUntil: 'load'});
      expect(await page.locator('ins').count()).toBeGreaterThan(0);
      expect(await page.locator('figcaption').allTextContents()).toEqual(locale === 'en' ? ['Before', 'After'] : ['Sebelum', 'Sesudah']);
      const results = await axeFor(page).analyze();
      expect(results.violations.map((violation) => describeViolation(`redline (${colorScheme}, ${locale})`, violation))).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('announces insertions and deletions to screen readers, and differs between schemes', async () => {
    const page = await chromium.context.newPage();
    try {
      const background = async (colorScheme: 'light' | 'dark') => {
        await page.emulateMedia({colorScheme});
        await page.setContent(redlineOfRealChapter('en'));
        return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      expect(await background('light')).toBe('rgb(255, 255, 255)');
      expect(await background('dark')).toBe('rgb(18, 18, 18)');
      const announced = await page.evaluate(() => {
        const ins = document.querySelector('ins')!;
        return [getComputedStyle(ins, '::before').content, getComputedStyle(ins, '::after').content];
      });
      expect(announced).toEqual(['" [insertion start] "', '" [insertion end] "']);
      const snapshot = await page.locator('ins').first().ariaSnapshot();
      expect(snapshot).toContain('insertion');
    } finally {
      await page.close();
    }
  });

  it('prints without its navigation, with the marks kept', async () => {
    const page = await chromium.context.newPage();
    try {
      await page.setContent(redlineOfRealChapter('en'));
      await page.emulateMedia({media: 'print'});
      expect(await page.locator('nav').isVisible()).toBe(false);
      const decoration = await page.evaluate(() => getComputedStyle(document.querySelector('del')!).textDecorationLine);
      expect(decoration).toBe('line-through');
      const pdf = await page.pdf({format: 'A4'});
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
  });
});
