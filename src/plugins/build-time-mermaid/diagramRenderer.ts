/**
 * Draws Mermaid diagrams in pages of one headless Chromium that load Mermaid
 * once and then draw diagram after diagram.
 *
 * rehype-mermaid (through mermaid-isomorphic) opens a new page and loads
 * Mermaid's 8 MB bundle for every file it is given, about 0.3 s per diagram
 * page and pass; with a light and a dark pass that was most of the build's
 * time. A warm page draws a diagram in a few milliseconds.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

import {chromium, type Browser, type Page} from 'playwright-core';

import {CHROMIUM_ARGS} from '../../toolkit/browser/launchChromium';
import {DIAGRAM_FONT_STYLESHEETS, IN_PAGE_RENDERER, type DiagramBatch, type DrawnDiagram} from './inPageRenderer';

/** Options of {@link createDiagramRenderer}. */
export interface DiagramRendererOptions {
  /** The Chromium to draw with, resolved when the first diagram is drawn (see `chromiumExecutable()`). */
  executablePath: () => Promise<string>;
  /**
   * Pages drawing at once. Each is a Chromium renderer process of about 100 MB
   * working on one core, and the bundler needs the others. Default 2.
   */
  maxPages?: number;
  /** How long the browser stays open with nothing to draw. Default 2 s. */
  idleCloseMs?: number;
}

/** Draws batches of diagrams; results come back in the order of the batches' diagrams. */
export interface DiagramRenderer {
  render(batches: DiagramBatch[]): Promise<DrawnDiagram[]>;
  /** Closes the browser now (it also closes by itself when idle). */
  close(): Promise<void>;
}

const requireFromHere = createRequire(import.meta.url);

let fontFaces: string | undefined;

/**
 * The site's diagram face (the same @fontsource style sheets mermaid.css
 * imports) with its woff2 files inlined, for a page that has no origin to
 * fetch them from. Read once per process: every renderer page gets it.
 */
export function diagramFontFaces(): string {
  return (fontFaces ??= DIAGRAM_FONT_STYLESHEETS.map((sheet) => {
    const file = requireFromHere.resolve(sheet);
    return readFileSync(file, 'utf8').replace(/src: url\(\.\/(files\/[^)]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_, font: string) => {
      const data = readFileSync(path.join(path.dirname(file), font)).toString('base64');
      return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
    });
  }).join('\n'));
}

async function openRendererPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addStyleTag({content: diagramFontFaces()});
  await page.addScriptTag({path: requireFromHere.resolve('mermaid/dist/mermaid.min.js')});
  await page.addScriptTag({content: IN_PAGE_RENDERER});
  return page;
}

/** A renderer with a small pool of warm pages in one lazily started browser. */
export function createDiagramRenderer(options: DiagramRendererOptions): DiagramRenderer {
  const maxPages = options.maxPages ?? 2;
  const idleCloseMs = options.idleCloseMs ?? 2_000;
  let browser: Promise<Browser> | undefined;
  /** Pages opened in the current browser (idle or drawing). */
  let openPages = 0;
  let busyPages = 0;
  const idlePages: Page[] = [];
  const waiting: Array<(page: Page | undefined) => void> = [];
  let idleTimer: NodeJS.Timeout | undefined;

  const closeBrowser = async () => {
    const closing = browser;
    browser = undefined;
    openPages = 0;
    idlePages.length = 0;
    await closing?.then((open) => open.close()).catch(() => undefined);
  };

  /** A warm page, or `undefined` when the caller should open one. */
  const acquire = async (): Promise<Page | undefined> => {
    clearTimeout(idleTimer);
    busyPages += 1;
    const idle = idlePages.pop();
    if (idle) return idle;
    if (openPages < maxPages) {
      openPages += 1;
      return undefined;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (page: Page | undefined) => {
    // Callers count as busy from acquire() on, waiting ones included.
    busyPages -= 1;
    const next = waiting.shift();
    if (next) {
      // A page that broke (undefined) is replaced: the next caller opens one.
      next(page);
      return;
    }
    if (page) idlePages.push(page);
    else openPages -= 1;
    if (busyPages === 0) idleTimer = setTimeout(() => void closeBrowser(), idleCloseMs);
  };

  return {
    async render(batches) {
      if (batches.every((batch) => batch.diagrams.length === 0)) return [];
      let page = await acquire();
      try {
        browser ??= options.executablePath().then((executablePath) => chromium.launch({executablePath, headless: true, args: CHROMIUM_ARGS}));
        page ??= await openRendererPage(await browser);
        const drawn = await page.evaluate((input) => (window as unknown as {renderMermaidBatches(b: DiagramBatch[]): Promise<DrawnDiagram[]>}).renderMermaidBatches(input), batches);
        release(page);
        return drawn;
      } catch (error) {
        await page?.close().catch(() => undefined);
        // A browser that did not start is not kept: the next render tries again.
        const launch = browser;
        if (launch && (await launch.then(() => false, () => true)) && browser === launch) browser = undefined;
        release(undefined);
        throw error;
      }
    },
    async close() {
      clearTimeout(idleTimer);
      await closeBrowser();
    },
  };
}
