import {input, select} from '@inquirer/prompts';
import type {Command} from 'commander';

import {loadRegistries, type Registries} from '../content/registries';
import {todayIso} from '../dates/today';
import {FrontmatterError} from '../content/frontmatter';
import {FileExistsError} from '../fs/writeNewFile';
import {createPlannedFiles, isPageType, PAGE_TYPES, PAGE_TYPE_SPECS, planNewPage, type NewPageRequest, type PageType} from '../scaffold';
import type {RegisterCommand} from './index';

interface NewOptions {
  program?: string;
  owner?: string;
  titleEn?: string;
  locale: string;
  siteDir: string;
}

/** Asks for whatever the command line left out; only used in a terminal. */
async function askMissing(type: string | undefined, title: string | undefined, options: NewOptions, registries: Registries): Promise<Omit<NewPageRequest, 'today'>> {
  const pageType: PageType =
    type !== undefined && isPageType(type)
      ? type
      : await select({message: 'Jenis halaman', choices: PAGE_TYPES.map((value) => ({value, name: `${value} (${PAGE_TYPE_SPECS[value].label})`}))});
  const pageTitle = title ?? (await input({message: 'Judul (bahasa Indonesia)', required: true}));
  const titleEn = options.titleEn ?? ((await input({message: 'Title in English (Enter to translate later)'})) || undefined);
  const people = Object.entries(registries.people).map(([value, person]) => ({value, name: `${person.name} (${value})`}));
  const owner =
    options.owner ?? (pageType === 'module' ? undefined : await select({message: 'Penanggung jawab', choices: people}));
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
  program
    .command('new')
    .description('start a chapter, curriculum module or consultation note, with its English counterpart')
    .argument('[type]', `page type: ${PAGE_TYPES.join(', ')}`)
    .argument('[title]', 'the Indonesian title, in quotes')
    .option('--owner <id>', 'planner id from data/people.yml (chapters and consultations)')
    .option('--program <id>', 'program id from data/programs.yml (chapters only)')
    .option('--title-en <title>', 'English title of the counterpart (default: the Indonesian title, to translate)')
    .option('--locale <locale>', 'language of the title; pages start in Indonesian', 'id')
    .option('--site-dir <dir>', 'site root', process.cwd())
    .addHelpText('after', '\nWithout arguments in a terminal, the command asks for each value.')
    .action(async (type: string | undefined, title: string | undefined, options: NewOptions) => {
      if (options.locale !== 'id') {
        console.error('error: pages start in Indonesian (--locale id); give the Indonesian title and add --title-en "<English title>" for the counterpart');
        process.exitCode = 2;
        return;
      }
      if (type !== undefined && !isPageType(type)) {
        console.error(`error: unknown page type "${type}"; expected one of ${PAGE_TYPES.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      const registries = await loadRegistries(options.siteDir);
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
          console.error('Cancelled; nothing was created.');
          process.exitCode = 1;
          return;
        }
      } else {
        console.error('error: give the page type and title, e.g. masterplan new chapter "Layanan kependudukan" --owner rini (prompts only run in a terminal)');
        process.exitCode = 2;
        return;
      }
      let plan: Awaited<ReturnType<typeof planNewPage>>;
      try {
        plan = await planNewPage(options.siteDir, {...request, today: todayIso()}, registries);
      } catch (error) {
        // A page of the collection whose frontmatter cannot be read: its file and line, not a stack trace.
        if (!(error instanceof FrontmatterError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
        return;
      }
      if (!plan.ok) {
        for (const problem of plan.problems) console.error(`error: ${problem}`);
        process.exitCode = 1;
        return;
      }
      try {
        await createPlannedFiles(options.siteDir, plan.files);
      } catch (error) {
        if (!(error instanceof FileExistsError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
        return;
      }
      const number = plan.chapter === undefined ? '' : ` (bab ${plan.chapter})`;
      console.log(`Created ${request.type} "${request.title}"${number}:`);
      for (const file of plan.files) console.log(`  ${file.path}`);
      console.log('Next: write each section, then run `npx masterplan check`.');
    });
};
