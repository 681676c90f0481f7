/**
 * The largest release the importer accepts, in bytes. Real releases are a few
 * kilobytes; 2 MiB leaves room for a 300,000-character paragraph in any script
 * while refusing archives, PDFs and whole-site dumps pasted by mistake.
 */
export const MAX_RELEASE_BYTES = 2 * 1024 * 1024;

/** Longest derived headline, in characters, before it is cut at a word. */
export const MAX_DERIVED_TITLE_CHARS = 90;

/** Longest description (the lede's first sentence), in characters, before it is cut at a word. */
export const MAX_DESCRIPTION_CHARS = 300;
