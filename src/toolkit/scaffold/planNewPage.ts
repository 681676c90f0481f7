import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {closest} from 'fastest-levenshtein';
import {globSync} from 'tinyglobby';
import {stringify} from 'yaml';

import {assigneeIds, COLLECTIONS, formatIssues, idSchema, schemaForPage, type Collection} from '../../content';
import type {Registries} from '../content/registries';
import {requireFrontmatter} from '../content/frontmatter';
import {PAGE_TYPE_SPECS, type PageType} from './pageTypes';
import {slugFromTitle} from './slugFromTitle';

/** What a planner asks `masterplan new` for. */
export interface NewPageRequest {
  type: PageType;
  /** The Indonesian title; the file name is made from it. */
  title: string;
  /** The English title for the counterpart; defaults to the Indonesian one, to be translated. */
  titleEn?: string;
  /** Team (data/teams.yml) or person (data/people.yml) id: a chapter's owner, a consultation's first participant. */
  owner?: string;
  /** Program id (data/programs.yml); chapters only. */
  program?: string;
  /** Today's date, `YYYY-MM-DD` (passed in so tests and time zones are explicit). */
  today: string;
}

/** A file `masterplan new` will create. */
export interface PlannedFile {
  locale: 'id' | 'en';
  /** Path relative to the site root, with `/` separators. */
  path: string;
  content: string;
}

/** The pages to create, or why they cannot be. */
export type NewPagePlan =
  | {ok: true; type: PageType; slug: string; chapter?: number; files: PlannedFile[]}
  | {ok: false; problems: string[]};

function collectionOf(type: PageType): Collection {
  const collection = COLLECTIONS.find((candidate) => candidate.id === PAGE_TYPE_SPECS[type].collection);
  if (!collection) throw new Error(`no collection for page type ${type}`);
  return collection;
}

/** Reads the frontmatter of every page already in a collection's Indonesian folder. */
async function existingFrontMatter(siteDir: string, collection: Collection): Promise<Record<string, unknown>[]> {
  const dir = path.join(siteDir, collection.dir);
  const files = globSync('**/*.{md,mdx}', {cwd: dir});
  // A page whose frontmatter cannot be read stops the command with its file and line (FrontmatterError).
  return Promise.all(files.map(async (file) => requireFrontmatter(await readFile(path.join(dir, file), 'utf8'), `${collection.dir}/${file}`).data));
}

/** One more than the highest number a frontmatter key holds (1 in an empty collection). */
function nextNumber(pages: Record<string, unknown>[], key: string): number {
  const numbers = pages.map((page) => page[key]).filter((value): value is number => typeof value === 'number');
  return Math.max(0, ...numbers) + 1;
}

function unknownIdProblem(kind: string, flag: string, id: string, known: string[], file: string): string {
  const suggestion = known.length > 0 ? `; did you mean "${closest(id, known)}"?` : '';
  return `${flag} "${id}" is not a ${kind} in ${file} (known: ${known.join(', ') || 'none'})${suggestion}`;
}

function renderPage(frontMatter: Record<string, unknown>, headings: readonly string[], note: string, placeholder: string): string {
  const yaml = stringify(frontMatter, {lineWidth: 0});
  const sections = headings.map((heading) => `## ${heading}\n\n${placeholder}\n`).join('\n');
  return `---\n${yaml}---\n\n${note}\n\n${sections}`;
}

const NOTES = {
  id: ':::note[Draf]\n\nHalaman ini baru dimulai dengan `npx masterplan new`. Isi setiap bagian dari sumber resmi; jangan mengarang angka resmi.\n\n:::',
  en: ':::note[Draft]\n\nThis page was just started with `npx masterplan new`. Translate it once the Indonesian page is written.\n\n:::',
};
const PLACEHOLDER = {id: '_Belum ditulis._', en: '_Not written yet._'};

/**
 * Works out the Indonesian page and its English counterpart for a new chapter,
 * module or consultation note: folder, file name, next number, frontmatter and
 * required sections. Writes nothing; every problem is reported at once.
 */
export async function planNewPage(siteDir: string, request: NewPageRequest, registries: Pick<Registries, 'people' | 'teams' | 'programs'>): Promise<NewPagePlan> {
  const problems: string[] = [];
  const spec = PAGE_TYPE_SPECS[request.type];
  const collection = collectionOf(request.type);
  const title = request.title.trim();
  const titleEn = request.titleEn?.trim() || title;
  const slug = slugFromTitle(title);
  if (title === '') problems.push('the title is empty; give the Indonesian title in quotes, e.g. "Layanan kependudukan"');
  else if (!idSchema.safeParse(slug).success) problems.push(`cannot make a file name from the title "${title}"; use letters or digits`);

  const assignees = [...assigneeIds(registries)];
  const programs = Object.keys(registries.programs);
  if (request.owner !== undefined && !assignees.includes(request.owner)) {
    problems.push(unknownIdProblem('team or person', '--owner', request.owner, assignees, 'data/teams.yml or data/people.yml'));
  }
  if (request.owner === undefined && request.type !== 'module') {
    problems.push(`a ${spec.label} needs an owner: add --owner <team id from data/teams.yml> (known: ${assignees.join(', ')})`);
  }
  if (request.owner !== undefined && request.type === 'module') {
    problems.push('curriculum modules have no owner field; leave out --owner');
  }
  if (request.program !== undefined && request.type !== 'chapter') {
    problems.push('only chapters belong to a program; leave out --program');
  } else if (request.program !== undefined && !programs.includes(request.program)) {
    problems.push(unknownIdProblem('program', '--program', request.program, programs, 'data/programs.yml'));
  }
  if (problems.length > 0) return {ok: false, problems};

  const existing = await existingFrontMatter(siteDir, collection);
  const fileName = `${request.type === 'consultation' ? `${request.today}-` : ''}${slug}.md`;
  // A consultation's first participant: the owning team, or the person, as the registry names them.
  const participant = (locale: 'id' | 'en') => {
    const team = registries.teams[request.owner!];
    if (team) return {name: team.name[locale], institution: team.institution[locale]};
    const person = registries.people[request.owner!]!;
    return {name: person.name, ...(person.role ? {role: person.role} : {}), institution: person.institution};
  };
  let chapter: number | undefined;
  let frontMatter: Record<string, unknown>;
  switch (request.type) {
    case 'chapter':
      chapter = nextNumber(existing, 'chapter');
      frontMatter = {title, chapter, status: 'draft', owners: [request.owner], ...(request.program ? {program: request.program} : {}), sources: []};
      break;
    case 'module':
      frontMatter = {
        title,
        status: 'draft',
        sidebar_position: nextNumber(existing, 'sidebar_position'),
        duration_hours: 1,
        level: 'dasar',
        objectives: ['Tuliskan satu tujuan pembelajaran per baris.'],
        prerequisites: [],
        sources: [],
      };
      break;
    case 'consultation':
      frontMatter = {
        title,
        date: request.today,
        participants: [participant('id')],
        topics: [title],
        decisions: [],
        actions: [],
        sources: [],
      };
      break;
  }
  const frontMatterEn = {
    ...frontMatter,
    title: titleEn,
    ...(request.type === 'module' ? {objectives: ['Write one learning objective per line.']} : {}),
    ...(request.type === 'consultation' ? {topics: [titleEn], participants: [participant('en')]} : {}),
  };

  const files: PlannedFile[] = [
    {locale: 'id', path: `${collection.dir}/${fileName}`, content: renderPage(frontMatter, spec.headings.id, NOTES.id, PLACEHOLDER.id)},
    {locale: 'en', path: `${collection.enDir}/${fileName}`, content: renderPage(frontMatterEn, spec.headings.en, NOTES.en, PLACEHOLDER.en)},
  ];
  for (const file of files) {
    const base = file.path.replace(/\.md$/, '');
    for (const candidate of [`${base}.md`, `${base}.mdx`]) {
      if (existsSync(path.join(siteDir, candidate))) problems.push(`${candidate} already exists; choose another title or edit that page`);
    }
    // The generated frontmatter must pass the same schema as hand-written pages.
    const schema = schemaForPage(collection, fileName);
    const {data} = requireFrontmatter(file.content, file.path);
    const parsed = schema.safeParse(data);
    if (!parsed.success) problems.push(...formatIssues(schema, data, parsed.error.issues).map((message) => `${file.path}: ${message}`));
  }
  if (problems.length > 0) return {ok: false, problems};
  return {ok: true, type: request.type, slug, ...(chapter === undefined ? {} : {chapter}), files};
}
