import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {COLLECTIONS, schemaForPage} from '../../src/content';
import {checkContent} from '../../src/toolkit/check/checkContent';
import {requireFrontmatter} from '../../src/toolkit/content/frontmatter';
import {loadRegistries, type Registries} from '../../src/toolkit/content/registries';
import {FileExistsError} from '../../src/toolkit/fs/writeNewFile';
import {createPlannedFiles, PAGE_TYPE_SPECS, planNewPage, type NewPageRequest, type PageType} from '../../src/toolkit/scaffold';
import {createTempSite, type TempSite} from '../support/tempSite';

const TODAY = '2016-03-02';
let site: TempSite;
let registries: Registries;

beforeEach(async () => {
  site = createTempSite();
  registries = await loadRegistries(site.dir);
});
afterEach(() => site.remove());

async function create(request: Omit<NewPageRequest, 'today'>) {
  const plan = await planNewPage(site.dir, {...request, today: TODAY}, registries);
  if (!plan.ok) throw new Error(plan.problems.join('\n'));
  await createPlannedFiles(site.dir, plan.files);
  return plan;
}

function headingsOf(text: string): string[] {
  return [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
}

describe('masterplan new', () => {
  it.each<[PageType, Omit<NewPageRequest, 'today' | 'type' | 'title'>, string, string]>([
    ['chapter', {owner: 'panrb-perencana', program: 'portal-layanan-publik'}, 'docs/rencana-induk/layanan-kependudukan.md', 'i18n/en/docusaurus-plugin-content-docs/current/layanan-kependudukan.md'],
    ['module', {}, 'docs/kurikulum/layanan-kependudukan.md', 'i18n/en/docusaurus-plugin-content-docs-kurikulum/current/layanan-kependudukan.md'],
    ['consultation', {owner: 'mois-korea'}, 'docs/konsultasi/2016-03-02-layanan-kependudukan.md', 'i18n/en/docusaurus-plugin-content-docs-konsultasi/current/2016-03-02-layanan-kependudukan.md'],
  ])('starts a %s in both languages that passes its collection schema', async (type, options, idPath, enPath) => {
    await create({type, title: 'Layanan Kependudukan', titleEn: 'Population services', ...options});
    const collection = COLLECTIONS.find((candidate) => candidate.id === PAGE_TYPE_SPECS[type].collection)!;
    for (const [file, locale] of [[idPath, 'id'], [enPath, 'en']] as const) {
      const text = readFileSync(path.join(site.dir, file), 'utf8');
      const page = requireFrontmatter(text, file);
      const parsed = schemaForPage(collection, path.basename(file)).safeParse(page.data);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(headingsOf(text)).toEqual(PAGE_TYPE_SPECS[type].headings[locale]);
      expect(page.data.title).toBe(locale === 'id' ? 'Layanan Kependudukan' : 'Population services');
    }
  });

  it('creates pages that pass the full content checker with no error', async () => {
    await create({type: 'chapter', title: 'Layanan Kependudukan', titleEn: 'Population services', owner: 'panrb-perencana', program: 'portal-layanan-publik'});
    await create({type: 'module', title: 'Dasar tata kelola data', titleEn: 'Data governance basics'});
    await create({type: 'consultation', title: 'Rapat teknis penghubung layanan', titleEn: 'Technical meeting on service linkage', owner: 'mois-korea'});
    const {diagnostics} = await checkContent({siteDir: site.dir, history: new Map(), today: TODAY});
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('numbers a new chapter after the highest existing one, as a draft owned by the given team, with an empty sources list to fill', async () => {
    const plan = await create({type: 'chapter', title: 'Layanan Kependudukan', owner: 'panrb-perencana'});
    const page = matter(readFileSync(path.join(site.dir, 'docs/rencana-induk/layanan-kependudukan.md'), 'utf8'));
    expect(plan.chapter).toBe(12);
    expect(page.data).toMatchObject({chapter: 12, status: 'draft', owners: ['panrb-perencana'], sources: []});
    const next = await create({type: 'chapter', title: 'Bab berikutnya', owner: 'rini'});
    expect(next.chapter).toBe(13);
  });

  it("dates a consultation today and lists its owner's registry entry as a participant", async () => {
    await create({type: 'consultation', title: 'Rapat teknis', owner: 'rini'});
    const page = matter(readFileSync(path.join(site.dir, 'docs/konsultasi/2016-03-02-rapat-teknis.md'), 'utf8'));
    expect(new Date(page.data.date as Date).toISOString().slice(0, 10)).toBe(TODAY);
    expect(page.data.participants).toEqual([{name: 'Rini Widyantini', role: 'Deputi Bidang Kelembagaan dan Tata Laksana', institution: 'Kementerian PANRB'}]);
  });

  it('lists an owning team as the participant, named in each page language', async () => {
    await create({type: 'consultation', title: 'Rapat perencana', titleEn: 'Planners meeting', owner: 'panrb-perencana'});
    const participants = (locale: string, file: string) => matter(readFileSync(path.join(site.dir, locale, file), 'utf8')).data.participants as {name: string}[];
    expect(participants('docs/konsultasi', '2016-03-02-rapat-perencana.md')).toEqual([{name: 'Tim perencana e-government Kementerian PANRB', institution: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'}]);
    expect(participants('i18n/en/docusaurus-plugin-content-docs-konsultasi/current', '2016-03-02-rapat-perencana.md')[0]?.name).toBe('e-Government planning team, Ministry of PANRB');
  });

  it('starts a module as a draft, so its level, duration and prerequisites show as proposed', async () => {
    await create({type: 'module', title: 'Dasar tata kelola data'});
    expect(matter(readFileSync(path.join(site.dir, 'docs/kurikulum/dasar-tata-kelola-data.md'), 'utf8')).data).toMatchObject({status: 'draft', sources: []});
  });

  it('refuses to overwrite an existing page and leaves it untouched', async () => {
    const file = path.join(site.dir, 'docs/rencana-induk/keamanan-informasi.md');
    const before = readFileSync(file, 'utf8');
    const plan = await planNewPage(site.dir, {type: 'chapter', title: 'Keamanan Informasi', owner: 'rini', today: TODAY}, registries);
    expect(plan.ok).toBe(false);
    expect(plan.ok ? [] : plan.problems).toEqual([
      expect.stringContaining('docs/rencana-induk/keamanan-informasi.md already exists'),
      expect.stringContaining('i18n/en/docusaurus-plugin-content-docs/current/keamanan-informasi.md already exists'),
    ]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('creates nothing when the English file appears between planning and writing', async () => {
    const plan = await planNewPage(site.dir, {type: 'chapter', title: 'Bab baru', owner: 'rini', today: TODAY}, registries);
    if (!plan.ok) throw new Error('expected a plan');
    writeFileSync(path.join(site.dir, plan.files[1]!.path), 'an editor was here');
    await expect(createPlannedFiles(site.dir, plan.files)).rejects.toBeInstanceOf(FileExistsError);
    expect(existsSync(path.join(site.dir, plan.files[0]!.path))).toBe(false);
    expect(readFileSync(path.join(site.dir, plan.files[1]!.path), 'utf8')).toBe('an editor was here');
  });

  it.each<[string, Omit<NewPageRequest, 'today'>, RegExp]>([
    ['an unknown owner, with a suggestion', {type: 'chapter', title: 'Bab', owner: 'panrb-perencan'}, /--owner "panrb-perencan" is not a team or person in data\/teams\.yml or data\/people\.yml.*did you mean "panrb-perencana"/],
    ['an unknown program', {type: 'chapter', title: 'Bab', owner: 'panrb-perencana', program: 'portal'}, /--program "portal" is not a program in data\/programs\.yml/],
    ['a chapter without an owner', {type: 'chapter', title: 'Bab'}, /needs an owner/],
    ['a program on a module', {type: 'module', title: 'Modul', program: 'keamanan-informasi'}, /only chapters belong to a program/],
    ['a title with no letters or digits', {type: 'chapter', title: '—!', owner: 'panrb-perencana'}, /cannot make a file name/],
  ])('rejects %s', async (_name, request, message) => {
    const plan = await planNewPage(site.dir, {...request, today: TODAY}, registries);
    expect(plan.ok ? [] : plan.problems).toEqual([expect.stringMatching(message)]);
  });
});
