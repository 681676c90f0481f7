/**
 * The face diagram labels are set in, shipped with the site (mermaid.css) so
 * readers see them in the face they were measured in, on every machine.
 */
export const DIAGRAM_FONT = 'Noto Sans';
/** The @fontsource style sheets of {@link DIAGRAM_FONT} that the site and the renderer page both load. */
export const DIAGRAM_FONT_STYLESHEETS = ['latin-400', 'latin-ext-400', 'latin-700', 'latin-ext-700'].map(
  (subset) => `@fontsource/noto-sans/${subset}.css`,
);

/**
 * The script a renderer page runs once, after Mermaid's own bundle: it defines
 * `window.renderMermaidBatches`, which draws batches of diagrams, each batch
 * with its own Mermaid configuration (a light and a dark theme in one call).
 *
 * It is kept as source text, not as a function handed to `page.evaluate`: the
 * TypeScript loaders (tsx, jiti) add helpers such as `__name` to compiled
 * functions, and those do not exist inside the page.
 */
export const IN_PAGE_RENDERER = `
window.renderMermaidBatches = async (batches) => {
  // Labels are measured as they are drawn: the face must be loaded first.
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(weight + ' 16px "${DIAGRAM_FONT}"')));
  // Mermaid measures labels in the DOM, so the drawing area exists but is never seen.
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'max-height:0;opacity:0;overflow:hidden';
  document.body.append(container);
  const results = [];
  try {
    for (const batch of batches) {
      // initialize() starts from Mermaid's defaults, so one theme never leaks into the next batch.
      // Strict labels are sanitised but may keep <img>; a label must never make readers' browsers fetch anything.
      mermaid.initialize({
        startOnLoad: false,
        fontFamily: '"${DIAGRAM_FONT}", sans-serif',
        ...batch.config,
        securityLevel: 'strict',
        dompurifyConfig: {FORBID_TAGS: ['img', 'image', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'link', 'meta']},
      });
      for (const diagram of batch.diagrams) {
        try {
          const {svg} = await mermaid.render(diagram.id, diagram.code, container);
          results.push({svg});
        } catch (error) {
          results.push({error: error && error.message ? error.message : String(error)});
        }
      }
    }
  } finally {
    container.remove();
  }
  return results;
};
`;

/** One diagram to draw: the id its SVG gets (scopes its styles) and its Mermaid source. */
export interface DiagramSource {
  id: string;
  code: string;
}

/** Diagrams drawn with one Mermaid configuration (theme, theme variables). */
export interface DiagramBatch {
  config: Record<string, unknown>;
  diagrams: DiagramSource[];
}

/** What the page returns for each diagram, in the order of the batches. */
export type DrawnDiagram = {svg: string; error?: undefined} | {svg?: undefined; error: string};
