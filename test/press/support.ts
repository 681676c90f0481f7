import {cpSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {decodeRelease} from '../../src/toolkit/press/decode';
import {parseReleaseText, type ParseOptions} from '../../src/toolkit/press/parseRelease';

/** The repository root. */
export const SITE_DIR = path.resolve(__dirname, '..', '..');

/** Scenario folders under a fixtures directory, each with release.txt and expected.json. */
export function scenarios(folder: string): Array<{name: string; bytes: Buffer; expected: Record<string, unknown>}> {
  const root = path.join(__dirname, folder);
  return readdirSync(root)
    .sort()
    .map((name) => ({
      name,
      bytes: readFileSync(path.join(root, name, 'release.txt')),
      expected: JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Record<string, unknown>,
    }));
}

/** Decodes and parses release bytes the way the importer does. */
export function readRelease(bytes: Uint8Array, options: ParseOptions = {}) {
  const decoded = decodeRelease(bytes);
  const parsed = decoded.text === null ? null : parseReleaseText(decoded.text, options);
  return {decoded, parsed, diagnostics: [...decoded.diagnostics, ...(parsed?.diagnostics ?? [])]};
}

/**
 * A throwaway site: its docusaurus.config.ts (how the command finds the site),
 * the real data/ registries and a blog/ with the real authors.yml and tags.yml, no posts.
 */
export function temporarySite(): {siteDir: string; blogDir: string} {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'import-press-'));
  cpSync(path.join(SITE_DIR, 'docusaurus.config.ts'), path.join(siteDir, 'docusaurus.config.ts'));
  cpSync(path.join(SITE_DIR, 'data'), path.join(siteDir, 'data'), {recursive: true});
  for (const file of ['authors.yml', 'tags.yml']) cpSync(path.join(SITE_DIR, 'blog', file), path.join(siteDir, 'blog', file));
  const en = 'i18n/en/docusaurus-plugin-content-blog/authors.yml';
  cpSync(path.join(SITE_DIR, en), path.join(siteDir, en));
  return {siteDir, blogDir: path.join(siteDir, 'blog')};
}
