/** One captured chapter page, as the browser gets it. */
export interface AssembleChapter {
  /** Id of the chapter's section, e.g. `bab-3`. */
  anchor: string;
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
  /** Text of each chapter's first heading, in order (the PDF outline's chapter entries). */
  headings: string[];
  /** Pages whose main content could not be found. */
  missingContent: string[];
}

/** What the browser reports back once every chapter is in. */
export interface FinishResult {
  /** Images that did not load, by chapter anchor; they are replaced by their alt text. */
  brokenImages: {anchor: string; src: string}[];
}

/** The front matter printed again once the chapters' pages are known. */
export interface FrontMatter {
  /** The table of contents with real page numbers. */
  tocHtml: string;
  /** Print styles whose page footer states the whole document's page count (the chapters are gone). */
  styles: string;
}

/*
 * The four functions below run IN THE BROWSER (passed to `page.evaluate`, so
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
  document.head.append(style);
  document.body.innerHTML = frame.coverHtml + frame.tocHtml;
}

/**
 * Appends chapters from their built pages. Each chapter's `.theme-doc-markdown`
 * is kept with the site's classes and styles; ids get the chapter's prefix so
 * headings of different chapters never clash; links to other chapters become
 * links inside the PDF and other links to the site point at its public URL
 * (from the page's canonical link). The site's stylesheets are linked before
 * the print styles, which must win.
 */
export function appendChapters(batch: ChapterBatch): BatchResult {
  const result: BatchResult = {headings: [], missingContent: []};
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
    section.append(document.adoptNode(content));
    document.body.append(section);
    result.headings.push(section.querySelector('h1')?.textContent?.trim() ?? '');
  }
  return result;
}

/** Waits for stylesheets, images and fonts; replaces images that did not load by their alt text. */
export async function finishDocument(): Promise<FinishResult> {
  const result: FinishResult = {brokenImages: []};
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
  await Promise.all(
    Array.from(document.images).map(async (image) => {
      try {
        await image.decode();
      } catch {
        // decode() rejects for broken images; checked below.
      }
      if (image.naturalWidth === 0) {
        result.brokenImages.push({anchor: image.closest('section')?.id ?? '', src: image.src});
        const stand = document.createElement('span');
        stand.className = 'pdf-missing-image';
        stand.textContent = image.alt || image.src;
        image.replaceWith(stand);
      }
    }),
  );
  await document.fonts.ready;
  return result;
}

/**
 * Leaves only the cover and the table of contents, now with page numbers, so
 * they can be printed again on their own: their layout does not depend on
 * what follows, and the chapters need not be laid out twice.
 */
export function keepFrontMatter(front: FrontMatter): void {
  for (const chapter of Array.from(document.querySelectorAll('section.pdf-chapter'))) chapter.remove();
  const toc = document.querySelector('.pdf-toc');
  if (toc) toc.outerHTML = front.tocHtml;
  const styles = document.getElementById('masterplan-pdf-styles');
  if (styles) styles.textContent = front.styles;
}
