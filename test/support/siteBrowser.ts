import type {BrowserContext, Page} from 'playwright-core';

import {launchChromium, type LaunchedChromium} from '../../src/toolkit/browser/launchChromium';
import {serveBuild, type BuildServer} from './serveBuild';

/** What went wrong while a page loaded; every list should be empty. */
export interface PageProblems {
  /** `console.error` messages (React hydration errors are reported here in production). */
  consoleErrors: string[];
  /** Uncaught exceptions, and errors React reports with `reportError`. */
  pageErrors: string[];
  /** Requests for anything not on the site's own origin (all are blocked). */
  outsideRequests: string[];
  /** Content-Security-Policy violations seen by the page. */
  cspViolations: string[];
}

/** A visited page, its problems and the scripts it ran. */
export interface Visit extends PageProblems {
  page: Page;
  /** Paths (e.g. `/assets/js/main.1a2b.js`) of every script the page loaded, lazy chunks included. */
  scripts: string[];
}

/** The production build served locally, opened in one headless Chromium page. */
export interface SiteBrowser {
  origin: string;
  context: BrowserContext;
  page: Page;
  /**
   * Loads `path` (e.g. `/en/kurikulum/`), waits until the network is idle
   * (or only for `load`), and reports what went wrong.
   */
  visit(path: string, options?: {colorScheme?: 'light' | 'dark'; waitUntil?: 'load' | 'networkidle'}): Promise<Visit>;
  close(): Promise<void>;
}

/** Reported to the console by a listener installed before any page script runs. */
const CSP_MARKER = 'CSP violation:';

/**
 * Serves build/ (or `dir`, a temporary site's build) and opens it in
 * Chromium. Every request leaving the local origin is recorded and aborted,
 * so a test sees it even when the network would have refused it anyway.
 */
export async function openSiteBrowser(options: {dir?: string} = {}): Promise<SiteBrowser> {
  const server: BuildServer = await serveBuild(options.dir === undefined ? {} : {dir: options.dir});
  let chromium: LaunchedChromium | undefined;
  try {
    chromium = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const {context} = chromium;
  let current: Visit | undefined;

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      current?.outsideRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.addInitScript((marker: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${marker} ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  }, CSP_MARKER);

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() !== 'error' || !current) return;
    const text = message.text();
    if (text.startsWith(CSP_MARKER) || /Content Security Policy/i.test(text)) current.cspViolations.push(text);
    else current.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => current?.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.origin === server.origin) current?.scripts.push(url.pathname);
  });

  return {
    origin: server.origin,
    context,
    page,
    async visit(path, options = {}) {
      current = {page, consoleErrors: [], pageErrors: [], outsideRequests: [], cspViolations: [], scripts: []};
      const visit = current;
      await page.emulateMedia({colorScheme: options.colorScheme ?? 'light'});
      const response = await page.goto(`${server.origin}${path}`, {waitUntil: options.waitUntil ?? 'networkidle'});
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
      return visit;
    },
    async close() {
      await chromium?.close();
      await server.close();
    },
  };
}

/** A visit's problems, for `expect(problemsOf(visit)).toEqual(NO_PROBLEMS)` with readable diffs. */
export function problemsOf(visit: PageProblems): PageProblems {
  const {consoleErrors, pageErrors, outsideRequests, cspViolations} = visit;
  return {consoleErrors, pageErrors, outsideRequests, cspViolations};
}

export const NO_PROBLEMS: PageProblems = {consoleErrors: [], pageErrors: [], outsideRequests: [], cspViolations: []};
