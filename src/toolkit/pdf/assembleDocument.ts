/** One captured chapter page, as the browser gets it. */
export interface AssembleChapter {
  /** Id of the chapter's section, e.g. `bab-3`. */
  anchor: string;
  /** The page's URL on the local server. */
  url: string;
  /** The page's full HTML (after the browser drew its diagrams, when it has any). */
  html: string;
}

/** Everything the browser needs to lay out the PDF. */
export interface AssembleInput {
  lang: string;
  title: string;
  styles: string;
  coverHtml: string;
  tocHtml: string;
  chapters: AssembleChapter[];
  /** Pathname of each chapter's page on the local server -> its anchor, so links between chapters stay inside the PDF. */
  anchorsByPath: Record<string, string>;
}

/** What the browser reports back. */
export interface AssembleResult {
  /** Text of each chapter's first heading, in order (the PDF outline's chapter entries). */
  headings: string[];
  /** Pages whose main content could not be found. */
  missingContent: string[];
  /** Images that did not load, by chapter anchor; they are replaced by their alt text. */
  brokenImages: {anchor: string; src: string}[];
}

/**
 * Runs IN THE BROWSER (passed to `page.evaluate`, so it must not use anything
 * from its module): builds the print document from the built pages. Each
 * chapter's `.theme-doc-markdown` is kept with the site's classes and styles;
 * ids get the chapter's prefix so headings of different chapters never clash;
 * links to other chapters become links inside the PDF and other links to the
 * site point at its public URL (from the page's canonical link).
 */
export async function assembleDocument(input: AssembleInput): Promise<AssembleResult> {
  const result: AssembleResult = {headings: [], missingContent: [], brokenImages: []};
  document.documentElement.lang = input.lang;
  document.title = input.title;
  document.body.className = 'masterplan-pdf';
  const parser = new DOMParser();
  const stylesheets = new Set<string>();
  const sections: HTMLElement[] = [];
  for (const chapter of input.chapters) {
    const page = parser.parseFromString(chapter.html, 'text/html');
    for (const link of Array.from(page.querySelectorAll('link[rel="stylesheet"][href]'))) {
      stylesheets.add(new URL(link.getAttribute('href') ?? '', chapter.url).href);
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
      const anchor = input.anchorsByPath[target.pathname];
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
    sections.push(section);
    result.headings.push(section.querySelector('h1')?.textContent?.trim() ?? '');
  }
  const style = document.createElement('style');
  style.textContent = input.styles;
  const links = [...stylesheets].map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return new Promise<void>((resolve) => {
      link.onload = () => resolve();
      link.onerror = () => resolve();
      document.head.append(link);
    });
  });
  await Promise.all(links);
  document.head.append(style);
  document.body.innerHTML = input.coverHtml + input.tocHtml;
  document.body.append(...sections);
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
