/**
 * A synthetic but valid site: master plan chapters, curriculum modules,
 * consultation notes and press releases in both languages, with the
 * registries they reference. Benchmarks build and check it at sizes the real
 * plan will only reach in years (600, 3,000, 10,000 pages).
 *
 * Deterministic: the same options (and seed) always write the same bytes.
 */
import {execFileSync} from 'node:child_process';
import {cp, mkdir, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Folder to write the site into; created if missing, its generated folders replaced. */
  dir: string;
  /** Number of Indonesian pages (each also gets its English counterpart). */
  pages: number;
  /** Every n-th page gets a Mermaid diagram. Default 10; 0 for none. */
  diagramEvery?: number;
  /** Every n-th page gets inline and display math. Default 7; 0 for none. */
  mathEvery?: number;
  /** Share of pages that are press releases, 0 to 1. Default 0.1. */
  pressShare?: number;
  /**
   * Embed the site's curriculum map (an MDX component of this project) in the
   * curriculum overview, as the real site does. Default true; a plain
   * Docusaurus site has no such component.
   */
  curriculumMap?: boolean;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /**
   * Also copy the site's configuration, `src/`, `static/` and UI translations
   * from this repository and link its `node_modules`, so `docusaurus build` runs
   * in `dir` as is. Default true.
   */
  scaffold?: boolean;
  /**
   * Make `dir` a git repository with everything in one commit (fixed author and
   * date), as Docusaurus's last-update dates and the translation check read git.
   * Skipped when `dir` is already inside a repository. Default true.
   */
  git?: boolean;
}

const REPO_DIR = path.resolve(__dirname, '..', '..');

/** Files and folders copied from the repository when `scaffold` is on. */
const SCAFFOLD = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'tsconfig.typedoc.json',
  'package.json',
  'src',
  'static',
  'docs/toolkit/index.md',
  // The site's own pages (about, contact, ...) and the release they cite, in both languages.
  'i18n/en/docusaurus-plugin-content-pages',
  'blog/2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok',
  'i18n/en/docusaurus-plugin-content-blog/2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok',
];
/** UI translations (not pages) the English build needs. */
const I18N_FILES = [
  'i18n/id/code.json',
  'i18n/en/code.json',
  'i18n/en/docusaurus-theme-classic/navbar.json',
  'i18n/en/docusaurus-theme-classic/footer.json',
  'i18n/en/docusaurus-plugin-content-docs/current.json',
  'i18n/en/docusaurus-plugin-content-docs-kurikulum/current.json',
  'i18n/en/docusaurus-plugin-content-docs-konsultasi/current.json',
  'i18n/en/docusaurus-plugin-content-blog/options.json',
  'i18n/en/docusaurus-plugin-content-blog/authors.yml',
  'i18n/en/docusaurus-plugin-content-blog/tags.yml',
];
const REGISTRY_FILES = ['data/people.yml', 'data/teams.yml', 'data/programs.yml', 'data/glossary.yml', 'data/timeline.yml', 'blog/authors.yml', 'blog/tags.yml'];

// Must match the registries copied from data/ and blog/.
const OWNERS = ['panrb-perencana', 'mois-korea'];
const PROGRAMS = [
  'keamanan-informasi',
  'jaringan-intra-pemerintah',
  'penghubung-layanan',
  'pusat-data-terpadu',
  'perizinan-satu-pintu',
  'portal-layanan-publik',
];
const AUTHORS = ['irvina-falah'];
const TAGS = ['e-government', 'kerja-sama-korea', 'reformasi-birokrasi'];

const WORDS_ID = (
  'pemerintah layanan publik data instansi aparatur sistem jaringan keamanan informasi portal perizinan ' +
  'masyarakat kebijakan program rencana tahap pelaksanaan pengelolaan integrasi birokrasi reformasi ' +
  'kerja sama pusat terpadu elektronik daerah nasional kapasitas pelatihan standar aplikasi arsitektur ' +
  'interoperabilitas pengawasan evaluasi indikator kematangan anggaran prioritas koordinasi dokumen'
).split(' ');
const WORDS_EN = (
  'government service public data agency civil system network security information portal licensing ' +
  'citizens policy programme plan phase delivery management integration bureaucracy reform cooperation ' +
  'centre integrated electronic regional national capacity training standard application architecture ' +
  'interoperability oversight evaluation indicator maturity budget priority coordination document'
).split(' ');

/** mulberry32: small, fast, and good enough to vary synthetic text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'chapter' | 'module' | 'consultation' | 'press';

interface PlannedPage {
  kind: Kind;
  index: number;
  /** File name without extension (folder name for press releases). */
  slug: string;
  number: number;
}

function pad(value: number, width = 5): string {
  return String(value).padStart(width, '0');
}

function isoDay(dayOffset: number): string {
  return new Date(Date.UTC(2016, 2, 2) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/** Splits `pages` over the four collections; the pages the site's links need always exist. */
function plan(pages: number, pressShare: number): PlannedPage[] {
  const total = Math.max(pages, 8);
  const press = Math.max(1, Math.round(total * pressShare));
  const rest = total - press;
  const modules = Math.max(2, Math.round(rest * 0.15));
  const consultations = Math.max(2, Math.round(rest * 0.15));
  const chapters = Math.max(3, total - press - modules - consultations);
  const planned: PlannedPage[] = [];
  for (let i = 0; i < chapters; i++) {
    const slug = i === 0 ? 'pendahuluan' : i === 1 ? 'sejarah-kerja-sama' : i === 2 ? 'peta-program' : `bab-${pad(i + 1)}`;
    planned.push({kind: 'chapter', index: i, slug, number: i + 1});
  }
  // index.md is the collection overview; it counts as a page.
  for (let i = 0; i < modules; i++) {
    const slug = i === 0 ? 'index' : i === 1 ? 'dasar-e-government' : `modul-${pad(i)}`;
    planned.push({kind: 'module', index: i, slug, number: i});
  }
  for (let i = 0; i < consultations; i++) {
    planned.push({kind: 'consultation', index: i, slug: i === 0 ? 'index' : `${isoDay(i * 3)}-konsultasi-${pad(i)}`, number: i});
  }
  for (let i = 0; i < press; i++) {
    planned.push({kind: 'press', index: i, slug: `${isoDay(i)}-siaran-pers-${pad(i)}`, number: i});
  }
  return planned;
}

/** Where a page and its English counterpart live, relative to the site root. */
function filesOf(page: PlannedPage, curriculumMap: boolean): {id: string; en: string} {
  switch (page.kind) {
    case 'chapter':
      return {id: `docs/rencana-induk/${page.slug}.md`, en: `i18n/en/docusaurus-plugin-content-docs/current/${page.slug}.md`};
    case 'module': {
      // The overview is MDX like the real one: it embeds the curriculum map every module links back to.
      const extension = page.slug === 'index' && curriculumMap ? 'mdx' : 'md';
      return {
        id: `docs/kurikulum/${page.slug}.${extension}`,
        en: `i18n/en/docusaurus-plugin-content-docs-kurikulum/current/${page.slug}.${extension}`,
      };
    }
    case 'consultation':
      return {id: `docs/konsultasi/${page.slug}.md`, en: `i18n/en/docusaurus-plugin-content-docs-konsultasi/current/${page.slug}.md`};
    case 'press':
      return {id: `blog/${page.slug}/index.md`, en: `i18n/en/docusaurus-plugin-content-blog/${page.slug}/index.md`};
  }
}

class Writer {
  constructor(private readonly next: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  sentence(words: readonly string[]): string {
    const length = this.int(8, 18);
    const text = Array.from({length}, () => this.pick(words)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  paragraph(words: readonly string[]): string {
    return Array.from({length: this.int(3, 6)}, () => this.sentence(words)).join(' ');
  }
  hex(length: number): string {
    return Array.from({length}, () => this.int(0, 15).toString(16)).join('');
  }
}

function yamlList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function diagram(w: Writer, words: readonly string[]): string {
  const nodes = Array.from({length: w.int(3, 6)}, (_v, i) => `    n${i}["${w.pick(words)} ${w.pick(words)}"]`);
  const edges = nodes.slice(1).map((_n, i) => `    n${i} --> n${i + 1}`);
  return ['```mermaid', 'flowchart LR', ...nodes, ...edges, '```'].join('\n');
}

function math(w: Writer): string {
  const n = w.int(2, 9);
  return [
    `Nilai $I_${n}$ dihitung dari bobot $w_i \\ge 0$ dan tingkat $L_i$:`,
    '',
    '$$',
    `I_${n} = \\sum_{i=1}^{${n}} w_i L_i, \\qquad \\sum_{i=1}^{${n}} w_i = 1`,
    '$$',
  ].join('\n');
}

interface Body {
  w: Writer;
  words: readonly string[];
  page: PlannedPage;
  siblings: PlannedPage[];
  diagramEvery: number;
  mathEvery: number;
  ordinal: number;
  english: boolean;
  curriculumMap: boolean;
}

function body({w, words, page, siblings, diagramEvery, mathEvery, ordinal, english}: Body): string {
  const parts: string[] = [w.paragraph(words)];
  const sections = english ? ['Background', 'Scope', 'Next steps'] : ['Latar belakang', 'Ruang lingkup', 'Langkah berikutnya'];
  parts.push(`## ${sections[0]}`, w.paragraph(words), w.paragraph(words));
  // Links between generated pages of the same collection, by file (Docusaurus resolves them per locale).
  const targets = siblings.filter((other) => other !== page && other.slug !== 'index');
  if (targets.length > 0 && page.kind !== 'press') {
    const links = Array.from({length: Math.min(3, targets.length)}, () => w.pick(targets));
    parts.push(links.map((target) => `- [${w.pick(words)} ${target.number}](./${target.slug}.md)`).join('\n'));
  }
  if (page.kind !== 'press') {
    parts.push(`## ${sections[1]}`);
    const header = english ? '| Item | Owner | Year |' : '| Butir | Pemilik | Tahun |';
    const rows = Array.from({length: w.int(2, 5)}, () => `| ${w.pick(words)} ${w.pick(words)} | ${w.pick(OWNERS)} | ${w.int(2016, 2030)} |`);
    parts.push([header, '| --- | --- | --- |', ...rows].join('\n'));
  }
  if (diagramEvery > 0 && ordinal % diagramEvery === 0 && page.kind !== 'press') parts.push(diagram(w, words));
  if (mathEvery > 0 && ordinal % mathEvery === 0 && page.kind !== 'press') parts.push(math(w));
  parts.push(`## ${sections[2]}`, w.paragraph(words));
  if (page.kind !== 'press') parts.push('Lihat juga [kurikulum](/kurikulum/) dan [siaran pers](/siaran-pers/).');
  return `${parts.join('\n\n')}\n`;
}

function frontmatter(lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function pageText(options: Body, all: Map<Kind, PlannedPage[]>): string {
  const {w, page, english} = options;
  const words = english ? WORDS_EN : WORDS_ID;
  const title = `${english ? 'Generated' : 'Halaman'} ${page.kind} ${page.number} — ${w.pick(words)} ${w.pick(words)}`;
  const description = w.sentence(words);
  const content = body(options);
  if (page.slug === 'index') {
    const overview = frontmatter([`title: ${title}`, `description: ${description}`, 'sidebar_position: 0']) + content;
    return page.kind === 'module' && options.curriculumMap
      ? `${overview}\nimport CurriculumMap from '@site/src/components/CurriculumMap';\n\n<CurriculumMap />\n`
      : overview;
  }
  switch (page.kind) {
    case 'chapter': {
      const lines = [`title: ${title}`, `description: ${description}`];
      if (page.index === 0) lines.push('slug: /');
      lines.push(`chapter: ${page.number}`, 'status: draft', `owners: ${yamlList([w.pick(OWNERS)])}`);
      if (page.index >= 3 && page.index % 4 === 0) lines.push(`program: ${w.pick(PROGRAMS)}`);
      if (page.index % 5 === 0) lines.push(`reviewers: ${yamlList([w.pick(OWNERS)])}`, `review_by: ${isoDay(4000 + page.index)}`);
      return frontmatter(lines) + content;
    }
    case 'module': {
      // Prerequisites point only at earlier modules, so they never form a cycle.
      const earlier = (all.get('module') ?? []).filter((other) => other.slug !== 'index' && other.index < page.index);
      const prerequisites = earlier.length > 0 ? [w.pick(earlier).slug] : [];
      return (
        frontmatter([
          `title: ${title}`,
          `description: ${description}`,
          `sidebar_position: ${page.index}`,
          `duration_hours: ${w.int(2, 16)}`,
          `level: ${w.pick(['dasar', 'menengah', 'lanjut'])}`,
          'objectives:',
          `  - ${w.sentence(words)}`,
          `  - ${w.sentence(words)}`,
          `prerequisites: ${yamlList([...new Set(prerequisites)])}`,
        ]) + content
      );
    }
    case 'consultation':
      return (
        frontmatter([
          `title: ${title}`,
          `description: ${description}`,
          `date: ${page.slug.slice(0, 10)}`,
          'participants:',
          '  - name: Rini Widyantini',
          '    institution: Kementerian PANRB',
          '  - name: Lee In Jae',
          '    institution: Ministry of the Interior, Republik Korea',
          'topics:',
          `  - ${w.sentence(words)}`,
          'decisions:',
          `  - ${w.sentence(words)}`,
          'actions:',
          `  - action: ${w.sentence(words)}`,
          `    owner: ${w.pick(OWNERS)}`,
          `    due: ${isoDay(page.index * 3 + 365)}`,
          `    state: ${(['open', 'unknown', 'done'] as const)[page.index % 3]}`,
          'sources:',
          '  - publisher: Humas Kementerian PANRB',
          `    title: ${title}`,
          `    date: ${page.slug.slice(0, 10)}`,
        ]) + content
      );
    case 'press':
      return (
        frontmatter([
          `title: ${title}`,
          `date: ${page.slug.slice(0, 10)}T${pad(w.int(8, 17), 2)}:00:00+07:00`,
          `slug: siaran-pers-${pad(page.index)}`,
          `authors: ${yamlList([w.pick(AUTHORS)])}`,
          `tags: ${yamlList([w.pick(TAGS)])}`,
          `description: ${description}`,
          'press_release:',
          '  author: Irvina Falah',
          '  editor: null',
          '  dateline: JAKARTA',
          `  source_url: https://contoh.go.id/siaran-pers/${pad(page.index)}`,
          '  source_tag: HUMASMENPAN',
          '  title_derived: false',
          `  source_sha256: ${w.hex(64)}`,
        ]) + content
      );
  }
}

async function writeText(dir: string, file: string, text: string): Promise<void> {
  const target = path.join(dir, file);
  await mkdir(path.dirname(target), {recursive: true});
  await writeFile(target, text);
}

/**
 * Writes a complete, valid site into `options.dir`: pages of every collection
 * in Indonesian and English, the registries, the blog's authors and tags, the
 * UI translations and (with `scaffold`) the configuration, so the directory
 * builds and checks like the real site.
 *
 * @returns the number of files written (pages and registries, not scaffold files)
 */
export async function generateCorpus(options: CorpusOptions): Promise<{files: number}> {
  const {dir, pages, diagramEvery = 10, mathEvery = 7, pressShare = 0.1, seed = 1, scaffold = true, git = true, curriculumMap = true} = options;
  const root = path.resolve(dir);
  await mkdir(root, {recursive: true});
  for (const generated of ['docs', 'blog', 'i18n', 'data']) await rm(path.join(root, generated), {recursive: true, force: true});

  const planned = plan(pages, pressShare);
  const byKind = new Map<Kind, PlannedPage[]>();
  for (const page of planned) byKind.set(page.kind, [...(byKind.get(page.kind) ?? []), page]);

  const w = new Writer(random(seed));
  let files = 0;
  let ordinal = 0;
  const writes: Promise<void>[] = [];
  for (const page of planned) {
    ordinal++;
    const siblings = byKind.get(page.kind) ?? [];
    const {id, en} = filesOf(page, curriculumMap);
    const shared = {w, page, siblings, diagramEvery, mathEvery, ordinal, curriculumMap};
    writes.push(writeText(root, id, pageText({...shared, words: WORDS_ID, english: false}, byKind)));
    writes.push(writeText(root, en, pageText({...shared, words: WORDS_EN, english: true}, byKind)));
    files += 2;
    // Bounded concurrency: thousands of open files at once would hit EMFILE.
    if (writes.length >= 64) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);

  for (const file of [...REGISTRY_FILES, ...I18N_FILES]) {
    await mkdir(path.dirname(path.join(root, file)), {recursive: true});
    await cp(path.join(REPO_DIR, file), path.join(root, file));
    files++;
  }

  if (scaffold && root !== REPO_DIR) {
    for (const entry of SCAFFOLD) {
      if (!existsSync(path.join(REPO_DIR, entry))) continue;
      await mkdir(path.dirname(path.join(root, entry)), {recursive: true});
      await cp(path.join(REPO_DIR, entry), path.join(root, entry), {recursive: true});
    }
    await linkModules(root);
  }
  if (git) commitAll(root);
  return {files};
}

/**
 * Gives the corpus a `node_modules` folder whose entries link the
 * repository's packages, rather than linking the folder itself: the caches
 * under `node_modules/.cache` (Rspack's persistent cache, the product cache)
 * are then the corpus's own, so clearing them for a cold build leaves the
 * repository's alone.
 */
async function linkModules(root: string): Promise<void> {
  const modules = path.join(root, 'node_modules');
  if (existsSync(modules)) return;
  await mkdir(modules);
  for (const entry of await readdir(path.join(REPO_DIR, 'node_modules'))) {
    if (entry === '.cache') continue;
    await symlink(path.join(REPO_DIR, 'node_modules', entry), path.join(modules, entry));
  }
}

function insideRepository(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--show-toplevel'], {cwd: dir, stdio: 'pipe'});
    return true;
  } catch {
    return false;
  }
}

/** One commit with a fixed identity and date, so the corpus is the same on every run. */
function commitAll(dir: string): void {
  if (insideRepository(dir)) return;
  const when = '2016-03-02T12:00:00+07:00';
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Corpus Generator',
    GIT_AUTHOR_EMAIL: 'corpus@example.invalid',
    GIT_COMMITTER_NAME: 'Corpus Generator',
    GIT_COMMITTER_EMAIL: 'corpus@example.invalid',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  };
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, env, stdio: 'pipe'});
  git('init', '--quiet');
  // node_modules links the repository's install; never commit it.
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules\nbuild/\n.docusaurus/\n');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '-m', 'Generated corpus');
}

/**
 * Empties what a build of the corpus keeps for the next one, as `npm run
 * clear` does in the repository (`.docusaurus/` and `node_modules/.cache/`:
 * Rspack's persistent cache and the product cache), so its next build is cold.
 */
export async function clearBuildCaches(siteDir: string): Promise<void> {
  for (const cleared of ['.docusaurus', path.join('node_modules', '.cache')]) await rm(path.join(siteDir, cleared), {recursive: true, force: true});
}

/**
 * Changes one sentence of one master plan chapter of a generated corpus (the
 * middle one), as an author's small edit would: what a warm build is measured
 * and checked on. Returns the file's path within the corpus.
 */
export async function changeOneSentence(siteDir: string): Promise<string> {
  const chapters = (await readdir(path.join(siteDir, 'docs', 'rencana-induk'))).filter((name) => name.endsWith('.md')).sort();
  const file = path.join(siteDir, 'docs', 'rencana-induk', chapters[Math.floor(chapters.length / 2)]!);
  const text = await readFile(file, 'utf8');
  const body = text.indexOf('\n---\n', 4) + 5;
  const sentenceEnd = text.indexOf('.\n', body);
  if (body < 5 || sentenceEnd < 0) throw new Error(`no sentence to change in ${file}`);
  await writeFile(file, `${text.slice(0, sentenceEnd)} yang diubah${text.slice(sentenceEnd)}`);
  return path.relative(siteDir, file);
}
