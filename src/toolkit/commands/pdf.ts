import {existsSync, openSync, readSync, closeSync} from 'node:fs';
import path from 'node:path';

import {InvalidArgumentError, type Command} from 'commander';

import {isPdfLocale, pdfFileName, PDF_LOCALES, type PdfLocale} from '../pdf/locales';
import {printJson, problem, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';

interface PdfCommandOptions {
  locale: PdfLocale;
  edition?: string;
  out?: string;
  buildDir?: string;
  chapters?: number[];
  changesSince?: string;
  force?: boolean;
  json?: boolean;
  siteDir?: string;
}

function parseLocale(value: string): PdfLocale {
  if (!isPdfLocale(value)) throw new InvalidArgumentError(`expected one of ${PDF_LOCALES.join(', ')}`);
  return value;
}

function parseChapterList(value: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n <= 0)) throw new InvalidArgumentError('expected chapter numbers separated by commas, e.g. 1,3,4');
  return numbers;
}

/** True when `file` exists and is not a PDF, i.e. something we must not overwrite silently. */
function wouldOverwriteOtherFile(file: string): boolean {
  if (!existsSync(file)) return false;
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') !== '%PDF-';
}

async function runPdf(options: PdfCommandOptions): Promise<void> {
  const withChanges = options.changesSince !== undefined;
  const out = path.resolve(options.out ?? pdfFileName(options.locale, options.edition, {withChanges}));
  if (!options.force && wouldOverwriteOtherFile(out)) {
    usageError(`${out} exists and is not a PDF; choose another --out or pass --force to replace it.`);
    return;
  }
  const siteDir = siteDirOf(options);
  const [{SingleBar}, {ChromiumNotFoundError}, {FrontmatterError}, {writeFileAtomic}, {changesSince, ChangesBaseError, PdfError, renderMasterPlanPdf}] = await Promise.all([
    import('cli-progress'),
    import('../browser/pinnedChromium'),
    import('../content/frontmatter'),
    import('../fs/atomicWrite'),
    import('../pdf'),
  ]);
  // The base is found before anything is rendered: a mistyped ref fails at once.
  let changes;
  if (options.changesSince !== undefined) {
    try {
      changes = await changesSince({siteDir, since: options.changesSince, edition: options.edition, locale: options.locale});
    } catch (error) {
      if (error instanceof ChangesBaseError) return usageError(error.message);
      if (error instanceof PdfError) return problem(error.message);
      throw error;
    }
  }
  const bar = process.stderr.isTTY && !options.json
    ? new SingleBar({format: 'Rendering {bar} {value}/{total} {step}', clearOnComplete: true, hideCursor: true, stream: process.stderr})
    : undefined;
  const started = Date.now();
  try {
    const result = await renderMasterPlanPdf({
      siteDir,
      buildDir: options.buildDir === undefined ? path.join(siteDir, 'build') : path.resolve(options.buildDir),
      locale: options.locale,
      edition: options.edition,
      only: options.chapters,
      changes,
      onProgress: (done, total, step) => {
        if (!bar) return;
        if (done === 1) bar.start(total, 0, {step});
        bar.update(done, {step});
      },
    });
    bar?.stop();
    await writeFileAtomic(out, result.pdf);
    for (const warning of result.warnings) console.warn(`warning  ${warning}`);
    const drafts = result.chapters.filter((chapter) => chapter.status !== 'approved').length;
    const marked = result.changes && changes && {since: options.changesSince, ...changes.base, ...result.changes};
    if (options.json) {
      printJson({file: out, pages: result.pageCount, chapters: result.chapters.length, notApproved: drafts, ...(marked ? {changes: marked} : {}), warnings: result.warnings});
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const shown = path.relative(process.cwd(), out).startsWith('..') ? out : path.relative(process.cwd(), out);
    const chapterCount = result.chapters.length;
    console.log(
      `Wrote ${shown}: ${result.pageCount} pages, ${chapterCount} ${chapterCount === 1 ? 'chapter' : 'chapters'}` +
        (drafts > 0 ? ` (${drafts} not approved, watermarked)` : '') +
        (result.changes ? `, ${result.changes.marked} of ${result.changes.listed} ${result.changes.listed === 1 ? 'change' : 'changes'} since ${options.changesSince} marked` : '') +
        ` in ${seconds} s.`,
    );
  } catch (error) {
    bar?.stop();
    if (error instanceof PdfError || error instanceof ChromiumNotFoundError || error instanceof FrontmatterError) {
      problem(error.message);
      return;
    }
    throw error;
  }
}

/** `masterplan pdf`: the master plan as one PDF, rendered from the built site. */
export function registerPdfCommand(program: Command): void {
  const command = program
    .command('pdf')
    .description('Render the master plan as one PDF from the built site (run `npm run build` first)')
    .option('--locale <locale>', `language of the PDF (${PDF_LOCALES.join(' or ')})`, parseLocale, 'id' as PdfLocale)
    .option('--edition <name>', 'a released edition (docs version) instead of the current text')
    .option('--out <file>', 'where to write the PDF (default: rencana-induk-id.pdf or master-plan-en.pdf)')
    .option('--build-dir <dir>', "the production build to render (default: the site's build/)")
    .option('--chapters <numbers>', 'only these chapters, e.g. 1,3 (for a quick preview)', parseChapterList)
    .option(
      '--changes-since <edition|ref>',
      'mark what changed since a published edition or a git ref: a bar beside each changed block, an annex listing the changes (default --out: rencana-induk-id-perubahan.pdf)',
    )
    .option('--force', 'replace --out even when it is not a PDF');
  withJson(command, '{file, pages, chapters, notApproved, changes?: {since, edition | ref and commit, listed, marked}, warnings}');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan pdf', 'rencana-induk-id.pdf from the last `npm run build`'],
    ['masterplan pdf --locale en --chapters 1,3', 'a quick English preview of two chapters'],
    ['masterplan pdf --edition 2020-2024', 'a published edition'],
    ['masterplan pdf --changes-since 2020-2024', 'the draft, with bars beside what changed since that edition'],
    ['masterplan pdf --changes-since origin/main', 'the same, against a git ref'],
  ]);
  command.action((options: PdfCommandOptions) => runPdf(options));
}
