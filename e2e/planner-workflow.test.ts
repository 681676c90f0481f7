import {existsSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';

import {collectStatus, type StatusReport} from '../src/toolkit/status';
import {todayIso} from '../src/content/today';
import {publishedEditions} from '../src/toolkit/edition';
import {pageForRoute, readBuilt} from '../test/support/builtFiles';
import {BUILD_DIR, SITE_DIR} from '../test/support/paths';
import {LOCALE_PREFIXES} from '../test/support/pageTypes';

let report: StatusReport;
beforeAll(async () => {
  report = await collectStatus(SITE_DIR, todayIso());
});

describe('the status board', () => {
  it.each([
    ['/status/', 'id'],
    ['/en/status/', 'en'],
  ] as const)('%s lists every chapter of the repository with its status, words and translation state', (route, locale) => {
    const $ = load(readBuilt(pageForRoute(route)));
    const rows = $('tr[data-chapter]');
    expect(rows.map((_i, row) => Number($(row).attr('data-chapter'))).get()).toEqual(report.chapters.map((row) => row.chapter));
    for (const chapter of report.chapters) {
      const row = $(`tr[data-chapter="${chapter.chapter}"]`);
      expect(row.find('a').text()).toBe(locale === 'en' ? chapter.titleEn : chapter.title);
      expect(row.find('[data-translation]').attr('data-translation')).toBe(chapter.translation);
      expect(row.text()).toContain(String(chapter.words));
    }
  });

  it('draws one bar segment per status present, sized by its count', () => {
    const $ = load(readBuilt(pageForRoute('/status/')));
    const firstBar = $('[role="img"]').first();
    const segments = firstBar.children('span').map((_i, span) => Number($(span).text())).get();
    expect(segments).toEqual(Object.values(report.counts).filter((count) => count > 0));
  });

  it('links every chapter to a page that exists', () => {
    const $ = load(readBuilt(pageForRoute('/status/')));
    for (const href of $('tr[data-chapter] a').map((_i, a) => $(a).attr('href')).get()) {
      expect(existsSync(path.join(BUILD_DIR, pageForRoute(href)))).toBe(true);
    }
  });
});

describe('chapter headers', () => {
  it.each([
    ['/rencana-induk/keamanan-informasi/', 'Tim perencana e-government Kementerian PANRB'],
    ['/en/rencana-induk/keamanan-informasi/', 'e-Government planning team, Ministry of PANRB'],
  ])('%s shows status and the owning team near the title, named in the page language', (route, team) => {
    const $ = load(readBuilt(pageForRoute(route)));
    const meta = $('[data-chapter-meta]');
    expect(meta.length).toBe(1);
    expect(meta.text()).toContain(team);
    expect(meta.text()).not.toContain('Rini Widyantini');
    expect($('.theme-last-updated').text()).toMatch(/\d{4}/);
    expect($('.theme-edit-this-page').attr('href')).toMatch(/\/edit\/main\/docs\/rencana-induk\/keamanan-informasi\.md$/);
  });
});

describe('sources under a page', () => {
  it.each([
    ['/rencana-induk/keamanan-informasi/', 'Sumber', 'Humas Kementerian PANRB', '/siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/'],
    ['/en/rencana-induk/keamanan-informasi/', 'Sources', 'Public Relations, Ministry of PANRB', '/en/siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/'],
    ['/konsultasi/2016-03-02-komite-bersama-ke-3/', 'Sumber', 'Ministry of the Interior of the Republic of Korea', '/siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/'],
  ])('%s lists its frontmatter sources under the text, with a heading and links in the page language', (route, heading, publisher, href) => {
    const $ = load(readBuilt(pageForRoute(route)));
    const sources = $('article [data-page-sources]');
    expect(sources.length).toBe(1);
    expect(sources.find('h2').text()).toContain(heading);
    expect(sources.text()).toContain(publisher);
    expect(sources.find('a').map((_i, a) => $(a).attr('href')).get()).toContain(href);
    expect(sources.find('time').first().attr('datetime')).toMatch(/^2016-03-0[23]$/);
  });

  it('shows no sources section on a page that lists none (the curriculum overview states no facts)', () => {
    expect(load(readBuilt(pageForRoute('/kurikulum/')))('[data-page-sources]').length).toBe(0);
  });
});

describe('curriculum modules', () => {
  it.each([
    ['/kurikulum/dasar-e-government/', '(usulan)'],
    ['/en/kurikulum/dasar-e-government/', '(proposed)'],
  ])('%s marks level, duration and prerequisites as proposals while the module is a draft', (route, proposed) => {
    const $ = load(readBuilt(pageForRoute(route)));
    const card = $('[data-testid="module-card"]');
    expect(card.find('[data-testid="module-card-status"]').text().length).toBeGreaterThan(0);
    expect(card.find('dd').filter((_i, dd) => $(dd).text().includes(proposed)).length).toBe(3);
  });
});

describe('editions', () => {
  // The repository publishes none (issue 15); e2e/editions.test.ts builds a copy that does.
  it.each(['/', '/en/'])('%s: with no edition published, the master plan has no version dropdown, banner or edition pages', (prefix) => {
    expect(publishedEditions(SITE_DIR)).toEqual([]);
    const $ = load(readBuilt(pageForRoute(`${prefix}rencana-induk/peta-program/`)));
    expect($('.theme-doc-version-banner').length).toBe(0);
    // The locale dropdown links the same page in each language; a version dropdown would offer the draft.
    expect($('.navbar .dropdown__link').map((_i, link) => $(link).text()).get()).not.toContain(prefix === '/' ? 'Draf' : 'Draft');
    expect($('.navbar .dropdown__link').length).toBe(LOCALE_PREFIXES.length);
    expect(existsSync(path.join(BUILD_DIR, prefix, 'rencana-induk', '2016-2019'))).toBe(false);
  });
});
