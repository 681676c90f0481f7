/**
 * `npm run check:base-url`: builds the site under a base URL other than `/`
 * (default `/masterplan/`, as on GitHub Pages project sites) and fails when
 * any page or stylesheet links to a root-relative URL outside it.
 *
 *   npm run check:base-url                       # build into a temporary folder, then check
 *   npm run check:base-url -- --base /rencana/   # another base URL
 *   npm run check:base-url -- --built build      # check an existing build made with BASE_URL
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {findOutsideBaseUrl, findWorkerFilesOutside} from './base-url/findOutsideBaseUrl';

const siteDir = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

function main(): number {
  const baseUrl = option('--base') ?? process.env.BASE_URL ?? '/masterplan/';
  if (!/^\/([^/]+\/)+$/.test(baseUrl)) {
    console.error(`error: --base ${baseUrl}: expected a path with slashes on both ends, e.g. /masterplan/`);
    return 2;
  }
  const built = option('--built');
  const temporary = built ? undefined : mkdtempSync(path.join(tmpdir(), 'masterplan-base-url-'));
  const buildDir = built ? path.resolve(built) : path.join(temporary!, 'build');
  try {
    if (!built) {
      console.log(`[INFO] Building with BASE_URL=${baseUrl} into ${buildDir}`);
      // Docusaurus Faster's persistent cache is not keyed by the base URL: a cache
      // filled by a build for `/` would leave `/assets/...` font URLs in the CSS.
      const env = {...process.env, BASE_URL: baseUrl, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'};
      const build = spawnSync('npm', ['run', 'build', '--', '--out-dir', buildDir], {cwd: siteDir, stdio: 'inherit', env});
      if (build.status !== 0) return build.status ?? 1;
    }
    for (const page of ['index.html', 'en/index.html', 'status/index.html', 'en/status/index.html']) {
      if (!existsSync(path.join(buildDir, page))) {
        console.error(`error: ${page} is missing from the build`);
        return 1;
      }
    }
    const outside = [...findOutsideBaseUrl(buildDir, baseUrl), ...findWorkerFilesOutside(buildDir, baseUrl)];
    for (const {file, url} of outside) console.error(`${file}  error  ${url} is outside the base URL ${baseUrl}`);
    if (outside.length > 0) return 1;
    console.log(`[SUCCESS] Every page, stylesheet and file kept for offline reading stays under ${baseUrl}.`);
    return 0;
  } finally {
    if (temporary) rmSync(temporary, {recursive: true, force: true});
  }
}

process.exitCode = main();
