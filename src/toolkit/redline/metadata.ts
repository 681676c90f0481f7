/**
 * Frontmatter changes as data, and in plain words: a reviewer reads
 * "Status: draft → in review", not a YAML line diff.
 */
import {isDeepStrictEqual} from 'node:util';

import type {ChapterStatus} from '../../content/status';
import {PDF_STRINGS} from '../pdf/strings';
import type {MetadataChange, MetadataField} from './types';

/** The fields named in plain words, in the order they are listed. */
const NAMED_FIELDS: readonly Exclude<MetadataField, 'other'>[] = ['title', 'chapter', 'status', 'owners', 'reviewers', 'review_by', 'approved_by', 'approved_on'];
const isNamedField = (key: string): key is Exclude<MetadataField, 'other'> => (NAMED_FIELDS as readonly string[]).includes(key);
const LIST_FIELDS: ReadonlySet<string> = new Set(['owners', 'reviewers', 'approved_by']);

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** The frontmatter fields that differ, named fields first in a fixed order, then the others by key. */
export function compareMetadata(before: Record<string, unknown>, after: Record<string, unknown>): MetadataChange[] {
  const changes: MetadataChange[] = [];
  const otherKeys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !isNamedField(key)).sort();
  for (const key of [...NAMED_FIELDS, ...otherKeys]) {
    const old = before[key];
    const next = after[key];
    if (isDeepStrictEqual(old, next)) continue;
    const field: MetadataField = isNamedField(key) ? key : 'other';
    const change: MetadataChange = {field, key, ...(old === undefined ? {} : {before: old}), ...(next === undefined ? {} : {after: next})};
    if (LIST_FIELDS.has(key)) {
      const oldList = asList(old);
      const nextList = asList(next);
      change.added = nextList.filter((entry) => !oldList.includes(entry));
      change.removed = oldList.filter((entry) => !nextList.includes(entry));
    }
    changes.push(change);
  }
  return changes;
}

/** The languages the redline speaks: Indonesian (the site's default) and English. */
export type RedlineLocale = 'id' | 'en';

const WORDS = {
  id: {
    title: 'Judul',
    chapter: 'Nomor bab',
    status: 'Status',
    owners: 'Pemilik',
    reviewers: 'Peninjau',
    review_by: 'Tinjau ulang paling lambat',
    approved_by: 'Disetujui oleh',
    approved_on: 'Tanggal persetujuan',
    added: 'ditambah',
    removed: 'dihapus',
    setTo: 'diisi',
    was: 'sebelumnya',
    reordered: 'urutan diubah',
    changed: 'berubah',
  },
  en: {
    title: 'Title',
    chapter: 'Chapter number',
    status: 'Status',
    owners: 'Owners',
    reviewers: 'Reviewers',
    review_by: 'Review by',
    approved_by: 'Approved by',
    approved_on: 'Approved on',
    added: 'added',
    removed: 'removed',
    setTo: 'set to',
    was: 'was',
    reordered: 'reordered',
    changed: 'changed',
  },
} as const;

function valueText(field: MetadataField, value: unknown, locale: RedlineLocale): string {
  if (field === 'status' && typeof value === 'string' && value in PDF_STRINGS[locale].statusLabel) {
    return PDF_STRINGS[locale].statusLabel[value as ChapterStatus];
  }
  if (field === 'title' && typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One change in plain words, e.g. `Status: draf → ditinjau`,
 * `Owners: added kominfo; removed panrb`, `Review by: set to 2027-01-31`.
 */
export function describeMetadataChange(change: MetadataChange, locale: RedlineLocale): string {
  const words = WORDS[locale];
  const label = change.field === 'other' ? `\`${change.key}\`` : words[change.field];
  if (change.added !== undefined && change.removed !== undefined) {
    const parts = [
      ...(change.added.length > 0 ? [`${words.added} ${change.added.join(', ')}`] : []),
      ...(change.removed.length > 0 ? [`${words.removed} ${change.removed.join(', ')}`] : []),
    ];
    return `${label}: ${parts.length > 0 ? parts.join('; ') : words.reordered}`;
  }
  if (change.field === 'other') return `${label} ${words.changed}`;
  if (change.before === undefined) return `${label}: ${words.setTo} ${valueText(change.field, change.after, locale)}`;
  if (change.after === undefined) return `${label}: ${words.removed} (${words.was} ${valueText(change.field, change.before, locale)})`;
  return `${label}: ${valueText(change.field, change.before, locale)} → ${valueText(change.field, change.after, locale)}`;
}
