import {afterEach, describe, expect, it, vi} from 'vitest';

import pluginCompleteBuild from '../../src/plugins/complete-build';
import {earlierLocaleBuilt, incompleteBuildProblem, postbuildStepsFollow} from '../../src/plugins/complete-build/buildKind';

describe('incompleteBuildProblem', () => {
  it.each([
    {case: '`npm run build`', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'complete'}},
    {case: 'a pages-only build for tests and benchmarks', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'pages-only'}},
    {case: 'the development server', env: {NODE_ENV: 'development'}},
  ])('lets $case go on', ({env}) => {
    expect(incompleteBuildProblem(env)).toBeNull();
  });

  it('refuses a bare `docusaurus build` and names `npm run build`', () => {
    const problem = incompleteBuildProblem({NODE_ENV: 'production'});
    expect(problem).toMatch(/^`docusaurus build` on its own makes an incomplete site: no search index, no master plan PDF/);
    expect(problem).toContain('Build the site with `npm run build`');
    expect(problem).toContain('MASTERPLAN_BUILD=pages-only');
  });

  it('names a value it does not know', () => {
    expect(incompleteBuildProblem({NODE_ENV: 'production', MASTERPLAN_BUILD: 'yes'})).toContain('(MASTERPLAN_BUILD=yes is neither complete nor pages-only)');
  });

  it('says the post-build steps follow only for `npm run build` in production', () => {
    expect(postbuildStepsFollow({NODE_ENV: 'production', MASTERPLAN_BUILD: 'complete'})).toBe(true);
    expect(postbuildStepsFollow({NODE_ENV: 'production', MASTERPLAN_BUILD: 'pages-only'})).toBe(false);
    expect(postbuildStepsFollow({NODE_ENV: 'development', MASTERPLAN_BUILD: 'complete'})).toBe(false);
  });
});

describe('earlierLocaleBuilt', () => {
  it('is true only in a production build that scripts/build.ts started after an earlier locale', () => {
    expect(earlierLocaleBuilt({NODE_ENV: 'production', MASTERPLAN_EARLIER_LOCALE_BUILT: '1'})).toBe(true);
    expect(earlierLocaleBuilt({NODE_ENV: 'production'})).toBe(false);
    expect(earlierLocaleBuilt({NODE_ENV: 'development', MASTERPLAN_EARLIER_LOCALE_BUILT: '1'})).toBe(false);
  });
});

describe('pluginCompleteBuild', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses a bare production build with the message alone, no stack', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('MASTERPLAN_BUILD', undefined);
    const error = (() => {
      try {
        pluginCompleteBuild();
      } catch (thrown) {
        return thrown as Error;
      }
      return null;
    })();
    expect(error?.message).toBe(incompleteBuildProblem({NODE_ENV: 'production'}));
    expect(error?.stack).toBe(error?.message);
  });

  it('lets `npm run build` go on', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('MASTERPLAN_BUILD', 'complete');
    expect(pluginCompleteBuild().name).toBe('masterplan-complete-build');
  });
});
