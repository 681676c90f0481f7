/**
 * The redline as one self-contained HTML file (no request leaves it: styles
 * inline, no scripts, no fonts), for reviewers who download it from the
 * pull request. Insertions are `<ins>`, deletions `<del>`, each announced by
 * screen readers through visually hidden start and end words (most do not
 * announce the elements themselves); light and dark follow the reader's
 * system (`prefers-color-scheme`), and it prints in black on white with the
 * marks kept. Code, diagrams and formulas are shown whole, before and after.
 */
import {diffArrays} from 'diff';

import {escapeHtml} from '../../pdf/html';
import {describeMetadataChange, type RedlineLocale} from '../metadata';
import {TEXT_BLOCK_KINDS, type PageRedline, type RedlineBlock, type RedlineReport, type WordSegment} from '../types';
import {blockLine, changedBlocks} from './excerpt';
import {REDLINE_STRINGS, type RedlineStrings} from './strings';

export interface HtmlOptions {
  /** The document's language (its words, not the pages'). Default: English. */
  locale?: RedlineLocale;
}

/** The word-level redline of a text block as inline HTML: `<ins>` and `<del>` around the changed words. */
export function redlineHtml(segments: readonly WordSegment[]): string {
  return segments
    .map((segment) => {
      if (segment.op === 'equal') return escapeHtml(segment.text);
      const space = segment.text.startsWith(' ') ? ' ' : '';
      const tag = segment.op === 'insert' ? 'ins' : 'del';
      return `${space}<${tag}>${escapeHtml(segment.text.trimStart())}</${tag}>`;
    })
    .join('');
}

/**
 * A whole block shown before and after, the lines that differ marked: removed
 * lines in `<del>` on the left, added lines in `<ins>` on the right. A block
 * only added or only removed is shown plain.
 */
function markedLines(before: string | undefined, after: string | undefined): [string | undefined, string | undefined] {
  if (before === undefined || after === undefined) return [before === undefined ? undefined : escapeHtml(before), after === undefined ? undefined : escapeHtml(after)];
  const left: string[] = [];
  const right: string[] = [];
  for (const change of diffArrays(before.split('\n'), after.split('\n'))) {
    for (const line of change.value) {
      if (change.removed) left.push(`<del>${escapeHtml(line)}</del>`);
      else if (change.added) right.push(`<ins>${escapeHtml(line)}</ins>`);
      else {
        left.push(escapeHtml(line));
        right.push(escapeHtml(line));
      }
    }
  }
  return [left.join('\n'), right.join('\n')];
}

/** Colours measured for WCAG AA (4.5:1 or more) on their backgrounds, in both schemes. */
function styles(strings: RedlineStrings): string {
  const cssText = (text: string) => JSON.stringify(` ${text} `);
  return `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #4d4d4d; --line: #c8c8c8; --ins-fg: #0a3d1c; --ins-bg: #d2f4dc; --del-fg: #6e0e0a; --del-bg: #fde0de; --link: #0b57d0; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #121212; --muted: #b3b3b3; --line: #3d3d3d; --ins-fg: #d7f7df; --ins-bg: #14401f; --del-fg: #ffdedb; --del-bg: #4d1613; --link: #8ab4f8; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
h1 { font-size: 1.6rem; margin-top: 0; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 0.25rem; padding-top: 1rem; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.75rem; text-align: left; }
.rl-facts, .rl-meta { color: var(--muted); }
.rl-meta { font-size: 0.875rem; margin: 0 0 0.25rem; }
.rl-block { border-left: 4px solid var(--line); padding: 0.25rem 0 0.25rem 0.75rem; margin: 1rem 0; }
.rl-block--added { border-left-color: var(--ins-fg); }
.rl-block--removed { border-left-color: var(--del-fg); }
.rl-text { margin: 0; }
.rl-section { font-weight: 600; margin: 1.25rem 0 0; }
ins { color: var(--ins-fg); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: 2px; }
del { color: var(--del-fg); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: 2px; }
ins::before, ins::after, del::before, del::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
ins::before { content: ${cssText(strings.insertionStart)}; }
ins::after { content: ${cssText(strings.insertionEnd)}; }
del::before { content: ${cssText(strings.deletionStart)}; }
del::after { content: ${cssText(strings.deletionEnd)}; }
.rl-versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0.75rem; margin: 0; }
.rl-versions figure { margin: 0; }
figcaption { font-size: 0.875rem; color: var(--muted); }
pre { margin: 0; padding: 0.5rem; overflow-x: auto; border: 1px solid var(--line); font-size: 0.875rem; white-space: pre-wrap; }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
pre ins, pre del { display: inline-block; min-width: 100%; }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; --ins-fg: #000; --ins-bg: transparent; --del-fg: #000; --del-bg: transparent; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  ins { font-weight: 600; }
  .rl-block, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
}

function blockHtml(block: RedlineBlock, strings: RedlineStrings): string {
  const changeWord = {modified: strings.change.modified, added: strings.change.added, removed: strings.change.removed, unchanged: ''}[block.change];
  const meta = `<p class="rl-meta">${strings.line} ${blockLine(block)} · ${escapeHtml(strings.blockKind[block.kind])} · ${escapeHtml(changeWord)}</p>`;
  let body: string;
  if (TEXT_BLOCK_KINDS.has(block.kind) && block.words) {
    body = block.markupOnly ? `<p class="rl-text">${escapeHtml((block.after ?? block.before)!.text)} <em class="rl-meta">(${escapeHtml(strings.markupOnly)})</em></p>` : `<p class="rl-text">${redlineHtml(block.words)}</p>`;
  } else {
    const [beforeHtml, afterHtml] = markedLines(block.before?.text, block.after?.text);
    const figure = (label: string, className: string, html: string) => `<figure><figcaption>${escapeHtml(label)}</figcaption><pre class="${className}"><code>${html}</code></pre></figure>`;
    body = `<div class="rl-versions">${beforeHtml === undefined ? '' : figure(strings.before, 'rl-before', beforeHtml)}${afterHtml === undefined ? '' : figure(strings.after, 'rl-after', afterHtml)}</div>`;
  }
  return `<div class="rl-block rl-block--${block.change}">${meta}${body}</div>`;
}

function pageHtml(page: PageRedline, index: number, strings: RedlineStrings, locale: RedlineLocale): string {
  const {comparison} = page;
  const heading = `<h2 id="page-${index + 1}">${escapeHtml(page.title ?? page.id)} <span class="rl-facts">(${page.locale.toUpperCase()})</span></h2>`;
  const facts = [
    `<code>${escapeHtml(page.path)}</code>`,
    page.previousPath ? `${escapeHtml(strings.change[page.change])} (${escapeHtml(strings.from)} <code>${escapeHtml(page.previousPath)}</code>)` : escapeHtml(strings.change[page.change]),
    `${escapeHtml(strings.words)}: +${comparison.wordsAdded} −${comparison.wordsRemoved}`,
  ];
  const metadata = comparison.metadata.length === 0 ? '' : `<ul>${comparison.metadata.map((change) => `<li>${escapeHtml(describeMetadataChange(change, locale))}</li>`).join('')}</ul>`;
  const blocks: string[] = [];
  let section: string | undefined;
  for (const block of changedBlocks(page)) {
    // The section a block is in, once per run of blocks in it, unless the block is that heading itself.
    if (block.section !== undefined && block.section !== section && block.kind !== 'heading') blocks.push(`<p class="rl-section">§ ${escapeHtml(block.section)}</p>`);
    section = block.section;
    blocks.push(blockHtml(block, strings));
  }
  return `<article lang="${page.locale}" aria-labelledby="page-${index + 1}">${heading}<p class="rl-facts">${facts.join(' · ')}</p>${metadata}${blocks.join('\n')}</article>`;
}

/** The report as one HTML document, with no external resources. */
export function formatHtml(report: RedlineReport, options: HtmlOptions = {}): string {
  const locale = options.locale ?? 'en';
  const strings = REDLINE_STRINGS[locale];
  const {summary} = report;
  const title = `${strings.title}: ${report.base.label} → ${report.head.label}`;
  const intro = `<p>${escapeHtml(strings.compared(report.base.label, report.head.label))}</p><p>${escapeHtml(strings.legend)}</p>`;
  const table =
    `<table><tbody><tr><th scope="row">${escapeHtml(strings.chaptersChanged)}</th><td>${summary.chapters}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(strings.pagesChanged)}</th><td>${summary.pages}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(strings.words)}</th><td>+${summary.wordsAdded} −${summary.wordsRemoved}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(strings.statusChanges)}</th><td>${summary.statusChanges.length}</td></tr></tbody></table>`;
  const problems =
    report.diagnostics.length === 0
      ? ''
      : `<section aria-labelledby="problems"><h2 id="problems">${escapeHtml(strings.problems)}</h2><ul>${report.diagnostics.map((d) => `<li><code>${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</code> ${escapeHtml(d.message)}</li>`).join('')}</ul></section>`;
  const nav =
    report.pages.length === 0
      ? `<p>${escapeHtml(strings.noChanges)}</p>`
      : `<nav aria-labelledby="contents"><h2 id="contents">${escapeHtml(strings.contents)}</h2><ol>${report.pages.map((page, index) => `<li><a href="#page-${index + 1}">${escapeHtml(page.title ?? page.id)}</a> (${page.locale.toUpperCase()}, ${escapeHtml(strings.change[page.change])})</li>`).join('')}</ol></nav>`;
  const pages = report.pages.map((page, index) => pageHtml(page, index, strings, locale)).join('\n');
  return `<!doctype html>
<html lang="${strings.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
${styles(strings)}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(strings.title)}</h1>
${intro}
${table}
${problems}
${nav}
${pages}
</main>
</body>
</html>
`;
}
