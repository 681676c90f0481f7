/**
 * The redline as a pull-request comment: a summary (chapters changed, words
 * added and removed, status changes), then per page its frontmatter changes
 * and the first changed blocks, with deletions in `<del>` and insertions in
 * `<ins>` (GitHub renders both). The comment stays within GitHub's size
 * limit and says what it left out; the HTML redline has everything.
 */
import {describeMetadataChange, type RedlineLocale} from '../metadata';
import {TEXT_BLOCK_KINDS, type PageRedline, type RedlineBlock, type RedlineReport, type WordSegment} from '../types';
import {blockLine, changedBlocks, trimContext} from './excerpt';
import {REDLINE_STRINGS, type RedlineStrings} from './strings';

/** GitHub refuses an issue or pull-request comment longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The hidden first line the workflow finds its own comment by, to edit it instead of adding another. */
export const REDLINE_COMMENT_MARKER = '<!-- masterplan-redline -->';
/** Changed blocks shown per page; the rest are counted. */
export const BLOCKS_PER_PAGE = 3;

export interface MarkdownOptions {
  locale?: RedlineLocale;
  /** Longest output, in characters (UTF-16 code units, as GitHub counts). Default: {@link GITHUB_COMMENT_LIMIT}. */
  maxLength?: number;
}

/** Text made literal in GitHub Markdown: HTML and Markdown punctuation escaped. */
export function escapeMarkdownText(text: string): string {
  // Punctuation first: the entities' own `#` must stay unescaped.
  return text.replace(/[\\`*_[\]#|~!]/g, '\\$&').replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function redlineText(segments: readonly WordSegment[]): string {
  return trimContext(segments)
    .map((segment) => {
      if (segment.op === 'equal') return escapeMarkdownText(segment.text);
      const space = segment.text.startsWith(' ') ? ' ' : '';
      const tag = segment.op === 'insert' ? 'ins' : 'del';
      return `${space}<${tag}>${escapeMarkdownText(segment.text.trimStart())}</${tag}>`;
    })
    .join('');
}

function blockItem(block: RedlineBlock, strings: RedlineStrings): string {
  const kind = strings.blockKind[block.kind];
  const line = blockLine(block);
  if (!TEXT_BLOCK_KINDS.has(block.kind) || !block.words) return `- ${strings.wholeBlockChanged(kind, line)}`;
  const text = block.markupOnly ? `_${strings.markupOnly}_` : redlineText(block.words);
  return `- ${strings.line} ${line}, ${kind}: ${text}`;
}

function pageSection(page: PageRedline, strings: RedlineStrings, locale: RedlineLocale): string {
  const {comparison} = page;
  const title = page.title === undefined ? '' : ` · ${escapeMarkdownText(page.title)}`;
  const facts = [
    page.previousPath ? `${strings.change[page.change]} (${strings.from} \`${page.previousPath}\`)` : strings.change[page.change],
    `+${comparison.wordsAdded} −${comparison.wordsRemoved}`,
    ...(comparison.sectionsTouched.length > 0 ? [`${strings.sections}: ${comparison.sectionsTouched.map(escapeMarkdownText).join(' · ')}`] : []),
  ];
  const lines = [`### \`${page.path}\`${title}`, '', facts.join(' · '), ''];
  // Field names come in backticks (`sources` changed): code spans are kept, the rest is literal.
  for (const change of comparison.metadata) lines.push(`- ${escapeMarkdownText(describeMetadataChange(change, locale)).replace(/\\`/g, '`')}`);
  const blocks = changedBlocks(page);
  for (const block of blocks.slice(0, BLOCKS_PER_PAGE)) lines.push(blockItem(block, strings));
  if (blocks.length > BLOCKS_PER_PAGE) lines.push(`- ${strings.moreBlocks(blocks.length - BLOCKS_PER_PAGE)}`);
  return lines.join('\n').trimEnd();
}

function summaryTable(report: RedlineReport, strings: RedlineStrings): string {
  const {summary} = report;
  return [
    `| ${strings.chaptersChanged} | ${strings.pagesChanged} | ${strings.words} | ${strings.statusChanges} |`,
    '|---:|---:|---:|---:|',
    `| ${summary.chapters} | ${summary.pages} | +${summary.wordsAdded} −${summary.wordsRemoved} | ${summary.statusChanges.length} |`,
  ].join('\n');
}

function statusList(report: RedlineReport, strings: RedlineStrings, locale: RedlineLocale): string {
  if (report.summary.statusChanges.length === 0) return '';
  const items = report.summary.statusChanges.map(({path, title, before, after}) => {
    const phrase = describeMetadataChange({field: 'status', key: 'status', ...(before ? {before} : {}), ...(after ? {after} : {})}, locale);
    return `- ${title ? `${escapeMarkdownText(title)} ` : ''}(\`${path}\`): ${escapeMarkdownText(phrase.replace(/^Status: /, ''))}`;
  });
  return [`**${strings.statusChanges}**`, '', ...items].join('\n');
}

/** The report as a GitHub comment, never longer than `maxLength`; pages that do not fit are counted in a closing note. */
export function formatMarkdown(report: RedlineReport, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? 'en';
  const strings = REDLINE_STRINGS[locale];
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const head = [REDLINE_COMMENT_MARKER, `## ${strings.title}`, strings.compared(`**${escapeMarkdownText(report.base.label)}**`, `**${escapeMarkdownText(report.head.label)}**`)];
  if (report.pages.length === 0) return `${[...head, strings.noChanges].join('\n\n')}\n`;
  const parts = [...head, summaryTable(report, strings), statusList(report, strings, locale)].filter(Boolean);
  // Room kept for the closing note about pages left out.
  const reserve = strings.morePages(report.pages.length).length + 8;
  let length = parts.join('\n\n').length;
  let shown = 0;
  for (const page of report.pages) {
    const section = pageSection(page, strings, locale);
    const isLast = shown === report.pages.length - 1;
    if (length + 2 + section.length + (isLast ? 0 : reserve) > maxLength - 1) break;
    parts.push(section);
    length += 2 + section.length;
    shown++;
  }
  if (shown < report.pages.length) parts.push(`> ${strings.morePages(report.pages.length - shown)}`);
  return `${parts.join('\n\n')}\n`;
}
