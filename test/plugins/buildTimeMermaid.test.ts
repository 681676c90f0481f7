import type {Element, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterAll, describe, expect, it} from 'vitest';

import {describeInBrowser} from '../../e2e/support/browser';
import {buildTimeMermaidPlugins} from '../../src/plugins/build-time-mermaid';
import {createDiagramRenderer} from '../../src/plugins/build-time-mermaid/diagramRenderer';
import {findChromium} from '../../src/toolkit/browser/findChromium';

const executablePath = findChromium() ?? '/usr/bin/chromium';
const FLOWCHART = 'flowchart LR\n  a["Pusat kerja sama"] --> b["Layanan publik"]';

function fence(code: string): string {
  return `<pre><code class="language-mermaid">${code.replaceAll('"', '&quot;')}</code></pre>`;
}

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
});

/** Runs the plugins over an HTML fragment, as the MDX compiler runs them over a page's tree. */
async function transform(html: string, chromium = executablePath): Promise<Root> {
  const processor = unified().use(buildTimeMermaidPlugins({executablePath: chromium, theme: {light: 'neutral', dark: 'dark'}}));
  return (await processor.run(fromHtml(html, {fragment: true}), new VFile({path: 'docs/chapter.mdx'}))) as Root;
}

describeInBrowser('the build-time Mermaid rehype plugin', () => {

  it('replaces each fence with a light and a dark inline SVG and leaves other code alone', async () => {
    const html = toHtml(await transform(`${fence(FLOWCHART)}<pre><code class="language-js">let a = 1;</code></pre>${fence('flowchart TD\n  x --> y')}`));
    expect(html).not.toContain('language-mermaid');
    expect(html).toContain('<code class="language-js">let a = 1;</code>');
    expect(html.match(/<div class="mermaid-diagram">/g)).toHaveLength(2);
    for (const id of ['mermaid-light-0', 'mermaid-dark-0', 'mermaid-light-1', 'mermaid-dark-1']) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/<div class="mermaid-diagram__light"><svg[^>]*id="mermaid-light-0"/);
    expect(html).toMatch(/<div class="mermaid-diagram__dark"><svg[^>]*id="mermaid-dark-0"/);
  });

  it('gives the SVG as elements, not as raw text (MDX compiles the tree)', async () => {
    const result = await transform(fence(FLOWCHART));
    const wrapper = result.children[0] as Element;
    const light = wrapper.children[0] as Element;
    expect((light.children[0] as Element).tagName).toBe('svg');
  });

  it('fails the file at the fence’s line with Mermaid’s message when a diagram cannot be drawn', async () => {
    await expect(transform(`<p>intro</p>\n\n${fence('flowchart LR\n  a -->')}`)).rejects.toThrow(
      /Mermaid diagram could not be drawn \(light theme\): Parse error/,
    );
    await expect(transform(`<p>intro</p>\n\n${fence('flowchart LR\n  a -->')}`)).rejects.toMatchObject({line: 3, column: 1, file: 'docs/chapter.mdx'});
  });
});

describe('buildTimeMermaidPlugins', () => {
  it('leaves a file without diagrams untouched and starts no browser', async () => {
    const html = toHtml(await transform('<p>No diagram here.</p>', '/nonexistent/chromium'));
    expect(html).toBe('<p>No diagram here.</p>');
  });
});
