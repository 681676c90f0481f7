import MDXComponents from '@theme-original/MDXComponents';

import Term from '@site/src/components/Term';

/**
 * Components every .mdx page may use without importing them. Only the small
 * ones that prose uses anywhere; page-specific components (curriculum map,
 * consultation tables, timeline) are imported by the pages that use them, so
 * they stay out of every other page's JavaScript.
 */
export default {
  ...MDXComponents,
  Term,
};
