import {Fragment, type ReactNode} from 'react';
import clsx from 'clsx';

import type {RedlineMarkStrings, RedlinePageBlock} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

type Mark = 'insert' | 'delete';

/** What a screen reader hears around a mark: the change is said in words, not left to colour or strike-through. */
function Announced({text}: {text: string}): ReactNode {
  return <span className={styles.visuallyHidden}>{text}</span>;
}

/** Inserted text in `<ins>`, deleted text in `<del>`, between visually hidden words saying where each starts and ends. */
function Marked({mark, marks, children}: {mark: Mark; marks: RedlineMarkStrings; children: ReactNode}): ReactNode {
  const Element = mark === 'insert' ? 'ins' : 'del';
  const [start, end] = mark === 'insert' ? [marks.insertionStart, marks.insertionEnd] : [marks.deletionStart, marks.deletionEnd];
  return (
    <Element className={styles[mark]}>
      <Announced text={`${start} `} />
      {children}
      <Announced text={` ${end}`} />
    </Element>
  );
}

/** A text block's words, kept, inserted and deleted; a segment's leading space stays outside its mark, so marks hug the words. */
function Words({block, marks}: {block: RedlinePageBlock; marks: RedlineMarkStrings}): ReactNode {
  if (block.words === undefined) return block.after ?? '';
  return block.words.map((segment, index) => {
    if (segment.op === 'equal') return <Fragment key={index}>{segment.text}</Fragment>;
    const space = /^\s*/.exec(segment.text)![0];
    return (
      <Fragment key={index}>
        {space}
        <Marked mark={segment.op} marks={marks}>
          {segment.text.slice(space.length)}
        </Marked>
      </Fragment>
    );
  });
}

function Source({text}: {text: string}): ReactNode {
  return (
    <pre className={styles.source}>
      <code>{text}</code>
    </pre>
  );
}

/**
 * A code block, diagram or formula, shown as its source; when it changed,
 * before (deleted) and after (inserted), each under its visible label, with
 * a bar and a tint rather than every line struck or underlined, which would
 * hide the one line that changed.
 */
function WholeBlock({block, marks}: {block: RedlinePageBlock; marks: RedlineMarkStrings}): ReactNode {
  if (block.change === 'unchanged') return <Source text={block.after ?? ''} />;
  return (
    <div>
      {block.before !== undefined && (
        <del className={clsx(styles.delete, styles.block)}>
          <span className={styles.blockLabel}>{marks.before}</span>
          <Announced text={marks.deletionStart} />
          <Source text={block.before} />
          <Announced text={marks.deletionEnd} />
        </del>
      )}
      {block.after !== undefined && (
        <ins className={clsx(styles.insert, styles.block)}>
          <span className={styles.blockLabel}>{marks.after}</span>
          <Announced text={marks.insertionStart} />
          <Source text={block.after} />
          <Announced text={marks.insertionEnd} />
        </ins>
      )}
    </div>
  );
}

/** One text block as its own element: a heading keeps its level (an h1 in the text sits under the page's h1 as an h2). */
function TextBlock({block, marks}: {block: RedlinePageBlock; marks: RedlineMarkStrings}): ReactNode {
  const changed = block.change !== 'unchanged' ? styles.changed : undefined;
  const words = <Words block={block} marks={marks} />;
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
 * colour (underline and strike-through, a bar beside each changed block, and
 * words announcing each mark to screen readers), in both themes and on paper.
 */
export default function Redline({blocks, marks}: {blocks: readonly RedlinePageBlock[]; marks: RedlineMarkStrings}): ReactNode {
  return (
    <div className={styles.redline} data-redline="">
      {groupLists(blocks).map((group, index) =>
        Array.isArray(group) ? (
          <ul key={index}>
            {group.map((item, itemIndex) => (
              <li key={itemIndex} className={item.change !== 'unchanged' ? styles.changed : undefined}>
                <Words block={item} marks={marks} />
              </li>
            ))}
          </ul>
        ) : group.comparedAs === 'whole' ? (
          <WholeBlock key={index} block={group} marks={marks} />
        ) : (
          <TextBlock key={index} block={group} marks={marks} />
        ),
      )}
    </div>
  );
}
