/** Longest slug, in characters; longer titles are cut at a hyphen. */
const MAX_SLUG_CHARS = 80;

/**
 * A URL slug from a headline: ASCII letters and digits joined by single hyphens
 * (`Peresmian Pusat Kerja Sama e-Government RI–ROK` ->
 * `peresmian-pusat-kerja-sama-e-government-ri-rok`), so it matches the
 * content model's id rule. Diacritics are dropped, every other character is a
 * word break.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_CHARS) return words || 'siaran-pers';
  const cut = words.slice(0, MAX_SLUG_CHARS + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG_CHARS)).replace(/-+$/, '');
}
