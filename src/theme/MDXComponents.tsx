import MDXComponents from '@theme-original/MDXComponents';

/**
 * Components every .mdx page may use without importing them. Ours are not
 * registered here: this map ships with every doc page, so `<Term>` (and the
 * glossary it carries) would weigh on pages that never use it. Pages import
 * what they use: `import Term from '@site/src/components/Term';`.
 */
export default {
  ...MDXComponents,
};
