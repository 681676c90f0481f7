import {LinkChecker, LinkState} from 'linkinator';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {builtPages} from '../support/builtFiles';
import {serveBuild, type BuildServer} from '../support/serveBuild';

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

  /** Crawls our origin from `starts`, checking everything it reaches. */
  function crawl(starts: string[]) {
    return new LinkChecker().check({
      path: starts,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 20,
      linksToSkip: async (link) =>
        !link.startsWith(`${server.origin}/`) ||
        // Paint servers (`url(#mermaid-light-0-gradient)`) inside a diagram's own <style>:
        // linkinator reads them as page anchors and does not see ids inside <svg>.
        /#mermaid-(light|dark)-\d+-/.test(link),
    });
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
    expect(checked.some((link) => link.url.includes('#'))).toBe(true);
    expect(checked.some((link) => /KaTeX_.*\.woff2$/.test(link.url))).toBe(true);
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.parent ?? '(start)'} -> ${link.url} (${link.status ?? 'no status'}) ${link.failureDetails?.map(String).join('; ') ?? ''}`);
    expect(broken).toEqual([]);
  }, 300_000);
});
