import {SITE_TIME_ZONE} from '../../content/today';
import type {PdfChapter} from './chapters';
import {escapeHtml} from './html';
import {statusSummary, type PdfStrings} from './strings';

/** What the cover says besides the fixed title and ministries. */
export interface CoverData {
  strings: PdfStrings;
  chapters: readonly PdfChapter[];
  /** Edition name; undefined for the current text. */
  edition?: string;
  /** When the PDF was made; its day in the site's time zone is printed in the locale's long date format. */
  date: Date;
  /** The version the change bars are drawn against, as named (`--changes-since`); undefined for a PDF without bars. */
  changesBase?: string;
}

/** "e-Government" must not break after "e-" in the large title. */
function keepHyphenatedWordsWhole(html: string): string {
  return html.replace(/[^\s<>]+-[^\s<>]+/g, (word) => `<span class="pdf-nowrap">${word}</span>`);
}

/** The cover page: title, edition, date, status summary, the version changes are marked against (if any) and the two ministries. */
export function coverHtml({strings, chapters, edition, date, changesBase}: CoverData): string {
  const statuses = chapters.map((chapter) => chapter.status);
  const formattedDate = new Intl.DateTimeFormat(strings.dateLocale, {dateStyle: 'long', timeZone: SITE_TIME_ZONE}).format(date);
  const warning = statuses.some((status) => status !== 'approved')
    ? `<p class="pdf-cover__warning">${escapeHtml(strings.notApprovedWarning)}</p>`
    : '';
  return `<section class="pdf-cover">
  <p class="pdf-cover__title">${keepHyphenatedWordsWhole(escapeHtml(strings.documentTitle))}</p>
  <p class="pdf-cover__subtitle">${escapeHtml(strings.subtitle)}</p>
  <dl class="pdf-cover__facts">
    <dt>${escapeHtml(strings.edition)}</dt><dd>${escapeHtml(edition ?? strings.currentEdition)}</dd>
    <dt>${escapeHtml(strings.date)}</dt><dd>${escapeHtml(formattedDate)}</dd>
    <dt>${escapeHtml(strings.status)}</dt><dd>${escapeHtml(statusSummary(statuses, strings))}</dd>${
      changesBase === undefined ? '' : `\n    <dt>${escapeHtml(strings.changes.markedAgainst)}</dt><dd>${escapeHtml(changesBase)}</dd>`
    }
  </dl>
  ${warning}
  <div class="pdf-cover__ministries">
    <p>${escapeHtml(strings.preparedBy)}</p>
    <ul>${strings.ministries.map((ministry) => `<li>${escapeHtml(ministry)}</li>`).join('')}</ul>
  </div>
</section>`;
}
