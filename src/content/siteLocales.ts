/** The site's languages, the default first: Indonesian at the root of the site, English under `en/`. */
export const SITE_LOCALES = ['id', 'en'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = SITE_LOCALES[0];

/** A locale's base URL under the site's: the default locale at its root, each other in a folder named after it. */
export function localeBaseUrl(siteBaseUrl: string, locale: SiteLocale): string {
  return locale === DEFAULT_LOCALE ? siteBaseUrl : `${siteBaseUrl}${locale}/`;
}
