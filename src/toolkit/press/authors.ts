import {slugify} from './slug';

/** A blog author entry (`blog/authors.yml`). */
export interface PressAuthor {
  key: string;
  name: string;
}

/**
 * Who a release is filed under when its layout has no byline (the ministry
 * site): the ministry's public relations bureau, which publishes those pages.
 */
export const INSTITUTIONAL_AUTHOR: PressAuthor = {key: 'humas-kementerian-panrb', name: 'Humas Kementerian PANRB'};

/** The `blog/authors.yml` entry for a byline's author: keyed by the slug of the name (`irvina-falah`). */
export function pressAuthor(name: string | null): PressAuthor {
  if (name === null || slugify(name) === 'siaran-pers') return INSTITUTIONAL_AUTHOR;
  return {key: slugify(name), name};
}
