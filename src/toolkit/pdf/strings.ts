import type {ChapterStatus} from '../../content/status';
import type {PdfLocale} from './locales';

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
