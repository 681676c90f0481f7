import type {BrowserContext} from 'playwright-core';

import {launchChromium} from '../browser/launchChromium';
import {serveDirectory} from '../server/serveDirectory';

/** A headless Chromium and a loopback server over one build, shared by several renders. */
export interface PdfSession {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Serves `buildDir` and starts the pinned Chromium (or CHROME_PATH). Throws `ChromiumNotFoundError` when there is no Chromium; it never
 * downloads one.
 */
export async function openPdfSession(buildDir: string): Promise<PdfSession> {
  const server = await serveDirectory(buildDir);
  try {
    const browser = await launchChromium();
    // tsx compiles with esbuild's keepNames, which can leave `__name(...)` calls in
    // functions handed to page.evaluate; give the page a harmless one.
    await browser.context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
    return {
      origin: server.origin,
      context: browser.context,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
