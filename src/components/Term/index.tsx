import {useId, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';

import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/**
 * A glossary term in running text (`<Term id="e-government">`): a link to its
 * glossary entry whose definition appears on hover and on keyboard focus, is
 * announced as the link's description, and closes with Escape. Without
 * children it shows the term in the page's language.
 *
 * Pages import it (`import Term from '@site/src/components/Term';`); it is not
 * registered in the MDX components map, which ships with every doc page, so
 * the glossary it carries weighs only on pages that use it.
 */
export default function Term({id, children}: {id: string; children?: ReactNode}): ReactNode {
  const {glossary} = useReadersData();
  const entry = glossary.find((candidate) => candidate.id === id);
  const tooltipId = `term-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState(false);
  if (!entry) {
    throw new Error(`<Term id="${id}">: no such term in data/glossary.yml; use one of ${glossary.map((term) => term.id).join(', ')}`);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span className={styles.term} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <Link
        to={`/glosarium/#${entry.id}`}
        className={styles.link}
        aria-describedby={tooltipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}>
        {children ?? entry.term}
      </Link>
      <span role="tooltip" id={tooltipId} className={styles.tooltip} hidden={!open} data-pagefind-ignore="all">
        <strong>{entry.term}</strong>
        {entry.ko_term && <span lang="ko"> ({entry.ko_term})</span>}: {entry.definition}
      </span>
    </span>
  );
}
