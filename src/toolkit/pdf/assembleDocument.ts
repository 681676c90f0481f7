import type {OutlineHeading} from './outline';

/** One captured chapter page, as the browser gets it. */
export interface AssembleChapter {
  /** Id of the chapter's section, e.g. `bab-3`. */
  anchor: string;
  /** The chapter's title from its frontmatter: its bookmark's text if the page has no `h1`. */
  title: string;
  /** The page's URL on the local server. */
  url: string;
  /** The page's full HTML (after the browser drew its diagrams, when it has any). */
  html: string;
}

/** The document's frame: set up once, before the chapters are appended. */
export interface DocumentFrame {
  lang: string;
  title: string;
  styles: string;
  /** Stylesheets with the `@font-face` rules of the fonts the PDF ships (see printFonts.ts). */
  fontStylesheets: string[];
  coverHtml: string;
  tocHtml: string;
}

/** A batch of chapters to append, in order. */
export interface ChapterBatch {
  chapters: AssembleChapter[];
  /** Pathname of each chapter's page on the local server -> its anchor, so links between chapters stay inside the PDF. */
  anchorsByPath: Record<string, string>;
}

/** What the browser reports back for a batch of chapters. */
export interface BatchResult {
  /** Pages whose main content could not be found. */
  missingContent: string[];
}

/** Fonts to load before printing, beyond what the laid-out text asks for (see {@link layOutForPrint}). */
export interface FontsToLoad {
  /** CSS `font` values, e.g. `400 10pt 'Noto Sans'`. */
  fonts: string[];
  /** Text set only in page margin boxes (running headers, footers), which are laid out when printing. */
  text: string;
}

/** An image that did not load, by chapter anchor: it is replaced by its alt text (see {@link settleImages}). */
export interface BrokenImage {
  anchor: string;
  src: string;
}

/**
 * How a part of the print document (cover, contents, a chapter, the annex)
 * leaves it and comes back, so the page holds only what it prints now (see
 * {@link showChunk}). Set up on the print page's window by {@link startDocument}.
 */
interface PartStore {
  /**
   * Takes the part out of the document and keeps its HTML as text (one
   * string rather than its elements, styles and layout), leaving a hidden stand-in
   * in its place: an empty element for each of the part's ids and a copy of
   * each of its links inside the document. A link to an anchor that is not in
   * the document is dropped from the PDF, one to an anchor that is not
   * displayed is kept as a link to a named destination (the chunk that holds
   * the anchor defines it); and Chromium writes a destination for an anchor
   * only when some link in the document points at it (the annex of changes
   * links the change markers in the chapters, see locateBlocks.ts).
   */
  pack(part: HTMLElement): void;
  /** Puts a packed part back in its stand-in's place. */
  unpack(stand: HTMLElement): void;
}

/** The front matter printed again once the chapters' pages are known. */
export interface FrontMatter {
  /** The table of contents with real page numbers. */
  tocHtml: string;
  /** Print styles whose page footer states the whole document's page count (the chapters are gone). */
  styles: string;
}

/*
 * The functions below run IN THE BROWSER (passed to `page.evaluate`, so
 * they must not use anything from their module). The print document is built
 * in steps, a batch of chapters at a time: one call with every chapter's page
 * (about 110 KB of HTML each) crashed the renderer at 1,900 chapters.
 */

/** Sets up the print document: language, title, print styles, cover and table of contents. */
export function startDocument(frame: DocumentFrame): void {
  document.documentElement.lang = frame.lang;
  document.title = frame.title;
  document.body.className = 'masterplan-pdf';
  const style = document.createElement('style');
  style.id = 'masterplan-pdf-styles';
  style.textContent = frame.styles;
  for (const href of frame.fontStylesheets) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  document.head.append(style);
  document.body.innerHTML = frame.coverHtml + frame.tocHtml;

  const packedHtml = new Map<HTMLElement, string>();
  const store: PartStore = {
    pack(part) {
      const stand = document.createElement('div');
      stand.hidden = true;
      stand.dataset.pdfStandFor = part.id;
      if (part.dataset.pdfChunk !== undefined) stand.dataset.pdfChunk = part.dataset.pdfChunk;
      for (const {id} of [part, ...Array.from(part.querySelectorAll('[id]'))]) {
        if (!id) continue;
        const anchor = document.createElement('i');
        anchor.id = id;
        stand.append(anchor);
      }
      for (const link of Array.from(part.querySelectorAll('a[href^="#"]'))) {
        const copy = document.createElement('a');
        copy.setAttribute('href', link.getAttribute('href')!);
        stand.append(copy);
      }
      packedHtml.set(stand, part.outerHTML);
      part.replaceWith(stand);
    },
    unpack(stand) {
      const template = document.createElement('template');
      template.innerHTML = packedHtml.get(stand)!;
      packedHtml.delete(stand);
      const part = template.content.firstElementChild as HTMLElement;
      // Its chunk may have been assigned while it was packed.
      if (stand.dataset.pdfChunk !== undefined) part.dataset.pdfChunk = stand.dataset.pdfChunk;
      stand.replaceWith(part);
    },
  };
  (window as unknown as {masterplanPdfParts: PartStore}).masterplanPdfParts = store;
}

/**
 * Appends chapters from their built pages. Each chapter's `.theme-doc-markdown`
 * and its sources are kept with the site's classes and styles; ids get the chapter's prefix so
 * headings of different chapters never clash; links to other chapters become
 * links inside the PDF and other links to the site point at its public URL
 * (from the page's canonical link). The site's stylesheets are linked before
 * the print styles, which must win.
 */
export function appendChapters(batch: ChapterBatch): BatchResult {
  const result: BatchResult = {missingContent: []};
  const parser = new DOMParser();
  const printStyles = document.getElementById('masterplan-pdf-styles');
  for (const chapter of batch.chapters) {
    const page = parser.parseFromString(chapter.html, 'text/html');
    for (const link of Array.from(page.querySelectorAll('link[rel="stylesheet"][href]'))) {
      const href = new URL(link.getAttribute('href') ?? '', chapter.url).href;
      // Only the head: searching the whole document for every chapter made assembly quadratic.
      if (Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).some((known) => known.href === href)) continue;
      const stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = href;
      document.head.insertBefore(stylesheet, printStyles);
    }
    const content = page.querySelector('.theme-doc-markdown');
    if (!content) {
      result.missingContent.push(chapter.url);
      continue;
    }
    // The chapter's sources sit under the text, outside `.theme-doc-markdown` (src/components/PageSources): printed with it.
    const sources = page.querySelector('[data-page-sources]');
    if (sources) content.append(sources);
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const publicOrigin = canonical ? new URL(canonical).origin : null;
    for (const hashLink of Array.from(content.querySelectorAll('a.hash-link'))) hashLink.remove();
    for (const element of Array.from(content.querySelectorAll('[id]'))) {
      // Mermaid's SVGs refer to their own ids from inside; they are random and left alone.
      if (element.closest('svg')) continue;
      element.id = `${chapter.anchor}--${element.id}`;
    }
    for (const link of Array.from(content.querySelectorAll('a[href]'))) {
      const href = link.getAttribute('href') ?? '';
      const target = new URL(href, chapter.url);
      if (target.origin !== location.origin) continue;
      const anchor = batch.anchorsByPath[target.pathname];
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (anchor !== undefined) {
        link.setAttribute('href', `#${fragment ? `${anchor}--${fragment}` : anchor}`);
      } else if (publicOrigin) {
        link.setAttribute('href', new URL(target.pathname + target.search + target.hash, publicOrigin).href);
      }
    }
    for (const image of Array.from(content.querySelectorAll('img'))) {
      image.setAttribute('loading', 'eager');
      image.setAttribute('src', new URL(image.getAttribute('src') ?? '', chapter.url).href);
    }
    const section = document.createElement('section');
    section.className = 'pdf-chapter';
    section.id = chapter.anchor;
    section.dataset.title = chapter.title;
    section.append(document.adoptNode(content));
    document.body.append(section);
  }
  return result;
}

/**
 * Replaces the images in the document that did not load by their alt text,
 * once every image has loaded or failed, and returns them. Called for each
 * batch of chapters before it is packed (see {@link packChapters}), and for
 * what is left in the document once every chapter is in.
 */
export async function settleImages(): Promise<BrokenImage[]> {
  const broken: BrokenImage[] = [];
  await Promise.all(
    Array.from(document.images).map(async (image) => {
      try {
        await image.decode();
      } catch {
        // decode() rejects for broken images; checked below.
      }
      if (image.naturalWidth === 0) {
        broken.push({anchor: image.closest('section')?.id ?? '', src: image.src});
        const stand = document.createElement('span');
        stand.className = 'pdf-missing-image';
        stand.textContent = image.alt || image.src;
        image.replaceWith(stand);
      }
    }),
  );
  return broken;
}

/**
 * Takes every chapter in the document out of it, as text (see
 * {@link PartStore}): a plan printed in chunks keeps only the chunk it prints
 * in the page, so the renderer's memory follows the chunk, not the plan.
 */
export function packChapters(): void {
  const store = (window as unknown as {masterplanPdfParts: PartStore}).masterplanPdfParts;
  for (const chapter of Array.from(document.querySelectorAll<HTMLElement>('body > section.pdf-chapter'))) store.pack(chapter);
}

/**
 * Waits for stylesheets and loads the fonts of the text set only in page
 * margin boxes, which is laid out when printing. The fonts the document's own
 * text asks for load once it is laid out: {@link layOutForPrint}, which the
 * print calls for each chunk it prints (see layOut.ts), so the whole document
 * is never laid out at once.
 */
export async function finishDocument(toLoad: FontsToLoad): Promise<void> {
  await Promise.all(
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map(
      (link) =>
        new Promise<void>((resolve) => {
          if (link.sheet) return resolve();
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
        }),
    ),
  );
  await Promise.all(toLoad.fonts.map((font) => document.fonts.load(font, toLoad.text)));
}

/**
 * Lays out what is shown now and waits for its images (a part just unpacked
 * loads them again, from the browser's cache) and the fonts its text asks
 * for: `document.fonts.ready` settles once the fonts the layout asked for are
 * in, so the layout is forced first.
 */
export async function layOutForPrint(): Promise<void> {
  await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
  document.body.getBoundingClientRect();
  await document.fonts.ready;
}

/** Which part of the document to print. */
export interface ChunkView {
  /** The chunk's number (see {@link assignChunks}). */
  chunk: number;
  /** Print styles for this chunk (its first page's number, the document's page count); default: as they are. */
  styles?: string;
  /**
   * False for a print that only counts pages: the chunk is laid out as
   * always but nothing is painted (`visibility: hidden` keeps every box where
   * it is), which spares the painting and the fonts' subsets.
   */
  paint?: boolean;
}

/**
 * Numbers the document's top-level parts by the chunk they are printed in:
 * `firstAnchors` holds the anchor of each chunk's first chapter. What precedes
 * the first chapter (cover, contents) goes with the first chunk, what follows
 * the last (the annex of changes) with the last.
 */
export function assignChunks(firstAnchors: string[]): void {
  let chunk = 0;
  for (const part of Array.from(document.body.children) as HTMLElement[]) {
    const starts = firstAnchors.indexOf(part.dataset.pdfStandFor ?? part.id);
    if (starts > 0) chunk = starts;
    part.dataset.pdfChunk = String(chunk);
  }
}

/**
 * Shows only one chunk: every other part is packed (see {@link PartStore}), so Chromium neither holds,
 * styles, lays out nor prints it, and printing costs what the chunk costs.
 *
 * Leaving the document, rather than `display: none`, halved the print time
 * of the chunks of the 600-page plan (11 chunks: 10.5 s to 5.5 s).
 */
export function showChunk(view: ChunkView): void {
  const store = (window as unknown as {masterplanPdfParts: PartStore}).masterplanPdfParts;
  for (const part of Array.from(document.querySelectorAll<HTMLElement>('body > [data-pdf-chunk]'))) {
    const shown = part.dataset.pdfChunk === String(view.chunk);
    const packed = part.dataset.pdfStandFor !== undefined;
    if (shown && packed) store.unpack(part);
    else if (!shown && !packed) store.pack(part);
  }
  let hide = document.getElementById('masterplan-pdf-unpainted');
  if (view.paint === false && !hide) {
    hide = document.createElement('style');
    hide.id = 'masterplan-pdf-unpainted';
    hide.textContent = 'body, body * { visibility: hidden !important; }';
    document.head.append(hide);
  } else if (view.paint !== false) {
    hide?.remove();
  }
  const styles = document.getElementById('masterplan-pdf-styles');
  if (styles && view.styles !== undefined) styles.textContent = view.styles;
}

/**
 * The headings the PDF's bookmarks are made from, in document order: the
 * contents' title and each chapter's title at level 1 (a chapter's target is
 * its anchor, as in the contents), the headings inside a chapter below them.
 * Headings that are not printed are left out, and so are the chapters of the
 * chunks not shown now (see {@link showChunk}): called once per chunk, in
 * order, it lists each heading once. A hidden list links every target, so
 * that Chromium writes a named destination (page and position) for each; see
 * outline.ts.
 */
export function listHeadings(): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const textOf = (heading: HTMLElement) => heading.innerText.replace(/\s+/g, ' ').trim();
  const printed = (heading: HTMLElement) => heading.getClientRects().length > 0 && textOf(heading) !== '';
  let links = document.querySelector<HTMLElement>('nav.pdf-destinations');
  if (!links) {
    links = document.createElement('nav');
    links.className = 'pdf-destinations';
    links.hidden = true;
    document.body.append(links);
  }
  // Headings without an id get one; a chunk printed earlier has numbered some, and linked them from the list.
  let unnamed = links.querySelectorAll('a[href^="#pdf-heading-"]').length;
  const targetOf = (heading: HTMLElement) => (heading.id ||= `pdf-heading-${++unnamed}`);
  const contents = document.querySelector<HTMLElement>('.pdf-toc h1');
  if (contents && printed(contents)) headings.push({title: textOf(contents), level: 1, target: targetOf(contents)});
  // The chapters, then the annex of changes when there is one (`--changes-since`): each a bookmark with its headings below it.
  for (const section of Array.from(document.querySelectorAll<HTMLElement>('section.pdf-chapter, section.pdf-annex'))) {
    if (section.getClientRects().length === 0) continue;
    const title = section.querySelector<HTMLElement>('h1');
    const annex = section.classList.contains('pdf-annex');
    headings.push({title: !annex && title && printed(title) ? textOf(title) : (section.dataset.title ?? section.id), level: 1, target: section.id});
    for (const heading of Array.from(section.querySelectorAll<HTMLElement>(annex ? 'h2' : 'h1, h2, h3, h4, h5, h6'))) {
      if (heading === title || !printed(heading)) continue;
      headings.push({title: textOf(heading), level: Math.max(2, Number(heading.tagName.slice(1))), target: targetOf(heading)});
    }
  }
  for (const {target} of headings) {
    const link = document.createElement('a');
    link.href = `#${encodeURIComponent(target)}`;
    links.append(link);
  }
  return headings;
}

/**
 * Leaves only the cover and the table of contents, now with page numbers, so
 * they can be printed again on their own: their layout does not depend on
 * what follows, and the chapters need not be laid out twice.
 */
export function keepFrontMatter(front: FrontMatter): void {
  for (const chapter of Array.from(document.querySelectorAll('section.pdf-chapter, section.pdf-annex, nav.pdf-destinations, [data-pdf-stand-for]'))) chapter.remove();
  const toc = document.querySelector('.pdf-toc');
  if (toc) toc.outerHTML = front.tocHtml;
  const styles = document.getElementById('masterplan-pdf-styles');
  if (styles) styles.textContent = front.styles;
}

/** Appends the annex of changes after the chapters (a PDF made with `--changes-since`; see changesAnnex.ts). */
export function appendAnnex(html: string): void {
  document.body.insertAdjacentHTML('beforeend', html);
}

/**
 * Leaves only the annex of changes, now with the pages of the changes, so it
 * can be printed again on its own and drawn over its first print (as
 * {@link keepFrontMatter} does for the contents). Its styles number its first
 * page as in the whole PDF.
 */
export function keepAnnex(annex: {html: string; styles: string}): void {
  document.body.innerHTML = annex.html;
  const styles = document.getElementById('masterplan-pdf-styles');
  if (styles) styles.textContent = annex.styles;
}
