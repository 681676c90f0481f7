import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import SourceCitation, {type CitedSource} from './SourceCitation';
import styles from './styles.module.css';

/**
 * "Sumber" / "Sources" under a chapter, module or consultation note: the
 * documents its `sources` frontmatter lists (issue 15), each with publisher,
 * title, date and, where known, a link. The PDF prints it too: it takes this
 * section from the built page (`data-page-sources`, src/toolkit/pdf). A page
 * without sources shows nothing (`masterplan check` warns once it is in review).
 */
export default function PageSources(): ReactNode {
  const {frontMatter} = useDoc() as unknown as {frontMatter: {sources?: CitedSource[]}};
  const sources = Array.isArray(frontMatter.sources) ? frontMatter.sources : [];
  if (sources.length === 0) return null;
  return (
    <section className={styles.sources} data-page-sources="" aria-labelledby="sumber">
      <Heading as="h2" id="sumber">
        <Translate id="page.sources.title" description="Heading of the list of documents a page's facts come from">Sumber</Translate>
      </Heading>
      <ul>
        {sources.map((source, index) => (
          <li key={index}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
