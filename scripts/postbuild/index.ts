import {searchIndex} from './searchIndex';
import {contentSecurityPolicyStep} from './contentSecurityPolicy';

/** What a post-build step gets: the site root and the folder the build was written to. */
export interface PostbuildContext {
  siteDir: string;
  outDir: string;
}

/**
 * A step that runs on the finished build, in order (search index, then security headers last). The master
 * plan PDFs are made during the build, by src/plugins/pdf-download, each as soon as its locale is built.
 */
export interface PostbuildStep {
  name: string;
  run(context: PostbuildContext): Promise<void>;
}

export const POSTBUILD_STEPS: PostbuildStep[] = [
  searchIndex,
  // Last: it hashes the inline scripts of the pages the other steps wrote.
  contentSecurityPolicyStep,
];
