/**
 * Mermaid diagrams drawn at build time as inline SVG, in a light and a dark
 * variant, so readers never download Mermaid's runtime (about 200 KB of
 * gzipped JavaScript) and the diagrams are in the static HTML.
 *
 * `rehype-mermaid`'s `inline-svg` strategy keeps only one colour scheme, so
 * each fence is split into two copies and rehype-mermaid runs twice: once for
 * the light copy, once (with the dark theme and its own id prefix, so the
 * SVGs' scoped styles do not clash) for the dark copy. `mermaid.css` shows the
 * copy that matches the site's own theme switch (`[data-theme]`), not the
 * operating system's.
 */
import {createRequire} from 'node:module';

import type {Element, Root} from 'hast';
import type {MermaidConfig} from 'mermaid';
import type {Browser, BrowserContext, BrowserContextOptions, BrowserType, LaunchOptions} from 'playwright';
import type {RehypeMermaidOptions} from 'rehype-mermaid';
import type {Pluggable, Plugin} from 'unified';
import {visit} from 'unist-util-visit';

import {CHROMIUM_ARGS} from '../../toolkit/browser/launchChromium';

/** The class rehype-mermaid looks for, and the one the dark copy waits under. */
const FENCE_CLASS = 'language-mermaid';
const DARK_FENCE_CLASS = 'language-mermaid-dark-pending';

/** Timeline and journey sections cycle through twelve colour-scale entries. */
const SCALE = Array.from({length: 12}, (_, index) => index);

/**
 * Colours that keep every label at WCAG AA contrast (4.5:1), checked by
 * e2e/pages.test.ts. Mermaid's neutral theme puts #333 text on #777 and #999
 * timeline sections (2.8:1 and 4.4:1), so those labels become black (section
 * 1 is dark grey with light text and stays). Its dark theme puts light grey
 * labels on #585858 edge labels and on orange or blue timeline sections
 * (3.7:1 to 4.4:1), so edge labels get a darker background and timeline
 * labels become white.
 */
const LIGHT_THEME_VARIABLES = Object.fromEntries(
  SCALE.filter((index) => index !== 0 && index !== 2).map((index) => [`cScaleLabel${index}`, '#000000']),
);
const DARK_THEME_VARIABLES = {
  edgeLabelBackground: '#333333',
  ...Object.fromEntries(SCALE.map((index) => [`cScaleLabel${index}`, '#ffffff'])),
};

/** How long an unused shared browser stays open for the next page's diagrams. */
const IDLE_CLOSE_MS = 2_000;
/**
 * Pages drawing at once. The bundler compiles many MDX files in parallel, and
 * each open page is a Chromium renderer process of about 100 MB: unlimited,
 * a 600-page corpus peaked at 12 GB.
 */
const MAX_OPEN_PAGES = 2;

/**
 * One Chromium for every diagram of the build. rehype-mermaid launches a
 * browser per renderer and closes it whenever it has nothing to draw, so each
 * MDX processor (several per content plugin) started its own Chromium for
 * nearly every diagram page: slow, and gigabytes of memory when pages compile
 * in parallel. This `BrowserType` hands out contexts of one shared browser,
 * closed once no diagram has been drawn for a moment.
 */
function sharedBrowserType(playwrightChromium: BrowserType): BrowserType {
  let browser: Promise<Browser> | undefined;
  let openContexts = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let openPages = 0;
  const waitingForPage: Array<() => void> = [];

  const pageSlot = async () => {
    if (openPages >= MAX_OPEN_PAGES) await new Promise<void>((resolve) => waitingForPage.push(resolve));
    openPages += 1;
  };
  const freePageSlot = () => {
    openPages -= 1;
    waitingForPage.shift()?.();
  };
  const releaseContext = () => {
    openContexts -= 1;
    if (openContexts > 0) return;
    idleTimer = setTimeout(() => {
      const closing = browser;
      browser = undefined;
      void closing?.then((open) => open.close());
    }, IDLE_CLOSE_MS);
  };

  const launch = async (launchOptions?: LaunchOptions) => {
    clearTimeout(idleTimer);
    openContexts += 1;
    browser ??= playwrightChromium.launch(launchOptions);
    const shared = await browser;
    let context: BrowserContext | undefined;
    return {
      async newContext(contextOptions?: BrowserContextOptions) {
        const opened = await shared.newContext(contextOptions);
        context = opened;
        return {
          async newPage() {
            await pageSlot();
            const page = await opened.newPage();
            const closePage = page.close.bind(page);
            page.close = async (options) => {
              try {
                await closePage(options);
              } finally {
                freePageSlot();
              }
            };
            return page;
          },
          close: () => opened.close(),
        };
      },
      async close() {
        await context?.close();
        releaseContext();
      },
    } as unknown as Browser;
  };
  return {launch} as unknown as BrowserType;
}

/** Options for {@link buildTimeMermaidPlugins}. */
export interface BuildTimeMermaidOptions {
  /** The Chromium that draws the diagrams (see `findChromium()`). */
  executablePath: string;
  /** Mermaid themes for the site's light and dark modes. */
  theme: {light: MermaidConfig['theme']; dark: MermaidConfig['theme']};
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function variant(scheme: 'light' | 'dark', fence: Element): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {className: [`mermaid-diagram__${scheme}`]},
    children: [fence],
  };
}

/** `<pre><code class="language-mermaid">` becomes a light and a dark copy in one wrapper. */
const splitIntoVariants: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'pre' || index === undefined || !parent) return;
    const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    if (!code || !hasClass(code, FENCE_CLASS)) return;
    const darkCode: Element = {...code, properties: {...code.properties, className: [DARK_FENCE_CLASS]}};
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: {className: ['mermaid-diagram']},
      children: [variant('light', node), variant('dark', {...node, children: [darkCode]})],
    };
    return 'skip';
  });
};

/** After the light pass, the dark copies become fences rehype-mermaid will draw. */
const releaseDarkVariants: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    if (hasClass(node, DARK_FENCE_CLASS)) node.properties.className = [FENCE_CLASS];
  });
};

/**
 * The rehype plugins that turn Mermaid fences into a light and a dark inline
 * SVG. `rehype-mermaid` is ESM-only, and Docusaurus loads the config through
 * jiti, which rewrites a written `import()` into its own CommonJS loader that
 * fails on rehype-mermaid's dependencies (`import.meta`). Node's own
 * `require()` loads ES modules (Node 20.19 and later), so it is used here.
 */
export function buildTimeMermaidPlugins(options: BuildTimeMermaidOptions): Pluggable[] {
  const load = createRequire(import.meta.url);
  const {default: rehypeMermaid} = load('rehype-mermaid') as typeof import('rehype-mermaid');
  const {chromium} = load('playwright') as typeof import('playwright');
  const shared: RehypeMermaidOptions = {
    strategy: 'inline-svg',
    browserType: sharedBrowserType(chromium),
    launchOptions: {executablePath: options.executablePath, headless: true, args: CHROMIUM_ARGS},
  };
  // unified keeps one entry per plugin function, so each pass needs its own.
  const drawLight: Plugin<[RehypeMermaidOptions], Root> = function (passOptions) {
    return rehypeMermaid.call(this, passOptions);
  };
  const drawDark: Plugin<[RehypeMermaidOptions], Root> = function (passOptions) {
    return rehypeMermaid.call(this, passOptions);
  };
  return [
    splitIntoVariants,
    [drawLight, {...shared, mermaidConfig: {theme: options.theme.light, themeVariables: LIGHT_THEME_VARIABLES}, prefix: 'mermaid-light'}],
    releaseDarkVariants,
    [drawDark, {...shared, mermaidConfig: {theme: options.theme.dark, themeVariables: DARK_THEME_VARIABLES}, prefix: 'mermaid-dark'}],
  ];
}
