/**
 * What the local plugins take from the docs Docusaurus loaded: the pages and
 * the URLs Docusaurus gave them (the one place doc URLs are computed on the
 * site), with frontmatter read by our one frontmatter reader.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {AllContent} from '@docusaurus/types';

import {requireFrontmatter} from '../toolkit/content/frontmatter';

/** The master plan's docs plugin instance (the classic preset's docs). */
export const MASTER_PLAN_DOCS_PLUGIN = 'default';

/** A page Docusaurus loaded, with its URL. */
export interface DocPage {
  /** Doc id (file name without number prefix and extension, or folder path for nested docs). */
  id: string;
  title: string;
  /** The URL Docusaurus gave the page, base URL included (`/en/kurikulum/dasar-e-government/`). */
  permalink: string;
  /** The file Docusaurus read, `@site/docs/...` (the translation's file when there is one). */
  source: string;
}

/** A page with its frontmatter, as the readers plugin validates it. */
export interface LoadedDoc extends DocPage {
  frontMatter: Record<string, unknown>;
}

/** The current (unreleased) version's pages of one docs plugin instance, from `allContentLoaded`'s `allContent`. */
export function currentDocs(allContent: AllContent, pluginId: string): DocPage[] {
  return versionDocs(allContent, pluginId, 'current');
}

/** The pages of one version (`current`, or a published edition's name) of one docs plugin instance; none when it has no such version. */
export function versionDocs(allContent: AllContent, pluginId: string, versionName: string): DocPage[] {
  const content = allContent['docusaurus-plugin-content-docs']?.[pluginId] as DocsContent | undefined;
  if (!content) throw new Error(`the docs plugin "${pluginId}" is not loaded; check docusaurus.config.ts`);
  const version = content.loadedVersions.find((loaded) => loaded.versionName === versionName);
  return (version?.docs ?? []).map(({id, title, permalink, source}) => ({id, title, permalink, source}));
}

/** A Docusaurus `@site/...` source path as a path from the site folder (`docs/rencana-induk/01-visi.md`). */
export function sitePath(source: string): string {
  return source.replace(/^@site\//, '');
}

/** Resolves a Docusaurus `@site/...` source path against the site folder. */
export function sourceFile(siteDir: string, source: string): string {
  return path.join(siteDir, sitePath(source));
}

/**
 * The pages with their frontmatter read by our frontmatter reader, not taken
 * from Docusaurus's `doc.frontMatter`: Docusaurus parses with js-yaml, which
 * turns `2016-03-02` into a `Date`; ours keeps the string the author wrote, so
 * the schemas see one kind of value everywhere (the checker, the toolkit and
 * the site). Malformed YAML throws a FrontmatterError naming file, line and column.
 */
export async function withFrontmatter(siteDir: string, pages: readonly DocPage[]): Promise<LoadedDoc[]> {
  return Promise.all(
    pages.map(async (page) => {
      const {data} = requireFrontmatter(await readFile(sourceFile(siteDir, page.source), 'utf8'), sitePath(page.source));
      return {...page, frontMatter: data};
    }),
  );
}
