// The data module written by the readers plugin (src/plugins/readers/index.ts) at build time.
declare module '@generated/readers/default/readers-data.json' {
  const data: import('../../content/siteData/readers').ReadersData;
  export default data;
}

// The search expansions of the locale, from the glossary (src/plugins/readers/searchTerms.ts).
declare module '@generated/readers/default/search-terms.json' {
  const data: import('../../content/searchTerms').SearchTerms;
  export default data;
}
