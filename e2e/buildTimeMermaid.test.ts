import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {compile, evaluate} from '@mdx-js/mdx';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import type {Pluggable} from 'unified';
import {VFile} from 'vfile';
import {afterAll, describe, expect, it} from 'vitest';

import {buildTimeMermaidPlugins} from '../src/plugins/build-time-mermaid';
import {createDiagramRenderer, diagramFontFaces} from '../src/plugins/build-time-mermaid/diagramRenderer';
import {launchChromium} from '../src/toolkit/browser/launchChromium';
import {DIAGRAM_FONT_STYLESHEETS} from '../src/plugins/build-time-mermaid/inPageRenderer';
import {chromiumExecutable} from '../src/toolkit/browser/pinnedChromium';
import {describeInBrowser} from '../test/support/browser';

const executablePath = () => chromiumExecutable();
const FLOWCHART = 'flowchart LR\n  a["Pusat kerja sama"] --> b["Layanan publik"]';

describeInBrowser('createDiagramRenderer', () => {
  const renderer = createDiagramRenderer({executablePath, maxPages: 1, idleCloseMs: 200});
  afterAll(() => renderer.close());

  it('draws each batch with its own theme, in order', async () => {
    const [light, dark] = await renderer.render([
      {config: {theme: 'neutral'}, diagrams: [{id: 'light-0', code: FLOWCHART}]},
      {config: {theme: 'dark'}, diagrams: [{id: 'dark-0', code: FLOWCHART}]},
    ]);
    expect(light?.svg).toMatch(/^<svg[^>]* id="light-0"/);
    expect(dark?.svg).toMatch(/^<svg[^>]* id="dark-0"/);
    expect(light?.svg).toContain('Pusat kerja sama');
    // The dark theme's own colours, not the light one's.
    expect(light?.svg).not.toEqual(dark?.svg?.replaceAll('dark-0', 'light-0'));
  });

  it('queues callers when every page is busy, and answers each one', async () => {
    const calls = Array.from({length: 5}, (_, index) =>
      renderer.render([{config: {}, diagrams: [{id: `queued-${index}`, code: `flowchart TD\n  n${index} --> m${index}`}]}]),
    );
    const results = await Promise.all(calls);
    results.forEach((drawn, index) => expect(drawn[0]?.svg).toContain(`id="queued-${index}"`));
  });

  it('returns Mermaid’s parse error for a broken diagram and keeps drawing the others', async () => {
    const [broken, fine] = await renderer.render([
      {config: {}, diagrams: [{id: 'broken', code: 'flowchart LR\n  a -->'}, {id: 'fine', code: FLOWCHART}]},
    ]);
    expect(broken?.error).toMatch(/Parse error on line \d+/);
    expect(fine?.svg).toContain('id="fine"');
  });

  it('starts the browser again after closing it when idle', async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const [again] = await renderer.render([{config: {}, diagrams: [{id: 'again', code: FLOWCHART}]}]);
    expect(again?.svg).toContain('id="again"');
  });

  it('sets and measures labels in the shipped Noto Sans, whatever fonts the machine has', async () => {
    const [drawn] = await renderer.render([{config: {theme: 'neutral'}, diagrams: [{id: 'font-0', code: FLOWCHART}]}]);
    expect(drawn?.svg).toContain('font-family:"Noto Sans",sans-serif');
    // A label box is as wide as its text in Noto Sans (Mermaid rounds to whole pixels).
    const widths = [...drawn!.svg!.matchAll(/<foreignObject width="([\d.]+)"[^>]*><div[^>]*><span[^>]*><p>Pusat kerja sama<\/p>/g)].map(([, width]) => Number(width));
    expect(widths).toHaveLength(1);
    // Mermaid rounds the box to whole pixels.
    const noto = await textWidth('Pusat kerja sama', '"Noto Sans"');
    expect(Math.abs(widths[0]! - noto), `box ${widths[0]}, text ${noto}`).toBeLessThanOrEqual(1.5);
  });
});

/** The width of a text at Mermaid's default 16px in a face, measured in a page that has loaded the site's diagram fonts. */
async function textWidth(text: string, family: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent(`<style>${diagramFontFaces()}</style><span style="font: 16px ${family}; white-space: nowrap">${text}</span>`);
    await page.evaluate(() => document.fonts.ready);
    return await page.locator('span').evaluate((span) => span.getBoundingClientRect().width);
  } finally {
    await browser.close();
  }
}

/** A site folder of its own for each fresh plugin: an empty product cache, so every diagram is drawn by the browser. */
const freshSites: string[] = [];
function freshSite(): string {
  const site = mkdtempSync(path.join(tmpdir(), 'masterplan-diagrams-'));
  freshSites.push(site);
  return site;
}
afterAll(() => {
  for (const site of freshSites) rmSync(site, {recursive: true, force: true});
});

/** Compiles Markdown with the plugins as Docusaurus's MDX loader does, and renders it with React. */
async function renderMarkdown(markdown: string, chromium: (() => Promise<string>) | Pluggable[] = executablePath): Promise<string> {
  const file = new VFile({path: 'docs/chapter.md', value: markdown});
  const {default: Content} = await evaluate(file, {
    ...runtime,
    format: 'md',
    // A browser starts a fresh plugin; a plugin list reuses one, as a build or the development server does.
    rehypePlugins: typeof chromium === 'function' ? buildTimeMermaidPlugins({siteDir: freshSite(), executablePath: chromium, theme: {light: 'neutral', dark: 'dark'}}) : chromium,
  });
  return renderToStaticMarkup(createElement(Content));
}

function mermaidFence(code: string): string {
  return ['```mermaid', code, '```'].join('\n');
}

describeInBrowser('the build-time Mermaid rehype plugin', () => {
  it('replaces each fence with a light and a dark inline SVG and leaves other code alone', async () => {
    const html = await renderMarkdown(
      [mermaidFence(FLOWCHART), '```js\nlet a = 1;\n```', mermaidFence('flowchart TD\n  x --> y')].join('\n\n'),
    );
    expect(html).not.toContain('language-mermaid');
    expect(html).toContain('<code class="language-js">let a = 1;\n</code>');
    expect(html.match(/<div class="mermaid-diagram">/g)).toHaveLength(2);
    for (const id of ['mermaid-light-0', 'mermaid-dark-0', 'mermaid-light-1', 'mermaid-dark-1']) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/<div class="mermaid-diagram__light"><svg[^>]*id="mermaid-light-0"/);
    expect(html).toMatch(/<div class="mermaid-diagram__dark"><svg[^>]*id="mermaid-dark-0"/);
    expect(html).toContain('Pusat kerja sama');
  });

  it('hands React each SVG as one HTML string, so hydration adopts it instead of comparing every node', async () => {
    const compiled = String(
      await compile(mermaidFence(FLOWCHART), {
        format: 'md',
        rehypePlugins: buildTimeMermaidPlugins({siteDir: freshSite(), executablePath, theme: {light: 'neutral', dark: 'dark'}}),
      }),
    );
    expect(compiled.match(/dangerouslySetInnerHTML: \{\s*"?__html"?: "<svg/g)).toHaveLength(2);
    // No SVG element of the diagram is JSX in the page's script.
    expect(compiled).not.toMatch(/_components\.(path|g|svg)\b|"(path|svg)"/);
  });

  it('keeps markup in diagram labels inert and fetching nothing (strict labels, no images), as the SVG reaches the page unescaped', async () => {
    const html = await renderMarkdown(
      mermaidFence('flowchart LR\n  a["<img src=https://tracker.example/x onerror=alert(1)>"] --> b["<script>alert(2)</script>"]'),
    );
    expect(html).toContain('<div class="mermaid-diagram__light"><svg');
    expect(html).not.toMatch(/<script|onerror=|<img|tracker\.example/i);
  });

  it('fails the file at the fence’s line with Mermaid’s message when a diagram cannot be drawn', async () => {
    const broken = `Intro.\n\n${mermaidFence('flowchart LR\n  a -->')}`;
    await expect(renderMarkdown(broken)).rejects.toThrow(/Mermaid diagram could not be drawn \(light theme\): Parse error/);
    await expect(renderMarkdown(broken)).rejects.toMatchObject({line: 3, column: 1, file: 'docs/chapter.md'});
  });

  it('tries the browser again after it failed to start, instead of remembering the failure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'masterplan-chromium-'));
    try {
      const later = path.join(dir, 'chromium');
      const plugins = buildTimeMermaidPlugins({siteDir: freshSite(), executablePath: async () => later, theme: {light: 'neutral', dark: 'dark'}});
      const page = mermaidFence(FLOWCHART);
      await expect(renderMarkdown(page, plugins)).rejects.toThrow(/Chromium could not draw it/);
      // The browser appears, as when a developer installs it while `npm start` runs.
      symlinkSync(await chromiumExecutable(), later);
      expect(await renderMarkdown(page, plugins)).toContain('<div class="mermaid-diagram__light"><svg');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describeInBrowser('the build-time Mermaid drawings in the product cache', () => {
  it('draws a diagram once for the site: a later process (the other locale, the next build) takes it from the cache', async () => {
    const site = freshSite();
    const theme = {light: 'neutral', dark: 'dark'} as const;
    const page = mermaidFence(FLOWCHART);
    const drawn = await renderMarkdown(page, buildTimeMermaidPlugins({siteDir: site, executablePath, theme}));
    // No browser this time: the same diagrams come from the cache, byte for byte.
    const noBrowser = async () => '/nonexistent/chromium';
    expect(await renderMarkdown(page, buildTimeMermaidPlugins({siteDir: site, executablePath: noBrowser, theme}))).toBe(drawn);
    // A changed source is a new drawing, which needs the browser.
    await expect(renderMarkdown(mermaidFence('flowchart TD\n  x --> y'), buildTimeMermaidPlugins({siteDir: site, executablePath: noBrowser, theme}))).rejects.toThrow(
      /Chromium could not draw it/,
    );
  });
});

describe('buildTimeMermaidPlugins', () => {
  it('ships the diagram face with the site: mermaid.css imports the style sheets the renderer measures with', () => {
    const css = readFileSync(path.join(__dirname, '../src/plugins/build-time-mermaid/mermaid.css'), 'utf8');
    const imported = [...css.matchAll(/^@import '([^']+)';$/gm)].map(([, sheet]) => sheet);
    expect(imported).toEqual(DIAGRAM_FONT_STYLESHEETS);
  });

  it('leaves a file without diagrams untouched and starts no browser', async () => {
    expect(await renderMarkdown('No diagram here.', async () => '/nonexistent/chromium')).toBe('<p>No diagram here.</p>');
  });
});
