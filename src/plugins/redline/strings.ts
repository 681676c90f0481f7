/**
 * The words of the redline pages and the changes page, in the site's two
 * languages. They are handed to each page in its data module: as code.json
 * messages they would ride in every page's main bundle (about 0.7 KB gzipped,
 * measured 2026-11-30, on pages already at their budget). How a mark is
 * announced comes from redline-core's strings, shared with `masterplan diff`.
 */
import {REDLINE_STRINGS, type RedlineLocale} from '../../toolkit/redline';
import type {ChangedChapter, ChangesIndexData, ChangesIndexStrings, RedlineBasis, RedlinePageStrings} from '../../content/siteData/redline';

const WORDS = {
  id: {
    titleApproval: 'Perubahan sejak disetujui: {title}',
    titleEdition: 'Perubahan sejak edisi {edition}: {title}',
    descriptionApproval: 'Perubahan kata demi kata pada bab {chapter} rencana induk sejak bab itu disetujui.',
    descriptionEdition: 'Perubahan kata demi kata pada bab {chapter} rencana induk sejak edisi {edition}.',
    chapterLine: 'Bab {chapter}: {link}.',
    basisApproval: 'Dibandingkan dengan teks yang disetujui pada {date} oleh {names}, sebagaimana dicatat komit {commit} ({committedOn}).',
    basisEdition: 'Dibandingkan dengan edisi {edition}.',
    counts: 'Kata ditambahkan: {added}; kata dihapus: {removed}',
    sections: 'bagian yang berubah: {sections}',
    metadata: 'Data bab yang berubah:',
    textLabel: 'Teks bab dengan tanda perubahan',
    readChapter: 'Baca bab ini tanpa tanda perubahan',
    allChanges: 'Semua perubahan rencana induk',
    indexTitle: 'Perubahan rencana induk',
    indexDescription: 'Bab rencana induk yang berubah sejak edisi terakhir atau sejak disetujui, dengan tanda perubahan kata demi kata.',
    introEdition: 'Bab-bab draf yang berubah sejak edisi {edition} diterbitkan. Setiap judul membuka teks bab dengan tanda perubahan.',
    introApproval: 'Belum ada edisi yang diterbitkan, jadi setiap bab yang disetujui dibandingkan dengan teks yang disetujuinya. Setiap judul membuka teks bab dengan tanda perubahan.',
    noneSinceEdition: 'Tidak ada bab yang berubah sejak edisi {edition}.',
    noneApproved: 'Belum ada edisi yang diterbitkan dan belum ada bab yang disetujui, jadi belum ada perubahan untuk ditampilkan.',
    noneSinceApproval: 'Tidak ada bab yang berubah sejak disetujui (bab yang disetujui: {count}).',
    columns: {number: 'No.', chapter: 'Bab', since: 'Dibandingkan dengan', changes: 'Perubahan', sections: 'Bagian yang berubah'},
    sinceEdition: 'edisi {edition}',
    sinceApproval: 'persetujuan {date}',
  },
  en: {
    titleApproval: 'Changes since approval: {title}',
    titleEdition: 'Changes since the {edition} edition: {title}',
    descriptionApproval: 'Word-by-word changes to chapter {chapter} of the master plan since it was approved.',
    descriptionEdition: 'Word-by-word changes to chapter {chapter} of the master plan since the {edition} edition.',
    chapterLine: 'Chapter {chapter}: {link}.',
    basisApproval: 'Compared with the text approved on {date} by {names}, as recorded by commit {commit} ({committedOn}).',
    basisEdition: 'Compared with the {edition} edition.',
    counts: 'Words inserted: {added}; words deleted: {removed}',
    sections: 'sections changed: {sections}',
    metadata: 'Chapter details that changed:',
    textLabel: 'Chapter text with change marks',
    readChapter: 'Read this chapter without change marks',
    allChanges: 'All changes to the master plan',
    indexTitle: 'Changes to the master plan',
    indexDescription: 'Master plan chapters changed since the last edition or since their approval, with word-by-word change marks.',
    introEdition: 'Chapters of the draft that changed since the {edition} edition was published. Each title opens the chapter’s text with its changes marked.',
    introApproval: 'No edition has been published yet, so each approved chapter is compared with the text that was approved. Each title opens the chapter’s text with its changes marked.',
    noneSinceEdition: 'No chapter has changed since the {edition} edition.',
    noneApproved: 'No edition has been published and no chapter has been approved yet, so there are no changes to show.',
    noneSinceApproval: 'No chapter has changed since its approval (approved chapters: {count}).',
    columns: {number: 'No.', chapter: 'Chapter', since: 'Compared with', changes: 'Changes', sections: 'Sections changed'},
    sinceEdition: 'the {edition} edition',
    sinceApproval: 'approval of {date}',
  },
} as const satisfies Record<RedlineLocale, unknown>;

/** Fills `{name}` placeholders with plain text (the page fills those that become elements). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

const edition = (basis: RedlineBasis) => (basis.kind === 'edition' ? basis.edition : '');

/** The words of one chapter's redline page. */
export function redlinePageStrings(locale: RedlineLocale, chapter: Pick<ChangedChapter, 'title' | 'chapter' | 'basis'>): RedlinePageStrings {
  const words = WORDS[locale];
  const {insertionStart, insertionEnd, deletionStart, deletionEnd, legend, before, after} = REDLINE_STRINGS[locale];
  const sinceEdition = chapter.basis.kind === 'edition';
  const values = {title: chapter.title, chapter: chapter.chapter, edition: edition(chapter.basis)};
  return {
    title: fill(sinceEdition ? words.titleEdition : words.titleApproval, values),
    description: fill(sinceEdition ? words.descriptionEdition : words.descriptionApproval, values),
    chapterLine: words.chapterLine,
    basis: sinceEdition ? words.basisEdition : words.basisApproval,
    counts: words.counts,
    sections: words.sections,
    metadata: words.metadata,
    textLabel: words.textLabel,
    readChapter: words.readChapter,
    allChanges: words.allChanges,
    marks: {insertionStart, insertionEnd, deletionStart, deletionEnd, legend, before, after},
  };
}

/** The words of the changes page, its "nothing changed" sentence chosen by what it compares with. */
export function changesIndexStrings(locale: RedlineLocale, index: Omit<ChangesIndexData, 'strings'>): ChangesIndexStrings {
  const words = WORDS[locale];
  const {comparedWith} = index;
  const values = {edition: comparedWith.kind === 'edition' ? comparedWith.edition : '', count: index.approvedChapters};
  const nothing = comparedWith.kind === 'edition' ? words.noneSinceEdition : index.approvedChapters === 0 ? words.noneApproved : words.noneSinceApproval;
  return {
    title: words.indexTitle,
    description: words.indexDescription,
    intro: fill(comparedWith.kind === 'edition' ? words.introEdition : words.introApproval, values),
    nothing: fill(nothing, values),
    columns: words.columns,
    since: comparedWith.kind === 'edition' ? words.sinceEdition : words.sinceApproval,
    counts: words.counts,
  };
}
