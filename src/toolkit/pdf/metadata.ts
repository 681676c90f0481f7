import type {PDFDocument} from 'pdf-lib';

import type {PdfLocale} from './locales';
import type {PdfStrings} from './strings';

/** The document information a reader's PDF viewer shows: title, authors, subject, language and date. */
export function setMetadata(pdf: PDFDocument, {title, strings, locale, date}: {title: string; strings: PdfStrings; locale: PdfLocale; date: Date}): void {
  pdf.setTitle(title, {showInWindowTitleBar: true});
  pdf.setAuthor(strings.ministries.join('; '));
  pdf.setSubject(strings.subtitle);
  pdf.setLanguage(locale === 'id' ? 'id-ID' : 'en-GB');
  pdf.setCreator('masterplan pdf');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
}
