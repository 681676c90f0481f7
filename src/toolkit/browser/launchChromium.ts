import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {chromium, type BrowserContext, type LaunchOptions} from 'playwright-core';

import {findChromium, INSTALL_CHROMIUM_HINT} from './findChromium';

/**
 * Flags for a quiet headless Chromium: no background requests to Google
 * (this machine's network refuses them, and readers' privacy tests would see
 * them), no sandbox since CI runs as root.
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

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(`No Chromium found. ${INSTALL_CHROMIUM_HINT}`);
    this.name = 'ChromiumNotFoundError';
  }
}

/** A running browser context and how to close it (and delete its profile). */
export interface LaunchedChromium {
  context: BrowserContext;
  executablePath: string;
  close(): Promise<void>;
}

/**
 * Starts the system Chromium headless with a fresh, temporary profile.
 * Throws {@link ChromiumNotFoundError} when none is installed; never downloads one.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumNotFoundError();
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
    async close() {
      await context.close();
      await rm(userDataDir, {recursive: true, force: true});
    },
  };
}
