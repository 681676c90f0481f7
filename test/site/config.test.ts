import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {afterEach, describe, expect, it, vi} from 'vitest';

import createConfig from '../../docusaurus.config';
import pluginCompleteBuild from '../../src/plugins/complete-build';
import {chooseChromium} from '../../src/toolkit/browser/pinnedChromium';

const config = await createConfig();

describe('docusaurus.config.ts', () => {
  it('serves Indonesian at / and English at /en/', () => {
    expect(config.i18n?.defaultLocale).toBe('id');
    expect(config.i18n?.locales).toEqual(['id', 'en']);
  });

  it('names each locale\'s base URL in production builds only, so a build of one locale lands where a build of all would', async () => {
    // scripts/build.ts builds one locale per process; Docusaurus would put a lone `--locale en` at the root.
    expect(config.i18n?.localeConfigs?.en?.baseUrl).toBeUndefined();
    vi.stubEnv('NODE_ENV', 'production');
    const production = await createConfig().finally(() => vi.unstubAllEnvs());
    expect(production.i18n?.localeConfigs?.id?.baseUrl).toBe('/');
    expect(production.i18n?.localeConfigs?.en?.baseUrl).toBe('/en/');
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

  it('gives the three collections edit links, their last update and the same math and diagram plugins', () => {
    const preset = config.presets?.[0] as [string, {docs: DocsOptions}];
    const instances = (config.plugins ?? [])
      .filter((plugin): plugin is [string, DocsOptions] => Array.isArray(plugin) && plugin[0] === '@docusaurus/plugin-content-docs')
      .map(([, options]) => options)
      .filter((options) => options.id !== 'toolkit');
    const collections = [preset[1].docs, ...instances];
    expect(collections.map((options) => options.routeBasePath)).toEqual(['rencana-induk', 'kurikulum', 'konsultasi']);
    for (const options of collections) {
      expect(options).toMatchObject({path: `docs/${options.routeBasePath}`, editUrl: expect.stringMatching(/\/edit\/main\/$/) as string, showLastUpdateTime: true});
      expect(options.rehypePlugins).toEqual(collections[0]?.rehypePlugins);
      expect(options.remarkPlugins).toHaveLength(1);
    }
  });

  it('refuses a production build that skips the post-build steps, before any other plugin starts', () => {
    expect(config.plugins?.[0]).toBe(pluginCompleteBuild);
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
