/**
 * The annex of a PDF made with `--changes-since`: per changed chapter, its
 * frontmatter changes in plain words and a table of its changed blocks, each
 * with the page its bar is on (the bars' text equivalent), what changed,
 * words added and removed, and the words themselves (`<ins>`/`<del>`).
 * The annex is printed with placeholder page numbers first, then again on
 * its own with the real ones (like the table of contents; see contents.ts).
 */
import {describeMetadataChange, TEXT_BLOCK_KINDS, type RedlineBlock, type WordSegment} from '../redline';
import type {BarSpan, PlacedBar} from './changeBars';
import type {PdfChapter} from './chapters';
import {baseName, type ChangePlan, type PdfChanges, type PlannedChange} from './changeMarks';
import {escapeHtml} from './html';
import type {PdfLocale} from './locales';
import type {PdfStrings} from './strings';
import {PAGE_PLACEHOLDER} from './tableOfContents';

/** Id of the annex's section: the target of its line in the contents and of its bookmark. */
export const ANNEX_ANCHOR = 'lampiran-perubahan';
/** An empty element at the top of the annex's first page, where the bars' coordinates are measured from (changeBars.ts). */
export const ANNEX_ORIGIN = 'lampiran-perubahan-awal';

/** Words of context kept on each side of a change in a long paragraph. */
const CONTEXT_WORDS = 6;
/** Words shown of a block added or removed whole. */
const EXCERPT_WORDS = 30;
/** Characters shown of the first line of code, a diagram or a formula. */
const SOURCE_CHARACTERS = 80;

/** What the annex says about the changes, besides the plan. */
export interface AnnexData {
  chapters: readonly PdfChapter[];
  changes: PdfChanges;
  plan: ChangePlan;
  /** Each planned change's bar (in the plan's order), for the link to it. */
  spans: readonly (BarSpan | undefined)[];
  /** Where each bar ended up; omitted in the first print, whose page numbers are placeholders. */
  placed?: readonly (PlacedBar | undefined)[];
  strings: PdfStrings;
  locale: PdfLocale;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function firstWords(text: string, count: number): string {
  const all = words(text);
  return all.length > count ? `${all.slice(0, count).join(' ')} …` : all.join(' ');
}

/** A modified paragraph's redline, with long unchanged stretches cut to a few words either side of a change. */
function compactRedline(segments: readonly WordSegment[]): string {
  return segments
    .map((segment, index) => {
      if (segment.op === 'insert') return `<ins>${escapeHtml(segment.text)}</ins>`;
      if (segment.op === 'delete') return `<del>${escapeHtml(segment.text)}</del>`;
      const all = words(segment.text);
      const lead = /^\s/.test(segment.text) ? ' ' : '';
      const trail = /\s$/.test(segment.text) ? ' ' : '';
      const isFirst = index === 0;
      const isLast = index === segments.length - 1;
      const keep = (isFirst ? 0 : CONTEXT_WORDS) + (isLast ? 0 : CONTEXT_WORDS);
      if (all.length <= keep + 1) return escapeHtml(segment.text);
      const head = isFirst ? [] : all.slice(0, CONTEXT_WORDS);
      const tail = isLast ? [] : all.slice(-CONTEXT_WORDS);
      return escapeHtml(`${lead}${[...head, '…', ...tail].join(' ')}${trail}`);
    })
    .join('');
}

/** The words of a changed block as the annex prints them. */
function blockText(block: RedlineBlock, strings: PdfStrings): string {
  const section = block.section !== undefined && block.kind !== 'heading' ? `<span class="pdf-annex__section">§ ${escapeHtml(block.section)} — </span>` : '';
  if (!TEXT_BLOCK_KINDS.has(block.kind)) {
    const source = (block.after ?? block.before)?.text.split('\n').find((line) => line.trim() !== '') ?? '';
    const line = source.length > SOURCE_CHARACTERS ? `${source.slice(0, SOURCE_CHARACTERS)}…` : source;
    return `${section}<code>${escapeHtml(line)}</code>`;
  }
  if (block.markupOnly) return `${section}${escapeHtml(firstWords(block.after?.text ?? '', EXCERPT_WORDS))} <em>(${escapeHtml(strings.changes.markupOnly)})</em>`;
  if (block.change === 'added') return `${section}<ins>${escapeHtml(firstWords(block.after?.text ?? '', EXCERPT_WORDS))}</ins>`;
  if (block.change === 'removed') return `${section}<del>${escapeHtml(firstWords(block.before?.text ?? '', EXCERPT_WORDS))}</del>`;
  return `${section}${compactRedline(block.words ?? [])}`;
}

function pagesText(placed: PlacedBar | undefined, firstPrint: boolean, located: boolean): string {
  if (!located) return '—';
  if (firstPrint) return PAGE_PLACEHOLDER;
  if (!placed) return '—';
  return placed.first === placed.last ? String(placed.first) : `${placed.first}–${placed.last}`;
}

function changeRow(change: PlannedChange, span: BarSpan | undefined, placed: PlacedBar | undefined, data: AnnexData): string {
  const {strings} = data;
  const {block} = change;
  const pages = pagesText(placed, data.placed === undefined, span !== undefined);
  const target = span && (span.kind === 'block' ? span.start : span.at);
  const pagesCell = target ? `<a href="#${escapeHtml(encodeURIComponent(target))}">${pages}</a>` : pages;
  const what = `${strings.changes.blockKind[block.kind]} ${strings.changes.change[block.change as Exclude<typeof block.change, 'unchanged'>]}`;
  const counted = block.wordsAdded > 0 || block.wordsRemoved > 0 ? `+${block.wordsAdded} −${block.wordsRemoved}` : '';
  return `<tr><td class="pdf-annex__pages">${pagesCell}</td><td>${escapeHtml(what)}</td><td class="pdf-annex__words">${counted}</td><td>${blockText(block, strings)}</td></tr>`;
}

function chapterPart(chapter: PdfChapter, rows: string[], data: AnnexData): string {
  const {strings, locale} = data;
  const changed = data.changes.chapters.get(chapter.sourceFile)!;
  const {comparison} = changed;
  const intro = [
    changed.added ? escapeHtml(strings.changes.newChapter) : '',
    comparison.wordsAdded > 0 || comparison.wordsRemoved > 0 ? `${escapeHtml(strings.changes.columns.words)}: +${comparison.wordsAdded} −${comparison.wordsRemoved}` : '',
  ].filter(Boolean);
  const metadata =
    comparison.metadata.length > 0 && !changed.added
      ? `<h3>${escapeHtml(strings.changes.chapterData)}</h3><ul>${comparison.metadata.map((change) => `<li>${escapeHtml(describeMetadataChange(change, locale))}</li>`).join('')}</ul>`
      : '';
  const {columns} = strings.changes;
  const table =
    rows.length > 0
      ? `<table><colgroup><col class="pdf-annex__pages"><col class="pdf-annex__change"><col class="pdf-annex__words"><col></colgroup>` +
        `<thead><tr><th>${escapeHtml(columns.pages)}</th><th>${escapeHtml(columns.change)}</th><th>${escapeHtml(columns.words)}</th><th>${escapeHtml(columns.text)}</th></tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table>`
      : '';
  return `<h2 id="${ANNEX_ANCHOR}-bab-${chapter.number}">${escapeHtml(`${chapter.number}. ${chapter.title}`)}</h2>${intro.length > 0 ? `<p>${intro.join(' ')}</p>` : ''}${metadata}${table}`;
}

/** The annex's HTML: a section that starts on a new page, with a bookmark for itself and for each chapter in it. */
export function changesAnnexHtml(data: AnnexData): string {
  const {strings, plan, changes} = data;
  const base = baseName(changes.base, strings);
  const rowsByChapter = new Map<number, string[]>();
  plan.changes.forEach((change, index) => {
    const rows = rowsByChapter.get(change.chapter.number) ?? [];
    rows.push(changeRow(change, data.spans[index], data.placed?.[index], data));
    rowsByChapter.set(change.chapter.number, rows);
  });
  const changedChapters = data.chapters.filter((chapter) => changes.chapters.has(chapter.sourceFile));
  const [wordsAdded, wordsRemoved] = changedChapters.reduce(
    ([added, removed], chapter) => {
      const {comparison} = changes.chapters.get(chapter.sourceFile)!;
      return [added + comparison.wordsAdded, removed + comparison.wordsRemoved];
    },
    [0, 0],
  );
  const summary =
    changedChapters.length === 0 && changes.removedChapters.length === 0
      ? escapeHtml(strings.changes.nothingChanged(base))
      : escapeHtml(strings.changes.summary(changedChapters.length, wordsAdded, wordsRemoved));
  const unchanged = changedChapters.length > 0 && changedChapters.length < data.chapters.length ? ` ${escapeHtml(strings.changes.otherChaptersUnchanged)}` : '';
  const removed =
    changes.removedChapters.length > 0
      ? `<h2 id="${ANNEX_ANCHOR}-dihapus">${escapeHtml(strings.changes.removedChapters)}</h2><ul>${changes.removedChapters
          .map((chapter) => `<li>${escapeHtml(chapter.title)} <span class="pdf-annex__section">(${escapeHtml(chapter.sourceFile)})</span></li>`)
          .join('')}</ul>`
      : '';
  return `<section class="pdf-annex" id="${ANNEX_ANCHOR}" data-title="${escapeHtml(strings.changes.annexTitle)}">
<div class="pdf-block-end" id="${ANNEX_ORIGIN}"></div>
<h1>${escapeHtml(strings.changes.annexHeading(base))}</h1>
<p><span class="pdf-annex__bar" role="img" aria-label="${escapeHtml(strings.changes.barLabel)}"></span>${escapeHtml(strings.changes.legend)}</p>
${data.spans.includes(undefined) ? `<p>${escapeHtml(strings.changes.notLocated)}</p>` : ''}
<p>${summary}${unchanged}</p>
${changedChapters.map((chapter) => chapterPart(chapter, rowsByChapter.get(chapter.number) ?? [], data)).join('\n')}
${removed}
<nav class="pdf-destinations" hidden><a href="#${ANNEX_ORIGIN}"></a></nav>
</section>`;
}
