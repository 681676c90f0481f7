/**
 * Mermaid diagrams drawn at build time as inline SVG, in a light and a dark
 * variant, so readers never download Mermaid's runtime (about 200 KB of
 * gzipped JavaScript) and the diagrams are in the static HTML.
 *
 * Each fence becomes `<div class="mermaid-diagram">` holding a light and a
 * dark copy (each SVG with its own id, so their scoped styles do not clash);
 * `mermaid.css` shows the copy that matches the site's own theme switch
 * (`[data-theme]`), not the operating system's.
 *
 * Each copy is handed to React as `dangerouslySetInnerHTML`, not as elements:
 * React then adopts the server's SVG as it is. As elements, every path and
 * label of both copies became JSX in the page's script and was compared node
 * by node while hydrating, the largest task on a diagram page (Lighthouse's
 * total blocking time), and any HTML minifier that touched the SVG's CSS
 * caused a hydration error.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

import type {ElementContent, Element, Parents, Root} from 'hast';
import type {MdxJsxFlowElementHast} from 'mdast-util-mdx-jsx';
import {valueToEstree} from 'estree-util-value-to-estree';
import type {MermaidConfig} from 'mermaid';
import type {Pluggable, Plugin} from 'unified';
import {visit} from 'unist-util-visit';

import {chromiumIdentity} from '../../toolkit/browser/pinnedChromium';
import {installedPackage} from '../../toolkit/fs/installedPackage';
import {productCacheDir, readCachedProduct, writeCachedProduct} from '../productCache';
import {createDiagramRenderer, type DiagramRenderer} from './diagramRenderer';
import type {DiagramBatch, DrawnDiagram} from './inPageRenderer';

/** The class a Mermaid fence's `<code>` carries after Markdown is turned into HTML. */
const FENCE_CLASS = 'language-mermaid';

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

/** Options for {@link buildTimeMermaidPlugins}. */
export interface BuildTimeMermaidOptions {
  /** The site root: drawings are kept in its product cache (src/plugins/productCache.ts). */
  siteDir: string;
  /** The Chromium that draws the diagrams, resolved on first use (see `chromiumExecutable()`). */
  executablePath: () => Promise<string>;
  /** Mermaid themes for the site's light and dark modes. */
  theme: {light: MermaidConfig['theme']; dark: MermaidConfig['theme']};
}

type Scheme = 'light' | 'dark';

interface Fence {
  pre: Element;
  parent: Parents;
  index: number;
  code: string;
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** `<div className={className} dangerouslySetInnerHTML={{__html: html}} />` as an MDX JSX node. */
function rawHtmlDiv(className: string, html: string): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'className', value: className},
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{__html: ${JSON.stringify(html)}}`,
          // The MDX compiler reads the expression's syntax tree, not its text.
          data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: valueToEstree({__html: html})}]}},
        },
      },
    ],
    children: [],
  };
}

function findFences(tree: Root): Fence[] {
  const fences: Fence[] = [];
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'pre' || index === undefined || !parent) return;
    const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    if (!code || !hasClass(code, FENCE_CLASS)) return;
    fences.push({pre: node, parent, index, code: textOf(code).trimEnd()});
    return 'skip';
  });
  return fences;
}

/**
 * What else a drawing depends on besides its source and theme: the browser,
 * Mermaid, the label font and this renderer's own code. Part of every
 * drawing's cache key.
 */
function rendererIdentity(siteDir: string): string {
  const ownCode = ['inPageRenderer.ts', 'diagramRenderer.ts'].map((name) => readFileSync(new URL(`./${name}`, import.meta.url)));
  return createHash('sha256')
    .update(JSON.stringify([chromiumIdentity(), installedPackage(siteDir, 'mermaid'), installedPackage(siteDir, '@fontsource/noto-sans')]))
    .update(Buffer.concat(ownCode))
    .digest('hex');
}

/**
 * The rehype plugin: every Mermaid fence of a file is drawn in one call to the
 * shared renderer. Drawings are remembered by theme, id and source: for the
 * whole process, and on disk in the product cache, so a diagram shared by both
 * locales (built in separate processes, see scripts/build.ts) or by a later
 * build is drawn once. Mermaid's own errors are remembered in the process (the
 * same source fails the same way), a browser failure is not; the disk keeps
 * drawings only.
 */
function rehypeBuildTimeMermaid(options: BuildTimeMermaidOptions): Plugin<[], Root> {
  let renderer: DiagramRenderer | undefined;
  let identity: string | undefined;
  const cacheDir = productCacheDir(options.siteDir);
  const drawings = new Map<string, Promise<DrawnDiagram>>();
  const configs: Record<Scheme, Record<string, unknown>> = {
    light: {theme: options.theme.light, themeVariables: LIGHT_THEME_VARIABLES},
    dark: {theme: options.theme.dark, themeVariables: DARK_THEME_VARIABLES},
  };

  /** A drawing from an earlier process, or null. */
  const cachedDrawing = async (key: string): Promise<DrawnDiagram | null> => {
    const bytes = await readCachedProduct(cacheDir, `diagram-${key}`, key);
    return bytes && {svg: Buffer.from(bytes).toString('utf8')};
  };

  const draw = async (fences: Fence[]): Promise<Record<Scheme, Promise<DrawnDiagram>[]>> => {
    identity ??= rendererIdentity(options.siteDir);
    // Claimed in the process's memory before anything is awaited, so files compiled at the same time never draw a diagram twice.
    const claimed: Array<{key: string; scheme: Scheme; id: string; code: string; resolve: (drawn: DrawnDiagram) => void}> = [];
    const result = {light: [], dark: []} as Record<Scheme, Promise<DrawnDiagram>[]>;
    for (const scheme of ['light', 'dark'] as const) {
      fences.forEach((fence, position) => {
        const id = `mermaid-${scheme}-${position}`;
        const key = createHash('sha256').update(JSON.stringify([identity, configs[scheme], id, fence.code])).digest('hex');
        let drawing = drawings.get(key);
        if (!drawing) {
          drawing = new Promise((resolve) => claimed.push({key, scheme, id, code: fence.code, resolve}));
          drawings.set(key, drawing);
        }
        result[scheme].push(drawing);
      });
    }
    // An earlier process's drawings from the cache, all looked up at once; the rest drawn in one batch per theme.
    const fromCache = await Promise.all(claimed.map(({key}) => cachedDrawing(key)));
    const pending = claimed.filter((claim, index) => {
      const cached = fromCache[index];
      if (cached) claim.resolve(cached);
      return !cached;
    });
    // In the order of `pending`: the renderer answers batch after batch, diagram after diagram.
    const batches: DiagramBatch[] = (['light', 'dark'] as const).map((scheme) => ({
      config: configs[scheme],
      diagrams: pending.filter((claim) => claim.scheme === scheme).map(({id, code}) => ({id, code})),
    }));
    if (pending.length > 0) {
      renderer ??= createDiagramRenderer({executablePath: options.executablePath});
      renderer.render(batches).then(
        (drawn) =>
          drawn.forEach((diagram, index) => {
            const {key, resolve} = pending[index]!;
            if (!diagram.svg) return resolve(diagram);
            // Resolved once on disk, so the process never ends with a drawing half-written.
            writeCachedProduct(cacheDir, `diagram-${key}`, key, Buffer.from(diagram.svg, 'utf8')).then(
              () => resolve(diagram),
              () => resolve(diagram),
            );
          }),
        (error: unknown) => {
          // A browser failure says nothing about the diagrams: forget them, so the next compile
          // (the development server's, after an edit) draws them again instead of repeating the error.
          for (const {key, resolve} of pending) {
            drawings.delete(key);
            resolve({error: `Chromium could not draw it: ${error instanceof Error ? error.message : String(error)}`});
          }
        },
      );
    }
    return result;
  };

  return () => async (tree, file) => {
    const fences = findFences(tree);
    if (fences.length === 0) return;
    const drawn = await draw(fences);
    const light = await Promise.all(drawn.light);
    const dark = await Promise.all(drawn.dark);
    fences.forEach((fence, position) => {
      const variants = (['light', 'dark'] as const).map((scheme): MdxJsxFlowElementHast => {
        const diagram = (scheme === 'light' ? light : dark)[position];
        if (!diagram?.svg) {
          return file.fail(
            `Mermaid diagram could not be drawn (${scheme} theme): ${diagram?.error ?? 'no result'}. Run \`npx masterplan check\` for the line of the error.`,
            fence.pre,
            'build-time-mermaid',
          );
        }
        return rawHtmlDiv(`mermaid-diagram__${scheme}`, diagram.svg);
      });
      fence.parent.children[fence.index] = {type: 'element', tagName: 'div', properties: {className: ['mermaid-diagram']}, children: variants};
    });
  };
}

/** The rehype plugins that turn Mermaid fences into a light and a dark inline SVG. */
export function buildTimeMermaidPlugins(options: BuildTimeMermaidOptions): Pluggable[] {
  return [rehypeBuildTimeMermaid(options)];
}
