/** Lines copied along with a release that are not part of its text. */

/** A photo caption: contains `(Foto:` or `(Photo:`. */
export function isPhotoCaption(line: string): boolean {
  return /\((?:Foto|Photo)[ \t]*:/i.test(line);
}

/** A related-article link: `Baca juga: ...`, `BACA JUGA: ...`, `Read also: ...`. */
export function isRelatedArticle(line: string): boolean {
  return /^[ \t]*(?:Baca juga|Read also|See also|Lihat juga)[ \t]*:/i.test(line);
}

/** Cabinet-secretariat metadata under the byline: `Kategori: Berita`, `Dibaca: 1.204 kali`. */
export function isPageMetadata(line: string): boolean {
  return /^[ \t]*(?:Kategori|Category|Dibaca|Dilihat|Read|Views|Tags?|Label|Sumber|Source)[ \t]*:/i.test(line);
}

/** The news portal's separator between headline and byline: a line that is only `:`. */
export function isSeparator(line: string): boolean {
  return /^[ \t]*:[ \t]*$/.test(line);
}
