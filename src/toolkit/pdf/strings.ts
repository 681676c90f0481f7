import type {ChapterStatus} from '../../content/status';
import type {BlockKind, ChangeKind} from '../redline';
import {REDLINE_STRINGS} from '../redline/format/strings';
import type {PdfLocale} from './locales';

/** Words of a PDF with change bars (`masterplan pdf --changes-since`): the cover line and the annex. */
export interface PdfChangesStrings {
  /** The cover's label for the version the bars are drawn against. */
  markedAgainst: string;
  /** A git ref as the base, with its short commit, e.g. "main (komit 1a2b3c4)". */
  refBase(ref: string, commit: string): string;
  /** A commit named by its hash as the base, e.g. "komit 1a2b3c4". */
  commitBase(commit: string): string;
  /** The annex's title in the contents, the bookmarks and the running header. */
  annexTitle: string;
  /** The annex's heading, naming the base. */
  annexHeading(base: string): string;
  /** What the bars mean; printed next to a sample bar. */
  legend: string;
  /** The sample bar's text alternative. */
  barLabel: string;
  /** The annex's summary line. */
  summary(chapters: number, wordsAdded: number, wordsRemoved: number): string;
  nothingChanged(base: string): string;
  otherChaptersUnchanged: string;
  newChapter: string;
  removedChapters: string;
  /** Heading of a chapter's frontmatter changes. */
  chapterData: string;
  columns: {pages: string; change: string; words: string; text: string};
  blockKind: Record<BlockKind, string>;
  /** The redline's words for a change (`masterplan diff`, the redline pages), so the annex says the same. */
  change: Record<Exclude<ChangeKind, 'unchanged'>, string>;
  /** A modified block whose words are the same (a link target, emphasis). */
  markupOnly: string;
  /** Said under the legend when a change could not be found in the print (its page column shows —). */
  notLocated: string;
}

/** Words printed in the PDF itself, one set per locale. */
export interface PdfStrings {
  documentTitle: string;
  subtitle: string;
  preparedBy: string;
  ministries: readonly [string, string];
  edition: string;
  currentEdition: string;
  /** The edition as named in the PDF's title, e.g. "Edisi terkini". */
  editionTitle(name?: string): string;
  date: string;
  status: string;
  contents: string;
  page: string;
  /** Watermark on every page of a chapter that is not approved. */
  draftWatermark: string;
  /** Warning on the cover when any chapter is not approved. */
  notApprovedWarning: string;
  /** The site's link to the latest PDF, on the master plan's first page. */
  downloadLink: string;
  statusLabel: Record<ChapterStatus, string>;
  chapterCount(count: number): string;
  dateLocale: string;
  changes: PdfChangesStrings;
}

export const PDF_STRINGS: Record<PdfLocale, PdfStrings> = {
  id: {
    documentTitle: 'Rencana Induk e-Government Indonesia',
    subtitle: 'Kerja sama e-government Republik Indonesia dan Republik Korea',
    preparedBy: 'Disusun bersama oleh',
    ministries: [
      'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kementerian PANRB)',
      'Ministry of the Interior, Republik Korea',
    ],
    edition: 'Edisi',
    currentEdition: 'terkini',
    editionTitle: (name) => `Edisi ${name ?? 'terkini'}`,
    date: 'Tanggal',
    status: 'Status',
    contents: 'Daftar isi',
    page: 'Halaman',
    draftWatermark: 'DRAF',
    notApprovedWarning: 'Dokumen ini memuat bab yang belum disetujui; halamannya bertanda DRAF.',
    downloadLink: 'Unduh rencana induk lengkap (PDF)',
    statusLabel: {draft: 'draf', review: 'ditinjau', approved: 'disetujui'},
    chapterCount: (count) => `${count} bab`,
    dateLocale: 'id-ID',
    changes: {
      markedAgainst: 'Perubahan ditandai terhadap',
      refBase: (ref, commit) => `${ref} (komit ${commit})`,
      commitBase: (commit) => `komit ${commit}`,
      annexTitle: 'Lampiran: Perubahan',
      annexHeading: (base) => `Lampiran: Perubahan sejak ${base}`,
      barLabel: 'Garis perubahan',
      legend: 'Garis biru di margin kiri menandai blok yang ditambahkan atau diubah; garis biru pendek menandai tempat blok dihapus. Tabel di bawah mencantumkan setiap perubahan dan halamannya.',
      summary: (chapters, added, removed) => `${chapters} bab berubah; ${added} kata ditambahkan, ${removed} kata dihapus.`,
      nothingChanged: (base) => `Tidak ada bab yang berubah sejak ${base}.`,
      otherChaptersUnchanged: 'Bab lain tidak berubah.',
      newChapter: 'Bab baru.',
      removedChapters: 'Bab yang dihapus',
      chapterData: 'Data bab',
      columns: {pages: 'Hal.', change: 'Perubahan', words: 'Kata', text: 'Teks'},
      blockKind: {
        heading: 'Judul bagian',
        paragraph: 'Paragraf',
        listItem: 'Butir daftar',
        tableCell: 'Sel tabel',
        blockquote: 'Kutipan',
        code: 'Kode',
        mermaid: 'Diagram',
        math: 'Rumus',
        html: 'HTML',
        element: 'Komponen',
        admonition: 'Judul kotak catatan',
        other: 'Blok',
      },
      change: REDLINE_STRINGS.id.change,
      markupOnly: 'hanya format atau tautan',
      notLocated: 'Perubahan dengan tanda — di kolom halaman tidak ditemukan di halaman cetak, sehingga tidak diberi garis.',
    },
  },
  en: {
    documentTitle: 'Indonesia e-Government Master Plan',
    subtitle: 'e-Government cooperation of the Republic of Indonesia and the Republic of Korea',
    preparedBy: 'Prepared jointly by',
    ministries: [
      'Ministry of Administrative and Bureaucratic Reform (Kementerian PANRB)',
      'Ministry of the Interior, Republic of Korea',
    ],
    edition: 'Edition',
    currentEdition: 'current',
    editionTitle: (name) => (name ? `Edition ${name}` : 'Current edition'),
    date: 'Date',
    status: 'Status',
    contents: 'Contents',
    page: 'Page',
    draftWatermark: 'DRAFT',
    notApprovedWarning: 'This document contains chapters that are not approved; their pages are marked DRAFT.',
    downloadLink: 'Download the complete master plan (PDF)',
    statusLabel: {draft: 'draft', review: 'in review', approved: 'approved'},
    chapterCount: (count) => `${count} ${count === 1 ? 'chapter' : 'chapters'}`,
    dateLocale: 'en-GB',
    changes: {
      markedAgainst: 'Changes marked against',
      refBase: (ref, commit) => `${ref} (commit ${commit})`,
      commitBase: (commit) => `commit ${commit}`,
      annexTitle: 'Annex: Changes',
      annexHeading: (base) => `Annex: Changes since ${base}`,
      barLabel: 'Change bar',
      legend: 'A blue bar in the left margin marks a block that was added or changed; a short blue bar marks where a block was removed. The table below lists every change and its page.',
      summary: (chapters, added, removed) =>
        `${chapters} ${chapters === 1 ? 'chapter' : 'chapters'} changed; ${added} ${added === 1 ? 'word' : 'words'} added, ${removed} ${removed === 1 ? 'word' : 'words'} removed.`,
      nothingChanged: (base) => `No chapter has changed since ${base}.`,
      otherChaptersUnchanged: 'The other chapters are unchanged.',
      newChapter: 'New chapter.',
      removedChapters: 'Chapters removed',
      chapterData: 'Chapter data',
      columns: {pages: 'Page', change: 'Change', words: 'Words', text: 'Text'},
      blockKind: {
        heading: 'Heading',
        paragraph: 'Paragraph',
        listItem: 'List item',
        tableCell: 'Table cell',
        blockquote: 'Quotation',
        code: 'Code',
        mermaid: 'Diagram',
        math: 'Formula',
        html: 'HTML',
        element: 'Component',
        admonition: 'Admonition title',
        other: 'Block',
      },
      change: REDLINE_STRINGS.en.change,
      markupOnly: 'formatting or link only',
      notLocated: 'A change with — in the page column was not found on the printed pages, so it has no bar.',
    },
  },
};

/**
 * The cover's status line, e.g. "10 bab: 1 ditinjau, 9 draf". Statuses are
 * listed from approved to draft and only when at least one chapter has them.
 */
export function statusSummary(statuses: readonly ChapterStatus[], strings: PdfStrings): string {
  const order: ChapterStatus[] = ['approved', 'review', 'draft'];
  const parts = order
    .map((status) => ({status, count: statuses.filter((s) => s === status).length}))
    .filter(({count}) => count > 0)
    .map(({status, count}) => `${count} ${strings.statusLabel[status]}`);
  return `${strings.chapterCount(statuses.length)}: ${parts.join(', ')}`;
}
