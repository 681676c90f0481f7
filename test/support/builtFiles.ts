import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {BUILD_DIR} from './paths';
import {readPdf} from './readPdf';

/** Every built HTML page, as paths relative to the build folder. */
export function builtPages(): string[] {
  return globSync('**/*.html', {cwd: BUILD_DIR}).sort();
}

/** A built file's text. */
export function readBuilt(relativePath: string): string {
  return readFileSync(path.join(BUILD_DIR, relativePath), 'utf8');
}

/** The built HTML file for a route such as `/en/kurikulum/`. */
export function pageForRoute(route: string): string {
  return path.posix.join(route.replace(/^\//, ''), 'index.html');
}

/**
 * A PDF's revision in the offline copy's list (`sw.js`, scripts/postbuild/offlinePrecache.ts): the MD5 of
 * the PDF, which follows its creation time, so it is the one timestamp-borne difference in that file.
 */
const PDF_REVISION = /("url":"[^"]*\.pdf","revision":")[0-9a-f]+"/g;

/** A built file's bytes, timestamps aside (see {@link PDF_REVISION}), to compare two builds (warm and cold). */
export function comparableBuiltFile(file: string): Buffer {
  const bytes = readFileSync(file);
  return path.basename(file) === 'sw.js' ? Buffer.from(bytes.toString('utf8').replace(PDF_REVISION, '$1<pdf>"')) : bytes;
}

/**
 * Files that differ between two builds (a warm and a cold one): present on
 * one side only, or with other bytes, timestamps aside; PDFs, whose creation
 * time is a timestamp of the print, by page count and the text of every page.
 */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const files = (root: string) => globSync('**/*', {cwd: root, dot: true});
  const [filesA, filesB] = [files(a), files(b)];
  const [inA, inB] = [new Set(filesA), new Set(filesB)];
  const differ = [...filesA.filter((file) => !inB.has(file)), ...filesB.filter((file) => !inA.has(file))];
  for (const file of filesA.filter((candidate) => inB.has(candidate))) {
    if (comparableBuiltFile(path.join(a, file)).equals(comparableBuiltFile(path.join(b, file)))) continue;
    if (file.endsWith('.pdf')) {
      const [pdfA, pdfB] = await Promise.all([readPdf(path.join(a, file)), readPdf(path.join(b, file))]);
      if (pdfA.pageCount === pdfB.pageCount && JSON.stringify(pdfA.texts) === JSON.stringify(pdfB.texts)) continue;
    }
    differ.push(file);
  }
  return differ.sort();
}
