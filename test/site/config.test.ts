import {afterEach, describe, expect, it, vi} from 'vitest';

import createConfig from '../../docusaurus.config';
import {chooseChromium} from '../../src/toolkit/browser/pinnedChromium';

const config = await createConfig();

describe('docusaurus.config.ts', () => {
  it('serves Indonesian at / and English at /en/', () => {
    expect(config.i18n?.defaultLocale).toBe('id');
    expect(config.i18n?.locales).toEqual(['id', 'en']);
  });

  it('fails the build on broken links, anchors, Markdown links and images', () => {
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownImages).toBe('throw');
  });

  it('parses .md as CommonMark, so press releases are never MDX', () => {
    expect(config.markdown?.format).toBe('detect');
  });

  it('builds with Docusaurus Faster, except the HTML minifier that rewrites inline diagram SVGs', () => {
    expect(config.future?.faster).toMatchObject({rspackBundler: true, swcJsMinimizer: true, swcHtmlMinimizer: false});
  });

  describe('Mermaid diagrams', () => {
    const savedChromePath = process.env.CHROME_PATH;
    afterEach(() => {
      if (savedChromePath === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = savedChromePath;
      vi.restoreAllMocks();
    });

    it.runIf(chooseChromium().kind !== 'none')('are drawn at build time by the pinned Chromium, so Docusaurus leaves the fences alone', () => {
      expect(config.markdown?.mermaid).toBe(false);
      expect(config.themes ?? []).not.toContain('@docusaurus/theme-mermaid');
    });

    it('fall back to client-side drawing, with a notice saying why, when there is no browser', async () => {
      process.env.CHROME_PATH = '/nonexistent/chromium';
      const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
      vi.resetModules();
      const {default: createFallbackConfig} = await import('../../docusaurus.config');
      const fallback = await createFallbackConfig();
      expect(fallback.markdown?.mermaid).toBe(true);
      expect(fallback.themes).toContain('@docusaurus/theme-mermaid');
      expect(info).toHaveBeenCalledWith(expect.stringMatching(/^\[INFO\] Mermaid diagrams will be drawn in readers' browsers .*: CHROME_PATH is set to \/nonexistent\/chromium, which does not exist/));
    });
  });
});
