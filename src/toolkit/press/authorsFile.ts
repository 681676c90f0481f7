import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';

import {isMap, parseDocument} from 'yaml';

import {writeFileAtomic} from '../fs/atomicWrite';
import type {PressAuthor} from './authors';

/** The author keys an authors file defines (empty when it does not exist). */
export async function readAuthorKeys(file: string): Promise<Set<string>> {
  if (!existsSync(file)) return new Set();
  const document = parseDocument(await readFile(file, 'utf8'));
  return new Set(isMap(document.contents) ? document.contents.items.map((item) => String((item.key as {value?: unknown})?.value ?? item.key)) : []);
}

/**
 * Adds authors missing from a Docusaurus authors file (`blog/authors.yml`),
 * keeping its comments and order, and writes it atomically. Returns the keys
 * added; writes nothing when there are none or on a dry run.
 */
export async function addAuthors(file: string, authors: readonly PressAuthor[], dryRun: boolean): Promise<string[]> {
  const text = existsSync(file) ? await readFile(file, 'utf8') : '';
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message ?? 'invalid YAML'}; fix it before importing`);
  const added: string[] = [];
  for (const author of authors) {
    if (document.has(author.key) || added.includes(author.key)) continue;
    document.set(author.key, {name: author.name});
    added.push(author.key);
  }
  if (added.length > 0 && !dryRun) await writeFileAtomic(file, document.toString({lineWidth: 0}));
  return added;
}
