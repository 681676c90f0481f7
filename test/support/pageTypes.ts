/**
 * One route per page type, the same in both locales (English under `/en/`).
 * Browser tests, page-weight budgets and Lighthouse read this list: adding a
 * page type (status board, search, ...) is one line here.
 */
export interface PageType {
  /** Name used in test titles and BENCHMARKS.md. */
  name: string;
  /** Route without the locale prefix, with a trailing slash (`''` is the home page). */
  route: string;
  /** Features the browser tests check on this page. */
  has?: ReadonlyArray<'diagram' | 'math'>;
  /** Budget for gzipped JavaScript executed on load, in KB (issue 8); none for pages without one. */
  budgetKb?: number;
  /** Also audited by Lighthouse (slow, so only a few representative pages). */
  lighthouse?: boolean;
}

/** The pages an official site has (issue 15), linked from the footer: about, contact, copyright, privacy, accessibility. */
export const OFFICIAL_PAGES: PageType[] = [
  {name: 'about page', route: 'tentang/'},
  {name: 'contact page', route: 'kontak/'},
  {name: 'copyright page', route: 'hak-cipta/'},
  {name: 'privacy page', route: 'privasi/'},
  {name: 'accessibility page', route: 'aksesibilitas/'},
];

export const PAGE_TYPES: PageType[] = [
  {name: 'home', route: '', budgetKb: 185, lighthouse: true},
  {name: 'chapter', route: 'rencana-induk/keamanan-informasi/', budgetKb: 180, lighthouse: true},
  {name: 'chapter with diagram', route: 'rencana-induk/peta-program/', has: ['diagram'], budgetKb: 190, lighthouse: true},
  {name: 'chapter with diagram (timeline)', route: 'rencana-induk/sejarah-kerja-sama/', has: ['diagram'], budgetKb: 190},
  {name: 'chapter with math', route: 'rencana-induk/indeks-kematangan/', has: ['math'], budgetKb: 180},
  {name: 'changes page', route: 'rencana-induk/perubahan/'},
  {name: 'curriculum module', route: 'kurikulum/dasar-e-government/'},
  {name: 'consultation note', route: 'konsultasi/2016-03-02-komite-bersama-ke-3/'},
  {name: 'press post', route: 'siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/', budgetKb: 185, lighthouse: true},
  {name: 'blog archive', route: 'siaran-pers/archive/'},
  {name: 'tag page', route: 'siaran-pers/tags/e-government/'},
  ...OFFICIAL_PAGES,
];

/** The two locales' URL prefixes. */
export const LOCALE_PREFIXES = [
  {locale: 'id', prefix: '/', htmlLang: 'id-ID'},
  {locale: 'en', prefix: '/en/', htmlLang: 'en-GB'},
] as const;

/** Every page type in every locale, as `[label, url path, page type]`, for `it.each`. */
export function pagesInBothLocales(types: PageType[] = PAGE_TYPES): Array<[string, string, PageType]> {
  return LOCALE_PREFIXES.flatMap(({locale, prefix}) =>
    types.map((type): [string, string, PageType] => [`${type.name} (${locale})`, `${prefix}${type.route}`, type]),
  );
}
