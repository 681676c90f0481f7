import {describe, expect, it} from 'vitest';

import createConfig from '../../docusaurus.config';

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
});
