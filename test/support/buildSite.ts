import {spawnSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';

import {BUILD_DIR, BUILD_LOG, SITE_DIR} from './paths';

/**
 * Vitest global setup for the `site` project: one production build of both
 * locales (`npm run build`, post-build steps included), its output saved for the no-warnings test. Set SKIP_BUILD=1 to
 * reuse an existing build/ while working on the tests themselves.
 */
export default function buildSite(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(BUILD_DIR) && existsSync(BUILD_LOG)) return;
  const result = spawnSync('npm', ['run', 'build', '--', '--out-dir', BUILD_DIR], {
    cwd: SITE_DIR,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${result.stdout}\n${result.stderr}`;
  writeFileSync(BUILD_LOG, log);
  if (result.status !== 0) {
    throw new Error(`docusaurus build failed (exit ${result.status}):\n${log.slice(-4000)}`);
  }
}
