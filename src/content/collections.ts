import type {z} from 'zod';

import {chapterSchema} from './schemas/chapter';
import {consultationSchema} from './schemas/consultation';
import {moduleSchema} from './schemas/module';
import {overviewSchema} from './schemas/overview';
import {pressPostSchema} from './schemas/pressPost';

/** The site's content collections, by the folder (and URL) they live in. */
export type CollectionId = 'rencana-induk' | 'kurikulum' | 'konsultasi' | 'siaran-pers';

export interface Collection {
  id: CollectionId;
  /** Source folder of the default (Indonesian) locale, relative to the site root. */
  dir: string;
  /** Folder of the English translations, relative to the site root. */
  enDir: string;
  /** URL path under the locale's base URL. */
  route: string;
  /** Schema of each page's frontmatter. */
  schema: z.ZodType;
}

export const COLLECTIONS: readonly Collection[] = [
  {id: 'rencana-induk', dir: 'docs/rencana-induk', enDir: 'i18n/en/docusaurus-plugin-content-docs/current', route: '/rencana-induk/', schema: chapterSchema},
  {id: 'kurikulum', dir: 'docs/kurikulum', enDir: 'i18n/en/docusaurus-plugin-content-docs-kurikulum/current', route: '/kurikulum/', schema: moduleSchema},
  {id: 'konsultasi', dir: 'docs/konsultasi', enDir: 'i18n/en/docusaurus-plugin-content-docs-konsultasi/current', route: '/konsultasi/', schema: consultationSchema},
  {id: 'siaran-pers', dir: 'blog', enDir: 'i18n/en/docusaurus-plugin-content-blog', route: '/siaran-pers/', schema: pressPostSchema},
];

/** The schema for a page: a collection's `index.md` is its overview, anything else a member. */
export function schemaForPage(collection: Collection, relativePath: string): z.ZodType {
  const isOverview = collection.id !== 'siaran-pers' && /(^|\/)index\.mdx?$/.test(relativePath);
  return isOverview ? overviewSchema : collection.schema;
}
