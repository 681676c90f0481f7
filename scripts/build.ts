/**
 * `npm run build`: the Docusaurus production build of both locales, then the
 * post-build steps that work on the built HTML (see scripts/postbuild/).
 * Arguments are passed to `docusaurus build` (e.g. `--out-dir /tmp/site`).
 */
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';

import {SITE_LOCALES} from '../src/content/siteLocales';
import {BUILD_KIND_ENV, EARLIER_LOCALE_ENV, type BuildKind} from '../src/plugins/complete-build/buildKind';

const siteDir = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const outDirIndex = args.indexOf('--out-dir');
const outDir = path.resolve(siteDir, outDirIndex >= 0 ? (args[outDirIndex + 1] ?? 'build') : 'build');

/**
 * Builds each locale in its own Docusaurus process, the default first (it
 * writes the site's root), unless the arguments name locales. Docusaurus keeps
 * much of one locale's memory while it builds the next (measured on 3,000
 * pages: 5.8 GB for the Indonesian pages, 8.9 GB once the English ones were
 * built in the same process); a process per locale hands it back. The later
 * processes skip the work the first did for every locale (EARLIER_LOCALE_ENV).
 * Returns the first failing exit code, or 0.
 */
function buildPages(docusaurusBin: string): number {
  const locales = args.includes('--locale') ? [undefined] : SITE_LOCALES;
  for (const [index, locale] of locales.entries()) {
    const build = spawnSync(process.execPath, [docusaurusBin, 'build', ...(locale ? ['--locale', locale] : []), ...args], {
      cwd: siteDir,
      stdio: 'inherit',
      // With the SWC minifier off (it breaks diagram hydration, see docusaurus.config.ts), Docusaurus minifies
      // HTML with html-minifier-terser, whose settings keep nearly every byte (no whitespace collapsing) yet
      // take two thirds of page generation: 12 s instead of 5 s for 600 pages. Measured: pages 0.1 % larger.
      // BUILD_KIND_ENV tells the site's plugins that the post-build steps follow: without it a production build
      // is refused (src/plugins/complete-build), and with it the first chapter links the PDF.
      env: {
        ...process.env,
        SKIP_HTML_MINIFICATION: process.env.SKIP_HTML_MINIFICATION ?? 'true',
        [BUILD_KIND_ENV]: 'complete' satisfies BuildKind,
        ...(index > 0 ? {[EARLIER_LOCALE_ENV]: '1'} : {}),
      },
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  return 0;
}

async function main(): Promise<number> {
  const started = Date.now();
  const timings: string[] = [];
  // Docusaurus's own bin with this Node, not `npx docusaurus`: npx takes 1 to 2.5 s to find it (measured).
  const status = buildPages(createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/bin/docusaurus.mjs'));
  if (status !== 0) return status;
  timings.push(`Docusaurus ${seconds(started)}`);
  // Loaded only now: the steps bring the PDF renderer, Playwright and Pagefind's bindings (about 200 MB),
  // which this process would otherwise hold while Docusaurus builds, at the build's memory peak.
  const [{POSTBUILD_STAGES}, {runPostbuildSteps}] = await Promise.all([import('./postbuild'), import('./postbuild/runSteps')]);
  const postbuild = await runPostbuildSteps(POSTBUILD_STAGES, {siteDir, outDir});
  if (!postbuild.ok) return 1;
  timings.push(...postbuild.timings);
  // One line that says where the time went (the build benchmark reads it too).
  console.log(`[INFO] Build finished in ${seconds(started)}: ${timings.join(', ')}.`);
  return 0;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

// exitCode, not exit(): the process ends once its output is flushed, so no error line is cut off.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`[ERROR] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
