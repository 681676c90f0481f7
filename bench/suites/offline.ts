import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

import {precacheListIn} from '../../src/plugins/offline-reading/precacheList';
import {launchChromium} from '../../src/toolkit/browser/launchChromium';
import {LOCALE_PREFIXES} from '../../test/support/pageTypes';
import {BUILD_DIR} from '../../test/support/paths';
import {serveLikeAHost, SLOW_4G} from '../../test/support/serveLikeAHost';
import type {BenchSuite} from './index';

/** Long enough for several MB at 1.4 Mbit/s on a busy machine. */
const SAVE_TIMEOUT_MS = 10 * 60_000;

const MB = 1024 * 1024;

/** What a language's worker keeps: how many files, and their size on disk. */
function keptFiles(prefix: string): {files: number; bytes: number} {
  const workerDir = path.join(BUILD_DIR, prefix);
  const list = precacheListIn(readFileSync(path.join(workerDir, 'sw.js'), 'utf8'));
  if (!list) throw new Error(`${prefix}sw.js has no list of files: run \`npm run build\` (its last post-build step writes it)`);
  const bytes = list.reduce((sum, entry) => sum + statSync(path.join(workerDir, decodeURIComponent(entry.url))).size, 0);
  return {files: list.length, bytes};
}

/**
 * "Save for offline reading" on each language's curriculum index, on the
 * benchmark's slow 4G: the bytes the host sent (gzipped where a host would
 * gzip) from the click until the worker reports every file stored, and how
 * long that took. The server applies the throttling, because a browser's own
 * throttling does not slow down a service worker's requests.
 */
export const offlineSuite: BenchSuite = {
  name: 'offline',
  title: 'Offline reading ("Simpan untuk dibaca offline")',
  async run() {
    if (!existsSync(BUILD_DIR)) throw new Error('No build/ to measure: run `npm run build` first.');
    const rows: string[] = [];
    let mostFiles = 0;
    for (const {locale, prefix} of LOCALE_PREFIXES) {
      const kept = keptFiles(prefix);
      mostFiles = Math.max(mostFiles, kept.files);
      // A fresh server and browser per language: nothing saved or cached from the other.
      const server = await serveLikeAHost(BUILD_DIR, {throttle: SLOW_4G});
      const chromium = await launchChromium();
      try {
        const page = await chromium.context.newPage();
        await page.goto(`${server.origin}${prefix}kurikulum/`, {waitUntil: 'networkidle', timeout: SAVE_TIMEOUT_MS});
        const sentBefore = server.bytesSent;
        const started = performance.now();
        await page.getByTestId('offline-save').click();
        await page.locator('[data-testid="offline-reading"][data-offline-state="saved"]').waitFor({timeout: SAVE_TIMEOUT_MS});
        const seconds = (performance.now() - started) / 1000;
        const sent = server.bytesSent - sentBefore;
        rows.push(`| ${locale} | \`${prefix}sw.js\` | ${kept.files} | ${(kept.bytes / MB).toFixed(2)} MB | ${(sent / MB).toFixed(2)} MB | ${seconds.toFixed(1)} s |`);
      } finally {
        await chromium.close();
        await server.close();
      }
    }
    return [
      'What a reader downloads after selecting "Simpan untuk dibaca offline" / "Save for offline reading" on the',
      'curriculum index (`/kurikulum/`, `/en/kurikulum/`): the curricula and the master plan in that language, all',
      "of the locale's scripts and styles, images, KaTeX and text fonts (woff2), the master plan's PDF and that",
      "language's search index (list: `scripts/postbuild/offlinePrecache.ts`). *Transferred* is what the host sent,",
      'gzipped as `test/support/serveLikeAHost.ts` gzips text; *time* runs from the click until the control says',
      `saved, on Lighthouse's slow 4G applied by the server (${SLOW_4G.latencyMs} ms before each response,`,
      `${((SLOW_4G.bytesPerSecond * 8) / 1024 / 1024).toFixed(2)} Mbit/s shared). Readers who never select it download none of this.`,
      '',
      'Workbox stores the files one at a time (GoogleChrome/workbox#2528, to bound memory), so the time is mostly',
      `latency: ${mostFiles} requests × ${SLOW_4G.latencyMs} ms ≈ ${Math.round((mostFiles * SLOW_4G.latencyMs) / 1000)} s; the bytes alone would take a few seconds. Fewer files`,
      '(only the chunks the kept pages use) is the lever, not smaller ones.',
      '',
      '| Language | Worker | Files | On disk | Transferred | Time (slow 4G) |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
  },
};
