import {isCabinetByline, looksLikeByline, parseCabinetByline, parseNewsPortalByline, type BylineReading} from './byline';
import {toIsoString} from './calendar';
import {readDateOption} from './dateOption';
import {DATE_PHRASE, readDatePhrase} from './datePhrase';
import {splitDateline} from './dateline';
import {pressError, type PressDiagnostic} from './diagnostics';
import {detectLayout} from './layout';
import {isPageMetadata, isPhotoCaption, isRelatedArticle, isSeparator} from './lineKinds';
import type {PressLayout, PressRecord} from './record';
import {closingSourceTag, sourceTagLine} from './sourceTag';
import {deriveTitle} from './title';

/** Overrides given on the command line. */
export interface ParseOptions {
  /** Headline to use instead of the published or derived one (`--title`). */
  title?: string;
  /** Publication date to use instead of the byline's (`--date`), ISO 8601. */
  date?: string;
}

/** The record read from a release, or the errors that stopped it. */
export interface ParsedRelease {
  /** Null when there is at least one error. */
  record: PressRecord | null;
  layout: PressLayout;
  diagnostics: PressDiagnostic[];
}

interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
}

/** A line that is only a date, as some pages print it under the headline: `Rabu, 2 Maret 2016 | 14:35 WIB`. */
const DATE_LINE = new RegExp(
  String.raw`^(?:[A-Za-z']+[ \t]*,[ \t]*)?(?<date>${DATE_PHRASE})(?:[ \t]*[|,-]?[ \t]*(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[ \t]*(?<zone>WITA|WIB|WIT)\b)?)?[ \t]*$`,
  'i',
);

const WHAT_TO_DO_WITH_DATE = 'Copy the byline as published, or pass --date, e.g. --date 2016-03-02T14:35+07:00 (the importer never uses today)';

/**
 * Reads a release's text into a {@link PressRecord}. Never throws: anything it
 * cannot use is reported as a diagnostic with the line it concerns.
 */
export function parseReleaseText(text: string, options: ParseOptions = {}): ParsedRelease {
  const diagnostics: PressDiagnostic[] = [];
  const all: Line[] = text.split('\n').map((raw, index) => ({number: index + 1, text: raw.replace(/[ \t\r\f\v\u00a0\ufeff]+$/u, '')}));
  const filled = all.filter((line) => line.text.trim() !== '');
  const layout = detectLayout(filled.slice(0, 4).map((line) => line.text.trim()));
  const fail = (line: number, message: string, hint: string): ParsedRelease => ({
    record: null,
    layout,
    diagnostics: [...diagnostics, pressError(line, message, hint)],
  });

  if (filled.length === 0) return fail(1, 'file is empty', 'Paste the release as published: headline, byline, then its paragraphs');

  // Header: headline, separator, byline, metadata, in the order the layout prints them.
  let cursor = 0;
  let headline: Line | null = null;
  let bylineLine: Line | null = null;
  let byline: BylineReading | null = null;
  let dateLine: {line: Line; iso: string} | null = null;
  const at = (index: number): Line | undefined => filled[index];
  const trimmed = (index: number): string => at(index)?.text.trim() ?? '';

  const isHeaderLine = (value: string): boolean => isSeparator(value) || looksLikeByline(value) || isPhotoCaption(value);
  const firstLine = trimmed(0);
  if (!isHeaderLine(firstLine) && !DATE_LINE.test(firstLine) && looksLikeHeadline(firstLine, filled.length, layout)) {
    headline = at(0) ?? null;
    cursor = 1;
  }
  for (let guard = 0; guard < 6 && cursor < filled.length; guard++) {
    const value = trimmed(cursor);
    const line = at(cursor)!;
    if (isSeparator(value) || isPhotoCaption(value)) {
      cursor++;
    } else if (!bylineLine && isCabinetByline(value)) {
      bylineLine = line;
      byline = parseCabinetByline(value);
      cursor++;
      while (cursor < filled.length && isPageMetadata(trimmed(cursor))) cursor++;
    } else if (!bylineLine && looksLikeByline(value)) {
      bylineLine = line;
      byline = parseNewsPortalByline(value);
      cursor++;
    } else if (!bylineLine && !dateLine && value.length < 80 && DATE_LINE.test(value)) {
      const groups = DATE_LINE.exec(value)?.groups ?? {};
      const time = groups.hour !== undefined && groups.minute !== undefined ? {hour: groups.hour, minute: groups.minute} : undefined;
      const reading = readDatePhrase(groups.date ?? '', time, groups.zone);
      if (!reading.ok) return fail(line.number, reading.problem, WHAT_TO_DO_WITH_DATE);
      dateLine = {line, iso: toIsoString(reading.date)};
      cursor++;
    } else {
      break;
    }
  }

  // Body: the remaining lines, without captions, related-article links and a lone source tag.
  let sourceTag: string | null = null;
  const bodyLines: Line[] = [];
  const bodyStart = filled[cursor]?.number ?? all.length + 1;
  const rest = all.filter((line) => line.number >= bodyStart);
  for (const line of rest) {
    const value = line.text.trim();
    if (value === '') {
      bodyLines.push(line);
      continue;
    }
    if (isPhotoCaption(value) || isRelatedArticle(value) || isSeparator(value)) continue;
    const tag = sourceTagLine(value);
    if (tag !== null) {
      sourceTag = tag;
      continue;
    }
    bodyLines.push({number: line.number, text: value});
  }
  const paragraphs = groupParagraphs(bodyLines);

  if (paragraphs.length === 0) {
    if (headline && !bylineLine) {
      return fail(headline.number, 'file has only a headline and no text', 'Paste the release\'s paragraphs under its headline');
    }
    const last = filled[filled.length - 1]!;
    return fail(last.number, 'release has no body text after this line', 'Paste the release\'s paragraphs after its byline');
  }

  // Date: --date, then the byline, then a date line; never today.
  let date: string;
  if (options.date !== undefined) {
    const reading = readDateOption(options.date);
    if (!reading.ok) return fail(1, `--date ${reading.problem}`, 'Pass --date as YYYY-MM-DDTHH:MM+07:00');
    date = reading.iso;
  } else if (byline && bylineLine) {
    if (!byline.ok) return fail(bylineLine.number, byline.problem, WHAT_TO_DO_WITH_DATE);
    date = toIsoString(byline.byline.date);
  } else if (dateLine) {
    date = dateLine.iso;
  } else {
    return fail(
      bylineLine?.number ?? headline?.number ?? filled[0]!.number,
      'release has no publication date (no byline or date line under the headline)',
      WHAT_TO_DO_WITH_DATE,
    );
  }
  const people = byline?.ok ? byline.byline : null;

  const lede = paragraphs[0]!;
  const {dateline, agency, rest: ledeText} = splitDateline(lede);
  sourceTag ??= closingSourceTag(paragraphs[paragraphs.length - 1]!);

  const givenTitle = options.title?.trim() || headline?.text.trim() || null;
  const title = givenTitle ?? (deriveTitle(ledeText) || deriveTitle(lede));
  if (title === '') return fail(bodyStart, 'cannot derive a headline from the first paragraph', 'Pass --title "<headline>"');

  return {
    record: {
      title,
      titleDerived: givenTitle === null,
      date,
      author: people?.author ?? null,
      editor: people?.editor ?? null,
      dateline,
      newsAgency: agency,
      sourceTag,
      paragraphs,
    },
    layout,
    diagnostics,
  };
}

/**
 * A first line is the headline unless it reads like body text. In the plain
 * layout a headline is short and does not end a sentence.
 */
function looksLikeHeadline(line: string, lineCount: number, layout: PressLayout): boolean {
  if (layout !== 'plain') return true;
  if (lineCount === 1) return line.length <= 200;
  return line.length <= 200 && !/[.,;:]$/.test(line);
}

/**
 * Paragraphs are one a line, or blocks separated by blank lines (then a block's
 * hard-wrapped lines are joined with a space). A file is taken as
 * blank-line-separated when most gaps between its lines are blank lines, so a
 * stray blank line in a one-paragraph-a-line file changes nothing.
 */
function groupParagraphs(lines: readonly Line[]): string[] {
  const blocks: string[][] = [[]];
  let blankGaps = 0;
  let gaps = 0;
  let previousBlank = false;
  for (const line of lines) {
    if (line.text === '' || line.text.trim() === '') {
      if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
      previousBlank = true;
      continue;
    }
    const current = blocks[blocks.length - 1]!;
    if (current.length > 0 || blocks.length > 1) {
      gaps++;
      if (previousBlank) blankGaps++;
    }
    current.push(line.text);
    previousBlank = false;
  }
  const filled = blocks.filter((block) => block.length > 0);
  const blankSeparated = gaps > 0 && blankGaps * 2 > gaps;
  return blankSeparated ? filled.map((block) => block.join(' ')) : filled.flat();
}
