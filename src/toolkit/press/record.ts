/**
 * What a press release says, independent of how it was laid out (the parser's
 * output) and of how the site shows it (the renderer's input).
 */
export interface PressRecord {
  /** Headline as published, or derived from the lede when the portal lost it. */
  title: string;
  /** True when {@link title} was derived from the lede; an editor should check it. */
  titleDerived: boolean;
  /** Publication instant, ISO 8601 with the zone's offset (`2016-03-02T14:35:00+07:00`). */
  date: string;
  /** Author named in the byline, or null. */
  author: string | null;
  /** Editor (`Redaktur`) named in the byline, or null. */
  editor: string | null;
  /** Place in the dateline that opens the first paragraph (`JAKARTA`, `Jakarta` of `Jakarta, InfoPublik -`), or null. */
  dateline: string | null;
  /** News agency named after the dateline's place (`InfoPublik`, `ANTARA`), or null. */
  newsAgency: string | null;
  /** Source tag that closes the release (`HUMASMENPAN`), or null. */
  sourceTag: string | null;
  /** Body paragraphs in order, text exactly as published (dateline and closing tag included). */
  paragraphs: string[];
}

/** The layouts the ministry's releases are copied from (see README "Importing press releases"). */
export type PressLayout = 'news-portal' | 'ministry-site' | 'cabinet-secretariat' | 'plain';
