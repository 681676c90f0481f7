import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** The repository root, whose content the temporary sites copy. */
export const REPO_DIR = path.resolve(__dirname, '..', '..');

/** What a temporary site copies from the repository. */
const SITE_PARTS = ['docs', 'i18n', 'data', 'blog', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
/** What else a site needs to be built with Docusaurus. */
const BUILD_PARTS = ['static', 'scripts', 'tsconfig.typedoc.json'];

export interface TempSite {
  dir: string;
  /** Runs git in the site, as a fixed author, and returns its output. */
  git(...args: string[]): string;
  remove(): void;
}

/**
 * A copy of the site's content and configuration in a temporary folder, so a
 * command can change it freely. `withCode` also links src/ and node_modules/
 * (for commands that run Docusaurus); `forBuild` adds what a build reads
 * besides (static/, scripts/, implies `withCode`); `withGit` commits everything as
 * "Rini Widyantini" on 2016-03-02, so history-based reports have something to read.
 */
export function createTempSite(options: {withCode?: boolean; forBuild?: boolean; withGit?: boolean} = {}): TempSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'masterplan-site-'));
  const parts = options.forBuild ? [...SITE_PARTS, ...BUILD_PARTS] : SITE_PARTS;
  for (const part of parts) cpSync(path.join(REPO_DIR, part), path.join(dir, part), {recursive: true});
  if (options.withCode || options.forBuild) {
    cpSync(path.join(REPO_DIR, 'src'), path.join(dir, 'src'), {recursive: true});
    symlinkSync(path.join(REPO_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Rini Widyantini',
        GIT_AUTHOR_EMAIL: 'rini@example.go.id',
        GIT_COMMITTER_NAME: 'Rini Widyantini',
        GIT_COMMITTER_EMAIL: 'rini@example.go.id',
        GIT_AUTHOR_DATE: process.env.GIT_AUTHOR_DATE ?? '2016-03-02T10:00:00+07:00',
        GIT_COMMITTER_DATE: process.env.GIT_COMMITTER_DATE ?? '2016-03-02T10:00:00+07:00',
      },
    });
  if (options.withGit) {
    git('init', '--quiet', '--initial-branch=main');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'First content');
  }
  return {dir, git, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/**
 * Builds a temporary site's pages alone (`MASTERPLAN_BUILD=pages-only`: no
 * post-build steps, no content check, no persistent cache, which belongs to
 * the repository's builds) into `<site>/build`, and returns that folder;
 * throws with the build's last output when it fails.
 */
export function buildPagesOnly(site: TempSite): string {
  const buildDir = path.join(site.dir, 'build');
  const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', buildDir], {
    cwd: site.dir,
    encoding: 'utf8',
    env: {...process.env, MASTERPLAN_BUILD: 'pages-only', MASTERPLAN_SKIP_CHECK: '1', SKIP_HTML_MINIFICATION: 'true', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', FORCE_COLOR: '0'},
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`docusaurus build failed:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
  return buildDir;
}
