/** The site's locales; `id` is the default, served at `/`, `en` at `/en/`. */
export const PDF_LOCALES = ['id', 'en'] as const;
export type PdfLocale = (typeof PDF_LOCALES)[number];

/** Whether a command-line value names one of the site's locales. */
export function isPdfLocale(value: string): value is PdfLocale {
  return (PDF_LOCALES as readonly string[]).includes(value);
}

/** The URL prefix of a locale's pages, relative to the site root: `''` or `'en/'`. */
export function localePrefix(locale: PdfLocale): string {
  return locale === 'id' ? '' : `${locale}/`;
}

/** The file name readers download, in the reader's language; a PDF with change bars says so (`-perubahan`, `-changes`). */
export function pdfFileName(locale: PdfLocale, edition?: string, options: {withChanges?: boolean} = {}): string {
  const base = locale === 'id' ? 'rencana-induk-id' : `master-plan-${locale}`;
  const changes = options.withChanges ? (locale === 'id' ? '-perubahan' : '-changes') : '';
  return `${base}${edition ? `-${edition}` : ''}${changes}.pdf`;
}

/**
 * Where the build offers the latest PDF, relative to the build folder:
 * `unduh/rencana-induk-id.pdf` and `en/unduh/master-plan-en.pdf`.
 */
export function downloadPath(locale: PdfLocale): string {
  return `${localePrefix(locale)}unduh/${pdfFileName(locale)}`;
}
