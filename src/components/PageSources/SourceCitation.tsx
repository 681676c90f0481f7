import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';

import {useDayFormat} from '@site/src/components/readers/useDayFormat';
import {frontMatterDay} from '@site/src/content/docusaurusDates';

/** A source as a page receives it (validated by its schema at check time; frontmatter may hand the date over as a Date). */
export interface CitedSource {
  publisher?: string;
  title?: string;
  date?: unknown;
  url?: string;
}

/** One source as the site cites it: publisher, title (linked where its address is known) and day, ending with a full stop. */
export default function SourceCitation({source}: {source: CitedSource}): ReactNode {
  const formatDay = useDayFormat();
  const day = frontMatterDay(source.date);
  return (
    <>
      {source.publisher}, <cite>{source.url ? <Link to={source.url}>{source.title}</Link> : source.title}</cite>
      {day && (
        <>
          , <time dateTime={day}>{formatDay(day)}</time>
        </>
      )}
      .
    </>
  );
}
