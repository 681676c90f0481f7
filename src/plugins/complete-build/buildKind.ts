/**
 * Which production build this is, as the process that started Docusaurus says
 * in {@link BUILD_KIND_ENV}. Docusaurus builds the pages; the search index,
 * the master plan PDF and the Content-Security-Policy are made afterwards from
 * the built HTML (scripts/postbuild/), and the HTML minifier is switched off
 * before Docusaurus starts (scripts/build.ts says why). Only `npm run build`
 * does all of that, so a production build that was not started by it, or that
 * does not say it wants the pages alone, is refused (see the README).
 */
export const BUILD_KIND_ENV = 'MASTERPLAN_BUILD';

/**
 * - `complete`: set by `npm run build` (scripts/build.ts), which runs the
 *   post-build steps once Docusaurus is done.
 * - `pages-only`: Docusaurus's pages alone, not to be published (tests that
 *   read the HTML of one locale, the benchmark of the bare build); the first
 *   chapter then links no PDF.
 */
export const BUILD_KINDS = ['complete', 'pages-only'] as const;
export type BuildKind = (typeof BUILD_KINDS)[number];

function isBuildKind(value: string | undefined): value is BuildKind {
  return (BUILD_KINDS as readonly (string | undefined)[]).includes(value);
}

/** Whether the post-build steps will run on this build's output: a production build started by `npm run build`. */
export function postbuildStepsFollow(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env[BUILD_KIND_ENV] === 'complete';
}

/** Why this production build must not go on, or `null` when it may (every development build may). */
export function incompleteBuildProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV !== 'production' || isBuildKind(env[BUILD_KIND_ENV])) return null;
  const given = env[BUILD_KIND_ENV] === undefined ? '' : ` (${BUILD_KIND_ENV}=${env[BUILD_KIND_ENV]} is neither ${BUILD_KINDS.join(' nor ')})`;
  return (
    `\`docusaurus build\` on its own makes an incomplete site${given}: no search index, no master plan PDF although the first chapter links to it, ` +
    'no Content-Security-Policy, and another HTML minification. Build the site with `npm run build`, which runs `docusaurus build` and then ' +
    'the post-build steps (scripts/postbuild/); pass Docusaurus options after `--`, e.g. `npm run build -- --out-dir /tmp/site`. ' +
    `To build the pages alone, not to publish them (tests, benchmarks), set ${BUILD_KIND_ENV}=pages-only.`
  );
}

/**
 * Set to `1` by `npm run build` for each locale's Docusaurus process after the
 * first (scripts/build.ts builds one locale per process): the work that is the
 * same for every locale, the content check and the toolkit API pages, was
 * done by the first process, so the later ones do not redo it.
 */
export const EARLIER_LOCALE_ENV = 'MASTERPLAN_EARLIER_LOCALE_BUILT';

/** Whether an earlier process of this build already did the locale-independent work (see {@link EARLIER_LOCALE_ENV}). */
export function earlierLocaleBuilt(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env[EARLIER_LOCALE_ENV] === '1';
}
