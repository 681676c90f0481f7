/**
 * Appends one tagged PDF printed by Chromium to another, as one document: a
 * long plan is printed in chunks (printChunks.ts) and merged here. A reader
 * and an assistive technology must not see the seams, so beyond the pages
 * this carries over what makes the chunks one PDF:
 *
 * - the named destinations (catalog /Dests): a link to a chapter in another
 *   chunk is printed as a link to a name that chunk's print defines;
 * - the structure tree (PDF 32000-1, 14.7): the appended chunk's structure
 *   elements go under the first chunk's document element, and the keys that
 *   tie pages and links to them (/StructParents, /StructParent, the
 *   /ParentTree number tree) are renumbered after the first chunk's.
 *
 * One PDFObjectCopier copies the whole chunk (as PDFDocument.copyPages does
 * for pages), so a page the structure tree or a destination refers to is the
 * same object as the page appended.
 */
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, type PDFObject} from 'pdf-lib';

const NAME = {
  Annots: PDFName.of('Annots'),
  Dests: PDFName.of('Dests'),
  K: PDFName.of('K'),
  Kids: PDFName.of('Kids'),
  Nums: PDFName.of('Nums'),
  P: PDFName.of('P'),
  ParentTree: PDFName.of('ParentTree'),
  ParentTreeNextKey: PDFName.of('ParentTreeNextKey'),
  StructParent: PDFName.of('StructParent'),
  StructParents: PDFName.of('StructParents'),
  StructTreeRoot: PDFName.of('StructTreeRoot'),
};

/** A tagged PDF's structure tree as Chromium writes it: a root whose one kid is the document element. */
interface StructureTree {
  root: PDFDict;
  documentRef: PDFRef;
  document: PDFDict;
  /** The parent tree's entries, key then value, in key order. */
  parents: [number, PDFObject][];
  /** The first key not used by the parent tree. */
  nextKey: number;
}

/** The entries of a number tree (PDF 32000-1, 7.9.7), leaves in order. */
function numberTreeEntries(node: PDFDict, into: [number, PDFObject][] = [], depth = 0): [number, PDFObject][] {
  if (depth > 32) throw new Error('The structure parent tree is nested more than 32 levels deep.');
  const nums = node.lookup(NAME.Nums);
  if (nums instanceof PDFArray) {
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const key = nums.lookup(index);
      if (key instanceof PDFNumber) into.push([key.asNumber(), nums.get(index + 1)]);
    }
  }
  const kids = node.lookup(NAME.Kids);
  if (kids instanceof PDFArray) {
    for (let index = 0; index < kids.size(); index++) {
      const kid = kids.lookup(index);
      if (kid instanceof PDFDict) numberTreeEntries(kid, into, depth + 1);
    }
  }
  return into;
}

function structureTree(pdf: PDFDocument, which: string): StructureTree {
  const root = pdf.catalog.lookup(NAME.StructTreeRoot);
  const documentRef = root instanceof PDFDict ? root.get(NAME.K) : undefined;
  const document = documentRef instanceof PDFRef ? pdf.context.lookup(documentRef) : undefined;
  if (!(root instanceof PDFDict) || !(documentRef instanceof PDFRef) || !(document instanceof PDFDict)) {
    throw new Error(`The ${which} PDF has no structure tree with one document element; print it with \`tagged: true\`.`);
  }
  const parentTree = root.lookup(NAME.ParentTree);
  const parents = parentTree instanceof PDFDict ? numberTreeEntries(parentTree) : [];
  const declared = root.lookup(NAME.ParentTreeNextKey);
  const nextKey = parents.reduce((next, [key]) => Math.max(next, key + 1), declared instanceof PDFNumber ? declared.asNumber() : 0);
  return {root, documentRef, document, parents, nextKey};
}

/**
 * The structure elements directly under the document element (one, or an
 * array). Throws when it holds marked content of its own, which the merge
 * would not carry over; Chromium puts everything in elements.
 */
function documentKids(pdf: PDFDocument, tree: StructureTree): PDFRef[] {
  const kids = tree.document.get(NAME.K);
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.map((item) => {
    if (!(item instanceof PDFRef) || !(pdf.context.lookup(item) instanceof PDFDict)) {
      throw new Error(`The appended PDF's document element holds ${String(item)} where a structure element was expected.`);
    }
    return item;
  });
}

/** The /Nums array of the target's parent tree, made flat (one leaf) first if it is not (Chromium writes it flat). */
function flatParentTree(target: PDFDocument, tree: StructureTree): PDFArray {
  const parentTree = tree.root.lookup(NAME.ParentTree);
  const nums = parentTree instanceof PDFDict ? parentTree.lookup(NAME.Nums) : undefined;
  if (parentTree instanceof PDFDict && nums instanceof PDFArray && parentTree.get(NAME.Kids) === undefined) return nums;
  const flat = PDFArray.withContext(target.context);
  for (const [key, value] of tree.parents) {
    flat.push(PDFNumber.of(key));
    flat.push(value);
  }
  tree.root.set(NAME.ParentTree, target.context.register(target.context.obj({Nums: flat})));
  return flat;
}

function shiftKey(dict: PDFDict, key: PDFName, offset: number): void {
  const value = dict.get(key);
  if (value instanceof PDFNumber) dict.set(key, PDFNumber.of(value.asNumber() + offset));
}

/**
 * Appends every page of `source` to `target`, in place, with its links,
 * named destinations and structure elements (see the top of this file). Both
 * must be tagged PDFs as Chromium prints them; `source` is left unusable.
 */
export function appendPdf(target: PDFDocument, source: PDFDocument): void {
  const into = structureTree(target, 'first');
  const from = structureTree(source, 'appended');
  const copier = PDFObjectCopier.for(source.context, target.context);
  const offset = into.nextKey;

  // Pages first, by reference: whatever refers to a page later (structure elements, destinations) then maps to the page appended.
  for (const page of source.getPages()) {
    const ref = copier.copy(page.ref);
    const node = target.context.lookup(ref);
    if (!(node instanceof PDFPageLeaf)) throw new Error(`Page ${String(page.ref)} of the appended PDF did not copy as a page.`);
    shiftKey(node, NAME.StructParents, offset);
    const annotations = node.lookup(NAME.Annots);
    if (annotations instanceof PDFArray) {
      for (let index = 0; index < annotations.size(); index++) {
        const annotation = annotations.lookup(index);
        if (annotation instanceof PDFDict) shiftKey(annotation, NAME.StructParent, offset);
      }
    }
    target.addPage(PDFPage.of(node, ref, target));
  }

  // The chunk's top-level elements move under the first chunk's document element; without their /P, copying them does not copy the chunk's own root.
  const kids = documentKids(source, from);
  for (const kid of kids) source.context.lookup(kid, PDFDict).delete(NAME.P);
  const targetKids = into.document.get(NAME.K);
  const appendedKids = targetKids instanceof PDFArray ? targetKids : PDFArray.withContext(target.context);
  if (!(targetKids instanceof PDFArray) && targetKids !== undefined) appendedKids.push(targetKids);
  for (const kid of kids) {
    const copied = copier.copy(kid);
    target.context.lookup(copied, PDFDict).set(NAME.P, into.documentRef);
    appendedKids.push(copied);
  }
  into.document.set(NAME.K, appendedKids);

  // The appended entries follow the first chunk's last key, so a flat parent tree stays in key order.
  const nums = flatParentTree(target, into);
  for (const [key, value] of from.parents) {
    nums.push(PDFNumber.of(key + offset));
    nums.push(copier.copy(value));
  }
  into.root.set(NAME.ParentTreeNextKey, PDFNumber.of(offset + from.nextKey));

  const sourceDests = source.catalog.lookup(NAME.Dests);
  if (sourceDests instanceof PDFDict) {
    let targetDests = target.catalog.lookup(NAME.Dests);
    if (!(targetDests instanceof PDFDict)) {
      targetDests = target.context.obj({});
      target.catalog.set(NAME.Dests, target.context.register(targetDests as PDFDict));
    }
    for (const [name, destination] of sourceDests.entries()) (targetDests as PDFDict).set(name, copier.copy(destination));
  }
}
