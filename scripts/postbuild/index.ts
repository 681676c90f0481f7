import {searchIndex} from './searchIndex';
import {masterplanPdfStep} from './masterplanPdf';
import {contentSecurityPolicyStep} from './contentSecurityPolicy';
import {offlinePrecache} from './offlinePrecache';
import type {postbuildCacheDir} from './productCache';

/** What a post-build step gets: the site root and the folder the build was written to. */
export interface PostbuildContext {
  siteDir: string;
  outDir: string;
  /** Where steps cache their products between builds; default: {@link postbuildCacheDir}. */
  cacheDir?: string;
}

/** A step that runs on the finished build, in order (search index, PDF, security headers, then the offline copy's list of files). */
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

export const POSTBUILD_STEPS: PostbuildStep[] = [
  searchIndex,
  masterplanPdfStep,
  // After the steps that write pages: it hashes the inline scripts of the pages they wrote.
  contentSecurityPolicyStep,
  // Last: the offline copy lists every file as published, the policy in each page included.
  offlinePrecache,
];
