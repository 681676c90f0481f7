import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import {useDayFormat} from '@site/src/components/readers/useDayFormat';
import {frontMatterDay} from '@site/src/content/docusaurusDates';

import styles from './styles.module.css';

/** A source as Docusaurus hands it over (validated by the page's schema at check time; the date may be a Date). */
interface FrontMatterSource {
  publisher?: string;
  title?: string;
  date?: unknown;
  url?: string;
}

/**
 * "Sumber" / "Sources" under a chapter, module or consultation note: the
 * documents its `sources` frontmatter lists (issue 15), each with publisher,
 * title, date and, where known, a link. The PDF prints it too: it takes this
 * section from the built page (`data-page-sources`, src/toolkit/pdf). A page
 * without sources shows nothing (`masterplan check` warns once it is in review).
 */
export default function PageSources(): ReactNode {
  const {frontMatter} = useDoc() as unknown as {frontMatter: {sources?: FrontMatterSource[]}};
  const formatDay = useDayFormat();
  const sources = Array.isArray(frontMatter.sources) ? frontMatter.sources : [];
  if (sources.length === 0) return null;
  return (
    <section className={styles.sources} data-page-sources="" aria-labelledby="sumber">
      <Heading as="h2" id="sumber">
        <Translate id="page.sources.title" description="Heading of the list of documents a page's facts come from">Sumber</Translate>
      </Heading>
      <ul>
        {sources.map((source, index) => {
          const day = frontMatterDay(source.date);
          return (
            <li key={index}>
              {source.publisher}, <cite>{source.url ? <Link to={source.url}>{source.title}</Link> : source.title}</cite>
              {day && (
                <>
                  , <time dateTime={day}>{formatDay(day)}</time>
                </>
              )}
              .
            </li>
          );
        })}
      </ul>
    </section>
  );
}
