import {searchIndex} from './searchIndex';
import {masterplanPdfStep} from './masterplanPdf';
import {contentSecurityPolicyStep} from './contentSecurityPolicy';

/** What a post-build step gets: the site root and the folder the build was written to. */
export interface PostbuildContext {
  siteDir: string;
  outDir: string;
}

/** A step that runs on the finished build, in order (search index, PDF, then security headers last). */
export interface PostbuildStep {
  name: string;
  run(context: PostbuildContext): Promise<void>;
}

export const POSTBUILD_STEPS: PostbuildStep[] = [
  searchIndex,
  masterplanPdfStep,
  // Last: it hashes the inline scripts of the pages the other steps wrote.
  contentSecurityPolicyStep,
];
