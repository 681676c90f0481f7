import type {CollectionId} from '../../content';

/** The kinds of page `masterplan new` can start. */
export type PageType = 'chapter' | 'module' | 'consultation';

export const PAGE_TYPES = ['chapter', 'module', 'consultation'] as const satisfies readonly PageType[];

/** What every page of a type must contain, in both languages. */
export interface PageTypeSpec {
  /** The collection the page belongs to. */
  collection: CollectionId;
  /** Name of the type for messages, in Indonesian. */
  label: string;
  /** Section headings (level 2) the page must have, in this order. */
  headings: {id: readonly string[]; en: readonly string[]};
}

/**
 * The one place that says which sections each page type has. They match the
 * shipped pages (chapters in docs/rencana-induk/, modules in docs/kurikulum/,
 * consultation notes in docs/konsultasi/), with English counterparts in i18n/en.
 */
export const PAGE_TYPE_SPECS: Record<PageType, PageTypeSpec> = {
  chapter: {
    collection: 'rencana-induk',
    label: 'bab',
    // No "Sumber" section: sources are frontmatter, shown under the page (src/components/PageSources).
    headings: {
      id: ['Ringkasan', 'Yang sudah diketahui', 'Yang belum ada'],
      en: ['Summary', 'What is known', 'What is missing'],
    },
  },
  module: {
    collection: 'kurikulum',
    label: 'modul',
    headings: {
      id: ['Materi', 'Kegiatan', 'Cek mandiri'],
      en: ['Content', 'Activities', 'Self-check'],
    },
  },
  consultation: {
    collection: 'konsultasi',
    label: 'catatan konsultasi',
    headings: {
      id: ['Ringkasan', 'Keputusan', 'Tindak lanjut'],
      en: ['Summary', 'Decisions', 'Follow-up actions'],
    },
  },
};

/** Whether a string names a page type. */
export function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}
