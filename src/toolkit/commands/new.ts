import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Command} from 'commander';

import type {Registries} from '../content/registries';
import {isPageType, PAGE_TYPES, PAGE_TYPE_SPECS, type PageType} from '../scaffold/pageTypes';
import type {NewPageRequest} from '../scaffold';
import {printJson, problem, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';
import type {RegisterCommand} from './index';

interface NewOptions {
  program?: string;
  owner?: string;
  titleEn?: string;
  locale: string;
  json?: boolean;
  siteDir?: string;
}

/** Asks for whatever the command line left out; only used in a terminal. */
async function askMissing(type: string | undefined, title: string | undefined, options: NewOptions, registries: Registries): Promise<Omit<NewPageRequest, 'today'>> {
  const {input, select} = await import('@inquirer/prompts');
  const pageType: PageType =
    type !== undefined && isPageType(type)
      ? type
      : await select({message: 'Jenis halaman', choices: PAGE_TYPES.map((value) => ({value, name: `${value} (${PAGE_TYPE_SPECS[value].label})`}))});
  const pageTitle = title ?? (await input({message: 'Judul (bahasa Indonesia)', required: true}));
  const titleEn = options.titleEn ?? ((await input({message: 'Title in English (Enter to translate later)'})) || undefined);
  // Teams first: a person owns work only where a source names them for it.
  const owners = [
    ...Object.entries(registries.teams ?? {}).map(([value, team]) => ({value, name: `${team.name.id} (${value})`})),
    ...Object.entries(registries.people).map(([value, person]) => ({value, name: `${person.name} (${value})`})),
  ];
  const owner =
    options.owner ?? (pageType === 'module' ? undefined : await select({message: 'Penanggung jawab', choices: owners}));
  const programs = Object.entries(registries.programs).map(([value, program]) => ({value, name: program.name.id}));
  const program =
    options.program ??
    (pageType === 'chapter'
      ? await select<string | undefined>({message: 'Program', choices: [{value: undefined, name: '(tidak ada)'}, ...programs]})
      : undefined);
  return {type: pageType, title: pageTitle, titleEn, owner, program};
}

/** `masterplan new chapter|module|consultation "<Judul>"`: starts a page in both languages. */
export const registerNew: RegisterCommand = (program: Command) => {
  const command = program
    .command('new')
    .description('start a chapter, curriculum module or consultation note, with its English counterpart')
    .argument('[type]', `page type: ${PAGE_TYPES.join(', ')}`)
    .argument('[title]', 'the Indonesian title, in quotes')
    .option('--owner <id>', 'team id from data/teams.yml, or a person from data/people.yml (chapters and consultations)')
    .option('--program <id>', 'program id from data/programs.yml (chapters only)')
    .option('--title-en <title>', 'English title of the counterpart (default: the Indonesian title, to translate)')
    .option('--locale <locale>', 'language of the title; pages start in Indonesian', 'id');
  withJson(command, '{type, title, chapter?, files}');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan new chapter "Tata kelola data" --owner panrb-perencana', 'a chapter, numbered after the last one'],
    ['masterplan new module "Keamanan informasi dasar"', 'a curriculum module'],
    ['masterplan new', 'asks for each value (in a terminal)'],
  ]);
  command.action(async (type: string | undefined, title: string | undefined, options: NewOptions) => {
    if (options.locale !== 'id') {
      usageError('pages start in Indonesian (--locale id); give the Indonesian title and add --title-en "<English title>" for the counterpart');
      return;
    }
    if (type !== undefined && !isPageType(type)) {
      usageError(`unknown page type "${type}"; expected one of ${PAGE_TYPES.join(', ')}`);
      return;
    }
    const siteDir = siteDirOf(options);
    const [{loadRegistries}, {todayIso}, {FrontmatterError}, {FileExistsError}, {createPlannedFiles, planNewPage}, codeowners] = await Promise.all([
      import('../content/registries'),
      import('../../content/today'),
      import('../content/frontmatter'),
      import('../fs/writeNewFile'),
      import('../scaffold'),
      import('../codeowners'),
    ]);
    const registries = await loadRegistries(siteDir);
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true && process.env.CI === undefined;
    let request: Omit<NewPageRequest, 'today'>;
    if (type !== undefined && title !== undefined) {
      request = {type, title, titleEn: options.titleEn, owner: options.owner, program: options.program};
    } else if (interactive) {
      try {
        request = await askMissing(type, title, options, registries);
      } catch (error) {
        // Ctrl+C or a closed terminal: inquirer's ExitPromptError.
        if (!(error instanceof Error && error.name === 'ExitPromptError')) throw error;
        problem('cancelled; nothing was created.');
        return;
      }
    } else {
      usageError('give the page type and title, e.g. masterplan new chapter "Layanan kependudukan" --owner rini (prompts only run in a terminal)');
      return;
    }
    let plan: Awaited<ReturnType<typeof planNewPage>>;
    try {
      plan = await planNewPage(siteDir, {...request, today: todayIso()}, registries);
    } catch (error) {
      // A page of the collection whose frontmatter cannot be read: its file and line, not a stack trace.
      if (!(error instanceof FrontmatterError)) throw error;
      problem(error.message);
      return;
    }
    if (!plan.ok) {
      for (const message of plan.problems) problem(message);
      return;
    }
    try {
      await createPlannedFiles(siteDir, plan.files);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      problem(error.message);
      return;
    }
    const files = plan.files.map((file) => file.path);
    // A new chapter brings its owners; the review routing follows at once, so the repository stays consistent.
    if (request.type === 'chapter' && existsSync(path.join(siteDir, codeowners.CODEOWNERS_PATH))) {
      const updated = await codeowners.writeCodeowners(siteDir);
      if (updated.written) files.push(codeowners.CODEOWNERS_PATH);
    }
    if (options.json) {
      printJson({type: request.type, title: request.title, ...(plan.chapter === undefined ? {} : {chapter: plan.chapter}), files});
      return;
    }
    const number = plan.chapter === undefined ? '' : ` (bab ${plan.chapter})`;
    console.log(`Created ${request.type} "${request.title}"${number}:`);
    for (const file of files) console.log(`  ${file}`);
    console.log('Next: write each section, then run `npx masterplan check`.');
  });
};
