/** Words of the redline documents (pull-request comment, HTML), in the site's two languages. */
import type {RedlineLocale} from '../metadata';
import type {BlockKind, PageChangeKind} from '../types';

export interface RedlineStrings {
  lang: string;
  title: string;
  compared(base: string, head: string): string;
  chaptersChanged: string;
  pagesChanged: string;
  words: string;
  statusChanges: string;
  noChanges: string;
  change: Record<PageChangeKind, string>;
  from: string;
  sections: string;
  line: string;
  before: string;
  after: string;
  blockKind: Record<BlockKind, string>;
  wholeBlockChanged(kind: string, line: number): string;
  markupOnly: string;
  moreBlocks(count: number): string;
  morePages(count: number): string;
  /** Announced by screen readers around `<ins>` and `<del>`, which most of them do not announce by themselves. */
  insertionStart: string;
  insertionEnd: string;
  deletionStart: string;
  deletionEnd: string;
  legend: string;
  contents: string;
  problems: string;
}

export const REDLINE_STRINGS: Record<RedlineLocale, RedlineStrings> = {
  en: {
    lang: 'en',
    title: 'Redline',
    compared: (base, head) => `Changes from ${base} to ${head}.`,
    chaptersChanged: 'Chapters changed',
    pagesChanged: 'Pages changed (both languages)',
    words: 'Words',
    statusChanges: 'Status changes',
    noChanges: 'No page of the master plan, the curricula or the consultations changed.',
    change: {added: 'added', removed: 'removed', modified: 'changed', renamed: 'renamed', moved: 'moved to another collection'},
    from: 'from',
    sections: 'Sections',
    line: 'line',
    before: 'Before',
    after: 'After',
    blockKind: {
      heading: 'heading',
      paragraph: 'paragraph',
      listItem: 'list item',
      tableCell: 'table cell',
      blockquote: 'quotation',
      code: 'code block',
      mermaid: 'diagram (Mermaid)',
      math: 'formula',
      html: 'HTML',
      element: 'component',
      admonition: 'admonition title',
      other: 'block',
    },
    wholeBlockChanged: (kind, line) => `${kind} changed (line ${line}); the HTML redline shows it before and after`,
    markupOnly: 'same words; only the Markdown changed (a link, emphasis)',
    moreBlocks: (count) => `… and ${count} more changed ${count === 1 ? 'block' : 'blocks'}`,
    morePages: (count) => `${count} more changed ${count === 1 ? 'page is' : 'pages are'} not listed here, to stay within GitHub's comment size; the HTML redline (workflow artifact) has all of them.`,
    insertionStart: '[insertion start]',
    insertionEnd: '[insertion end]',
    deletionStart: '[deletion start]',
    deletionEnd: '[deletion end]',
    legend: 'Inserted words are underlined on green, deleted words struck through on red.',
    contents: 'Changed pages',
    problems: 'Pages that could not be read completely',
  },
  id: {
    lang: 'id',
    title: 'Redline',
    compared: (base, head) => `Perubahan dari ${base} ke ${head}.`,
    chaptersChanged: 'Bab yang berubah',
    pagesChanged: 'Halaman yang berubah (kedua bahasa)',
    words: 'Kata',
    statusChanges: 'Perubahan status',
    noChanges: 'Tidak ada halaman rencana induk, kurikulum, atau konsultasi yang berubah.',
    change: {added: 'ditambahkan', removed: 'dihapus', modified: 'diubah', renamed: 'berganti nama', moved: 'dipindah ke koleksi lain'},
    from: 'dari',
    sections: 'Bagian',
    line: 'baris',
    before: 'Sebelum',
    after: 'Sesudah',
    blockKind: {
      heading: 'judul bagian',
      paragraph: 'paragraf',
      listItem: 'butir daftar',
      tableCell: 'sel tabel',
      blockquote: 'kutipan',
      code: 'blok kode',
      mermaid: 'diagram (Mermaid)',
      math: 'rumus',
      html: 'HTML',
      element: 'komponen',
      admonition: 'judul kotak catatan',
      other: 'blok',
    },
    wholeBlockChanged: (kind, line) => `${kind} berubah (baris ${line}); redline HTML menampilkannya sebelum dan sesudah`,
    markupOnly: 'kata sama; hanya Markdown yang berubah (tautan, penekanan)',
    moreBlocks: (count) => `… dan ${count} blok lain yang berubah`,
    morePages: (count) => `${count} halaman lain yang berubah tidak dicantumkan di sini agar muat dalam batas komentar GitHub; redline HTML (artefak workflow) memuat semuanya.`,
    insertionStart: '[awal sisipan]',
    insertionEnd: '[akhir sisipan]',
    deletionStart: '[awal hapusan]',
    deletionEnd: '[akhir hapusan]',
    legend: 'Kata yang disisipkan bergaris bawah berlatar hijau, kata yang dihapus dicoret berlatar merah.',
    contents: 'Halaman yang berubah',
    problems: 'Halaman yang tidak terbaca seluruhnya',
  },
};
