/**
 * The terminal redline: per page its path, what happened to it, the
 * frontmatter changes in words and each changed block with a few words of
 * context. Deletions and insertions are marked `[-…-]` and `{+…+}` (as
 * `git diff --word-diff` does), and coloured when the terminal supports it.
 */
import {describeMetadataChange} from '../metadata';
import {TEXT_BLOCK_KINDS, type PageRedline, type RedlineBlock, type RedlineReport, type WordSegment} from '../types';
import {blockLine, changedBlocks, trimContext} from './excerpt';

/** How the terminal output looks. */
export interface StylishOptions {
  /** Colour insertions green and deletions red (ANSI); the marks stay either way, for readers who cannot tell the colours apart. */
  color?: boolean;
}

const ANSI = {red: '\u001b[31m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m'};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function markedWords(segments: readonly WordSegment[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${ANSI.reset}` : text);
  return trimContext(segments)
    .map((segment) => {
      if (segment.op === 'equal') return segment.text;
      const space = segment.text.startsWith(' ') ? ' ' : '';
      const text = segment.text.trimStart();
      return segment.op === 'insert' ? `${space}${paint(ANSI.green, `{+${text}+}`)}` : `${space}${paint(ANSI.red, `[-${text}-]`)}`;
    })
    .join('');
}

function blockLines(block: RedlineBlock, color: boolean): string[] {
  const where = `${String(blockLine(block)).padStart(5)}  ${block.change.padEnd(8)}  ${block.kind}`;
  if (TEXT_BLOCK_KINDS.has(block.kind) && block.words) {
    return [`${where}${block.markupOnly ? '  (Markdown only: same words)' : ''}`, `         ${markedWords(block.words, color)}`];
  }
  // Code, diagrams and math are shown whole in the HTML redline; here, how much of them changed.
  const lines = (version?: {text: string}) => (version ? version.text.split('\n').length : 0);
  return [`${where}  (${lines(block.before)} → ${lines(block.after)} lines; whole block, see --format html)`];
}

function pageHeader(page: PageRedline): string {
  const moved = page.previousPath ? ` (from ${page.previousPath})` : '';
  const title = page.title === undefined ? '' : `  “${page.title}”`;
  const words = `+${page.comparison.wordsAdded} −${page.comparison.wordsRemoved} words`;
  return `${page.path}${moved}\n  ${page.change}${title}  ${words}`;
}

/** The report for a terminal. */
export function formatStylish(report: RedlineReport, options: StylishOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [`Comparing ${report.base.label} with ${report.head.label}`];
  for (const page of report.pages) {
    const lines = [pageHeader(page)];
    for (const change of page.comparison.metadata) lines.push(`  ${describeMetadataChange(change, 'en')}`);
    if (page.comparison.sectionsTouched.length > 0) lines.push(`  Sections: ${page.comparison.sectionsTouched.join(' · ')}`);
    for (const block of changedBlocks(page)) lines.push(...blockLines(block, color));
    out.push(lines.join('\n'));
  }
  const {summary} = report;
  out.push(
    report.pages.length === 0
      ? '✔ no content changed'
      : `${plural(summary.pages, 'page')} changed (${plural(summary.chapters, 'chapter')}), +${summary.wordsAdded} −${summary.wordsRemoved} words, ${plural(summary.statusChanges.length, 'status change')}`,
  );
  return `${out.join('\n\n')}\n`;
}
