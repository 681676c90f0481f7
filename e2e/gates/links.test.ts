import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {LinkChecker, LinkState} from 'linkinator';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {precacheListIn} from '../../src/plugins/offline-reading/precacheList';
import {builtPages} from '../../test/support/builtFiles';
import {serveBuild, type BuildServer} from '../../test/support/serveBuild';

/** A built file's URL path: `en/kurikulum/index.html` is served as `/en/kurikulum/`. */
function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * linkinator 7 over the build as a static host serves it: every page, link,
 * image, script, stylesheet (and the URLs inside it) and `#fragment` on our
 * own origin must resolve. Other hosts are skipped: CI has no network and
 * their availability is not ours to gate on.
 */
describe('links (linkinator)', () => {
  let server: BuildServer;

  beforeAll(async () => {
    server = await serveBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Crawls `origin` from `starts`, checking everything it reaches on that origin. */
  function crawl(starts: string[], origin = server.origin) {
    return new LinkChecker().check({
      path: starts,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 20,
      linksToSkip: async (link) => !link.startsWith(`${origin}/`),
    });
  }

  /**
   * Mermaid's generated <style> inside each diagram SVG refers to paint
   * servers (`stroke: url(#mermaid-light-0-gradient)`) for diagram kinds that
   * define them; linkinator's CSS check reads these as links to page anchors.
   * They are not links: a reader cannot follow them, and a missing one only
   * means that rule paints nothing.
   */
  function isDiagramPaintServer(url: string): boolean {
    return /^#mermaid-(light|dark)-\d+-/.test(new URL(url).hash);
  }

  it('finds no broken internal link, image or anchor on any built page', async () => {
    const pages = builtPages().map((file) => `${server.origin}${urlPathOf(file)}`);
    const fromHome = await crawl([`${server.origin}/`, `${server.origin}/en/`]);
    const reached = new Set(fromHome.links.map((link) => link.url));
    // Pages no link leads to (404 pages, the blog's authors page) are crawled from themselves.
    const unlinked = pages.filter((page) => !reached.has(page));
    expect(unlinked.length).toBeLessThan(pages.length / 4);
    const links = [...fromHome.links, ...(unlinked.length > 0 ? (await crawl(unlinked)).links : [])];
    const checked = links.filter((link) => link.state === LinkState.OK);
    expect(checked.length).toBeGreaterThan(150);
    expect(checked.some((link) => /KaTeX_.*\.woff2$/.test(link.url))).toBe(true);
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN && !isDiagramPaintServer(link.url))
      .map((link) => `${link.parent ?? '(start)'} -> ${link.url} (${link.status ?? 'no status'}) ${link.failureDetails?.map(String).join('; ') ?? ''}`);
    expect(broken).toEqual([]);
  }, 300_000);

  // The offline copy's files are fetched by the worker, not linked: linkinator never sees them.
  it.each(['/', '/en/'])('publishes what offline reading at %s needs: the manifest, its icons and every file the worker keeps', async (prefix) => {
    const status = async (url: URL) => (await fetch(url)).status;
    const manifestUrl = new URL(`${prefix}manifest.webmanifest`, server.origin);
    const manifest = (await (await fetch(manifestUrl)).json()) as {icons: {src: string}[]};
    const icons = manifest.icons.map((icon) => new URL(icon.src, manifestUrl));
    expect(icons.length).toBeGreaterThanOrEqual(2);
    const workerUrl = new URL(`${prefix}sw.js`, server.origin);
    const list = precacheListIn(await (await fetch(workerUrl)).text()) ?? [];
    expect(list.length).toBeGreaterThan(100);
    const files = list.map((entry) => new URL(entry.url, workerUrl));
    const missing: string[] = [];
    for (const url of [...icons, ...files]) if ((await status(url)) !== 200) missing.push(url.pathname);
    expect(missing).toEqual([]);
  });

  it('would report a missing page, image and anchor (the crawl settings are not blind)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'masterplan-links-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><title>x</title><h1 id="here">x</h1><a href="/#here">ok</a><a href="/#gone">anchor</a><a href="/gone/">page</a><img src="/gone.png" alt="">',
    );
    const fixture = await serveBuild({dir});
    try {
      const {links} = await crawl([`${fixture.origin}/`], fixture.origin);
      const broken = links.filter((link) => link.state === LinkState.BROKEN).map((link) => link.url.replace(fixture.origin, ''));
      expect(broken.sort()).toEqual(['/#gone', '/gone.png', '/gone/']);
    } finally {
      await fixture.close();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
