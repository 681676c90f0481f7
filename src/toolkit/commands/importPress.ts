import {statSync} from 'node:fs';
import path from 'node:path';

import {type Command, InvalidArgumentError} from 'commander';

import {readDateOption} from '../press/dateOption';
import {sourceUrlProblem} from '../press/frontmatter';
import type {ImportResult} from '../press/importReleases';
import {EXIT, printJson, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';

interface ImportPressFlags {
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
  title?: string;
  date?: string;
  sourceUrl?: string;
  out?: string;
  siteDir?: string;
}

/** One entry of `--json`: `{file, ok, error?, record?, output?}`. */
function jsonEntry(result: ImportResult): object {
  return {
    file: result.file,
    ok: result.status !== 'failed',
    ...(result.status === 'failed' ? {error: result.message} : {}),
    ...(result.record ? {record: result.record} : {}),
    ...(result.post
      ? {output: {path: result.post, status: result.status, action: result.action, ...(result.status === 'skipped' ? {reason: result.message} : {})}}
      : {}),
  };
}

function parseDateFlag(value: string): string {
  const reading = readDateOption(value);
  if (!reading.ok) throw new InvalidArgumentError(reading.problem);
  return value;
}

function parseSourceUrlFlag(value: string): string {
  const problem = sourceUrlProblem(value);
  if (problem) throw new InvalidArgumentError(`${problem} (got "${value}")`);
  return value;
}

/** `masterplan import-press <file|dir>...`: republish press releases as blog posts. */
export function registerImportPress(program: Command): void {
  const command = program
    .command('import-press')
    .description('Import press releases (plain text) as blog posts under blog/')
    .argument('<inputs...>', 'release files (.txt) or folders of them')
    .option('--dry-run', 'show what would be imported; write nothing')
    .option('--force', 'overwrite posts an editor has changed since they were imported')
    .option('--title <title>', 'headline to use (one release only), e.g. when the portal lost it')
    .option('--date <iso>', 'publication date to use instead of the byline, e.g. 2016-03-02T14:35+07:00', parseDateFlag)
    .option('--source-url <url>', 'address the release was published at (one release only); the post links to it', parseSourceUrlFlag)
    .option('--out <dir>', "blog folder to write posts to (default: the site's blog/)");
  withJson(command, 'one {file, ok, error?, record?, output?} per input, as an array');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan import-press ../shared/press/siaran-pers.txt', 'one release'],
    ['masterplan import-press --dry-run --json releases/', 'what a folder of releases would become, writing nothing'],
    ['masterplan import-press rilis.txt --title "Judul" --date 2016-03-02T14:35+07:00', 'when the portal lost the headline and byline'],
    ['masterplan import-press rilis.txt --source-url https://example.go.id/berita/rilis', 'record where the release was published'],
  ]);
  command.action(async (inputs: string[], flags: ImportPressFlags) => {
    const oneRelease = inputs.length === 1 && !statSync(inputs[0] ?? '', {throwIfNoEntry: false})?.isDirectory();
    for (const [flag, value] of [['--title', flags.title], ['--source-url', flags.sourceUrl]] as const) {
      if (value !== undefined && !oneRelease) {
        usageError(`${flag} belongs to one release; give a single file with it`);
        return;
      }
    }
    const siteDir = siteDirOf(flags);
    const outDir = flags.out === undefined ? path.join(siteDir, 'blog') : path.resolve(flags.out);
    const [{importReleases}, {formatDiagnostic}, {SingleBar, Presets}] = await Promise.all([import('../press/importReleases'), import('../press/diagnostics'), import('cli-progress')]);
    const bar =
      process.stdout.isTTY && !flags.json
        ? new SingleBar({format: 'Importing {bar} {value}/{total} releases', hideCursor: true, clearOnComplete: true}, Presets.shades_classic)
        : null;
    let started = false;
    const summary = await importReleases(inputs, {
      siteDir,
      outDir,
      dryRun: flags.dryRun,
      force: flags.force,
      title: flags.title,
      date: flags.date,
      sourceUrl: flags.sourceUrl,
      onProgress: (done, total) => {
        if (!bar || total < 2) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    }).catch((error: unknown) => {
      // Only the site's own files (registries, authors.yml) can stop a whole import.
      if (started) bar?.stop();
      console.error(`error: import-press: ${error instanceof Error ? error.message : String(error)}. Check ${siteDir} is the site's root folder (the one with data/ and blog/), or pass --site-dir.`);
      process.exitCode = EXIT.problems;
      return null;
    });
    if (!summary) return;
    if (started) bar?.stop();

    if (flags.json) {
      printJson(summary.results.map(jsonEntry));
    } else {
      for (const result of summary.results) {
        for (const warning of result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')) {
          console.error(formatDiagnostic(result.file, warning));
        }
        if (result.status === 'failed' || result.status === 'skipped') console.error(`${result.status}: ${result.message}`);
        else if (result.status === 'imported') console.log(`${flags.dryRun ? 'would import' : 'imported'}: ${result.file} -> ${path.relative(process.cwd(), result.post ?? '')}`);
      }
      if (summary.authorsAdded.length > 0) {
        console.log(`${flags.dryRun ? 'would add' : 'added'} to authors.yml: ${summary.authorsAdded.join(', ')}`);
      }
      const {imported, unchanged, skipped, failed} = summary.counts;
      console.log(`${flags.dryRun ? '(dry run, nothing written) ' : ''}${imported} imported, ${unchanged} unchanged, ${skipped} skipped, ${failed} failed`);
    }
    // Skipped releases are not failures.
    if (summary.counts.failed > 0) process.exitCode = EXIT.problems;
  });
}
