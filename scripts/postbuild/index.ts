import {searchIndex} from './searchIndex';
import {masterplanPdfStep} from './masterplanPdf';
import {contentSecurityPolicyStep} from './contentSecurityPolicy';
import {offlinePrecache} from './offlinePrecache';
import type {productCacheDir} from '../../src/plugins/productCache';

/** What a post-build step gets: the site root and the folder the build was written to. */
export interface PostbuildContext {
  siteDir: string;
  outDir: string;
  /** Where steps cache their products between builds; default: {@link productCacheDir}. */
  cacheDir?: string;
}

/** A step that runs on the finished build (see {@link POSTBUILD_STAGES} for when). */
export interface PostbuildStep {
  /** Name in the build's output: `Post-build step "<name>" failed: ...`. */
  name: string;
  /**
   * What to do when the step fails, printed under its error: how to fix what
   * the message names, or how to build without the step. Not an option to
   * ignore the failure: the build still exits 1.
   */
  hint: string;
  /**
   * Does the step's work. Throws an error that names the page, chapter or
   * file at fault, and writes its output only once all of it is ready, so a
   * failed step leaves none of its files half-written.
   */
  run(context: PostbuildContext): Promise<void>;
}

/** Steps that run at the same time; the next stage starts when all of them are done. */
export type PostbuildStage = readonly PostbuildStep[];

/**
 * The post-build steps, stage by stage. The first three read the built pages
 * and write only files of their own, so they run at the same time: the PDF
 * keeps a core busy in Chromium while the search index and the policy use the
 * other. The policy rewrites each page's `<head>` meanwhile; the other two
 * read pages only for what they print or index, and their cache keys leave the
 * policy out (`cacheKeyText`), so the order does not change a byte.
 */
export const POSTBUILD_STAGES: readonly PostbuildStage[] = [
  [searchIndex, masterplanPdfStep, contentSecurityPolicyStep],
  // Last: the offline copy lists every file as published, the policy in each page and both PDFs included.
  [offlinePrecache],
];

/** Every post-build step, in the order of their stages. */
export const POSTBUILD_STEPS: readonly PostbuildStep[] = POSTBUILD_STAGES.flat();
