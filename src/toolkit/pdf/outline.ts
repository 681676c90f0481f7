/**
 * The PDF's bookmarks, built by us rather than by Chromium. Chromium's own
 * outline (`page.pdf({outline: true})`) takes its titles from the laid-out
 * headings: it drops the space where a long heading wraps, and Chromium 156
 * writes every title twice ("PendahuluanPendahuluan"; issue 13). Instead the
 * print document links every heading from a hidden list, which makes Chromium
 * write a named destination (the heading's page and position) for each; the
 * outline is then written from the headings' own text and those destinations.
 */
import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject} from 'pdf-lib';

/** A heading of the print document, in document order, as the browser reports it. */
export interface OutlineHeading {
  /** The heading's text as printed. */
  title: string;
  /** 1 for the contents and chapter titles; 2 and deeper for the headings inside a chapter. */
  level: number;
  /** The id the heading's named destination has (a chapter's anchor for its title). */
  target: string;
}

/** A bookmark to write: its title, where it opens, and the bookmarks under it. */
export interface OutlineItem {
  title: string;
  /** An explicit destination, `[pageRef /XYZ left top zoom]`. */
  destination: PDFArray;
  children: OutlineItem[];
}

const NAME = {
  Count: PDFName.of('Count'),
  Dest: PDFName.of('Dest'),
  Dests: PDFName.of('Dests'),
  First: PDFName.of('First'),
  Kids: PDFName.of('Kids'),
  Last: PDFName.of('Last'),
  Names: PDFName.of('Names'),
  Next: PDFName.of('Next'),
  Outlines: PDFName.of('Outlines'),
  Parent: PDFName.of('Parent'),
  Prev: PDFName.of('Prev'),
  Title: PDFName.of('Title'),
  D: PDFName.of('D'),
};

function textOf(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  if (object instanceof PDFName) return object.decodeText();
  return undefined;
}

/** A destination value: an array, or a dictionary whose /D is one (PDF 32000-1, 12.3.2.3). */
function explicitDestination(value: PDFObject | undefined, pdf: PDFDocument): PDFArray | undefined {
  const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  if (resolved instanceof PDFDict) {
    const inner = resolved.lookup(NAME.D);
    return inner instanceof PDFArray ? inner : undefined;
  }
  return undefined;
}

/** Walks a name tree (/Names pairs and /Kids), depth first. */
function collectNameTree(node: PDFDict, pdf: PDFDocument, into: Map<string, PDFArray>, depth = 0): void {
  if (depth > 32) return;
  const names = node.lookup(NAME.Names);
  if (names instanceof PDFArray) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const name = textOf(names.lookup(index));
      const destination = explicitDestination(names.get(index + 1), pdf);
      if (name !== undefined && destination) into.set(name, destination);
    }
  }
  const kids = node.lookup(NAME.Kids);
  if (kids instanceof PDFArray) {
    for (let index = 0; index < kids.size(); index++) {
      const kid = kids.lookup(index);
      if (kid instanceof PDFDict) collectNameTree(kid, pdf, into, depth + 1);
    }
  }
}

/**
 * The PDF's named destinations (name -> explicit destination), from the
 * catalog's /Dests dictionary (what Chromium writes) and its /Names /Dests
 * name tree (what other writers use).
 */
export function readNamedDestinations(pdf: PDFDocument): Map<string, PDFArray> {
  const found = new Map<string, PDFArray>();
  const dests = pdf.catalog.lookup(NAME.Dests);
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const destination = explicitDestination(value, pdf);
      if (destination) found.set(key.decodeText(), destination);
    }
  }
  const names = pdf.catalog.lookup(NAME.Names);
  const tree = names instanceof PDFDict ? names.lookup(NAME.Dests) : undefined;
  if (tree instanceof PDFDict) collectNameTree(tree, pdf, found);
  return found;
}

/**
 * A function giving the page (0-based) an explicit destination opens, or
 * undefined when it names no page of `pdf`. Pages are indexed once: a plan
 * has thousands of destinations and pages.
 */
export function destinationPages(pdf: PDFDocument): (destination: PDFArray) => number | undefined {
  const indexByRef = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  return (destination) => {
    const page = destination.get(0);
    if (page instanceof PDFRef) return indexByRef.get(page.toString());
    // Destinations inside another document may name the page by number.
    return page instanceof PDFNumber ? page.asNumber() : undefined;
  };
}

/**
 * The bookmark tree for `headings`: level 1 at the top, each deeper heading
 * under the nearest earlier heading of a lower level. Headings without a
 * destination (not printed, e.g. hidden) are left out; their children move
 * up to the nearest heading that has one.
 */
export function outlineTree(headings: readonly OutlineHeading[], destinations: ReadonlyMap<string, PDFArray>): OutlineItem[] {
  const top: OutlineItem[] = [];
  const open: {level: number; item: OutlineItem}[] = [];
  for (const heading of headings) {
    // Chromium names a destination after the link's fragment, which percent-encodes ids outside ASCII.
    const destination = destinations.get(heading.target) ?? destinations.get(encodeURIComponent(heading.target));
    if (!destination) continue;
    const item: OutlineItem = {title: heading.title, destination, children: []};
    while (open.length > 0 && open.at(-1)!.level >= heading.level) open.pop();
    (open.at(-1)?.item.children ?? top).push(item);
    open.push({level: heading.level, item});
  }
  return top;
}

/**
 * Sets the PDF's outline to `items`. Top-level bookmarks are shown; the
 * headings inside a chapter start closed, as Chromium's own outline did.
 */
export function writeOutline(pdf: PDFDocument, items: readonly OutlineItem[]): void {
  const {context} = pdf;
  const root = context.obj({Type: 'Outlines'});
  const rootRef = context.register(root);
  const writeLevel = (parentRef: PDFRef, parent: PDFDict, level: readonly OutlineItem[]): void => {
    const refs = level.map(() => context.nextRef());
    level.forEach((item, index) => {
      const dict = context.obj({});
      dict.set(NAME.Title, PDFHexString.fromText(item.title));
      dict.set(NAME.Parent, parentRef);
      dict.set(NAME.Dest, item.destination);
      if (index > 0) dict.set(NAME.Prev, refs[index - 1]!);
      if (index < level.length - 1) dict.set(NAME.Next, refs[index + 1]!);
      if (item.children.length > 0) {
        writeLevel(refs[index]!, dict, item.children);
        // Closed: minus the number of bookmarks opening it would show (PDF 32000-1, table 153).
        dict.set(NAME.Count, PDFNumber.of(-item.children.length));
      }
      context.assign(refs[index]!, dict);
    });
    if (refs.length > 0) {
      parent.set(NAME.First, refs[0]!);
      parent.set(NAME.Last, refs.at(-1)!);
    }
  };
  writeLevel(rootRef, root, items);
  root.set(NAME.Count, PDFNumber.of(items.length));
  pdf.catalog.set(NAME.Outlines, rootRef);
}
