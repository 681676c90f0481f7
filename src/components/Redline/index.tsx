import {Fragment, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';

import type {ChangedChapter, RedlinePageBlock} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

type Mark = 'insert' | 'delete';

/** What a screen reader hears before a mark: the change is said in words, not left to colour or strike-through. */
function markLabel(mark: Mark): string {
  return mark === 'insert'
    ? translate({id: 'redline.inserted', message: 'ditambahkan:', description: 'Read by screen readers before inserted text'})
    : translate({id: 'redline.deleted', message: 'dihapus:', description: 'Read by screen readers before deleted text'});
}

/**
 * Inserted text in `<ins>`, deleted text in `<del>`, each starting with its
 * visually hidden label (`labelled={false}` where the words around already
 * say which mark it is, as in the legend).
 */
export function Marked({mark, labelled = true, children}: {mark: Mark; labelled?: boolean; children: ReactNode}): ReactNode {
  const Element = mark === 'insert' ? 'ins' : 'del';
  return (
    <Element className={styles[mark]}>
      {labelled && <span className={styles.visuallyHidden}>{markLabel(mark)} </span>}
      {children}
    </Element>
  );
}

/**
 * A whole block inserted or deleted (code, a diagram's source, a formula):
 * the label is shown, above the block, instead of striking or underlining
 * every line, which would hide the one line that changed.
 */
function MarkedBlock({mark, text}: {mark: Mark; text: string}): ReactNode {
  const Element = mark === 'insert' ? 'ins' : 'del';
  return (
    <Element className={clsx(styles[mark], styles.block)}>
      <span className={styles.blockLabel}>{markLabel(mark)} </span>
      <pre className={styles.source}>
        <code>{text}</code>
      </pre>
    </Element>
  );
}

/** A text block's words, kept, inserted and deleted; a segment's leading space stays outside its mark, so marks hug the words. */
function Words({block}: {block: RedlinePageBlock}): ReactNode {
  if (block.words === undefined) return block.after ?? '';
  return block.words.map((segment, index) => {
    if (segment.op === 'equal') return <Fragment key={index}>{segment.text}</Fragment>;
    const space = /^\s*/.exec(segment.text)![0];
    return (
      <Fragment key={index}>
        {space}
        <Marked mark={segment.op}>{segment.text.slice(space.length)}</Marked>
      </Fragment>
    );
  });
}

/** A code block, diagram or formula, shown as its source: before (deleted) and after (inserted) when it changed. */
function WholeBlock({block}: {block: RedlinePageBlock}): ReactNode {
  const source = (text: string) => (
    <pre className={styles.source}>
      <code>{text}</code>
    </pre>
  );
  if (block.change === 'unchanged') return source(block.after ?? '');
  return (
    <div>
      {block.before !== undefined && <MarkedBlock mark="delete" text={block.before} />}
      {block.after !== undefined && <MarkedBlock mark="insert" text={block.after} />}
    </div>
  );
}

/** One text block as its own element: a heading keeps its level (an h1 in the text sits under the page's h1 as an h2). */
function TextBlock({block}: {block: RedlinePageBlock}): ReactNode {
  const changed = block.change !== 'unchanged' ? styles.changed : undefined;
  const words = <Words block={block} />;
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, Math.max(2, block.depth ?? 2))}` as 'h2';
      return <Heading className={changed}>{words}</Heading>;
    }
    case 'blockquote':
      return (
        <blockquote className={changed}>
          <p>{words}</p>
        </blockquote>
      );
    default:
      return <p className={clsx(changed, block.kind === 'tableCell' && styles.tableCell)}>{words}</p>;
  }
}

/** Consecutive list items become one list, so a screen reader announces a list of n items. */
function groupLists(blocks: readonly RedlinePageBlock[]): (RedlinePageBlock | RedlinePageBlock[])[] {
  const groups: (RedlinePageBlock | RedlinePageBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'listItem' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'listItem' ? [block] : block);
  }
  return groups;
}

/**
 * A page's text with its changes marked: every block in reading order,
 * inserted words in `<ins>`, deleted words in `<del>`. Readable without
 * colour (underline and strike-through, and the words "ditambahkan:" /
 * "dihapus:" for screen readers), in both themes and on paper.
 */
export default function Redline({blocks}: {blocks: readonly RedlinePageBlock[]}): ReactNode {
  return (
    <div className={styles.redline} data-redline="">
      {groupLists(blocks).map((group, index) =>
        Array.isArray(group) ? (
          <ul key={index}>
            {group.map((item, itemIndex) => (
              <li key={itemIndex} className={item.change !== 'unchanged' ? styles.changed : undefined}>
                <Words block={item} />
              </li>
            ))}
          </ul>
        ) : group.comparedAs === 'whole' ? (
          <WholeBlock key={index} block={group} />
        ) : (
          <TextBlock key={index} block={group} />
        ),
      )}
    </div>
  );
}

/** The key to the marks, with examples styled as the marks are. */
export function RedlineLegend(): ReactNode {
  return (
    <p className={styles.legend}>
      <Translate
        id="redline.legend"
        values={{
          inserted: <Marked mark="insert" labelled={false}><Translate id="redline.legend.inserted">teks yang ditambahkan</Translate></Marked>,
          deleted: <Marked mark="delete" labelled={false}><Translate id="redline.legend.deleted">teks yang dihapus</Translate></Marked>,
        }}>
        {'Tanda perubahan: {inserted} (bergaris bawah), {deleted} (dicoret).'}
      </Translate>
    </p>
  );
}

/** "Kata ditambahkan: 3; kata dihapus: 1" (no plural forms to get wrong in English). */
export function ChangeCounts({chapter}: {chapter: Pick<ChangedChapter, 'wordsAdded' | 'wordsRemoved'>}): ReactNode {
  return (
    <Translate id="redline.counts" values={{added: chapter.wordsAdded, removed: chapter.wordsRemoved}}>
      {'Kata ditambahkan: {added}; kata dihapus: {removed}'}
    </Translate>
  );
}
