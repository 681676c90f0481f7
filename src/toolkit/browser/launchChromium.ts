import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {chromium, type BrowserContext, type LaunchOptions} from 'playwright-core';

import {chromiumExecutable} from './pinnedChromium';

/**
 * Flags for a quiet headless Chromium: no background requests to Google
 * (this machine's network refuses them, and readers' privacy tests would see
 * them), no sandbox since CI runs as root. Not the pinned package's own
 * defaults, which are for serverless hosts (`--single-process`,
 * `--disable-web-security`, …).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A running browser context and how to close it (and delete its profile). */
export interface LaunchedChromium {
  context: BrowserContext;
  executablePath: string;
  /** The browser's own version, e.g. `153.0.8010.0`. */
  version: string;
  close(): Promise<void>;
}

/**
 * Starts the pinned Chromium (or `CHROME_PATH`) headless with a fresh,
 * temporary profile. Throws `ChromiumNotFoundError` when there is none; never
 * downloads one.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const executablePath = await chromiumExecutable();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'masterplan-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  return {
    context,
    executablePath,
    version: context.browser()?.version() ?? 'unknown',
    async close() {
      await context.close();
      await rm(userDataDir, {recursive: true, force: true});
    },
  };
}
