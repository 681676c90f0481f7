import {slug} from 'github-slugger';

/**
 * The file name (and URL segment) for an Indonesian title: lower case, words
 * joined by single hyphens, accents and punctuation dropped
 * ("Kerja Sama RI–ROK: Tahap Ke-2" -> `kerja-sama-ri-rok-tahap-ke-2`).
 * Returns an empty string when nothing usable is left.
 */
export function slugFromTitle(title: string): string {
  // Dashes, slashes and underscores separate words ("RI–ROK" -> `ri-rok`, not `rirok`).
  const plain = title
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\p{Dash_Punctuation}/_]/gu, ' ');
  return slug(plain)
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
