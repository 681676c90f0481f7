import type {RedlineReport} from '../types';
import type {RedlineLocale} from '../metadata';
import type {RedlineFormat} from './formats';
import {formatHtml} from './html';
import {formatJson} from './json';
import {formatMarkdown} from './markdown';
import {formatStylish} from './stylish';

export {REDLINE_FORMATS, type RedlineFormat} from './formats';
export {formatHtml, redlineHtml, type HtmlOptions} from './html';
export {formatJson} from './json';
export {formatMarkdown, escapeMarkdownText, GITHUB_COMMENT_LIMIT, REDLINE_COMMENT_MARKER, BLOCKS_PER_PAGE, type MarkdownOptions} from './markdown';
export {formatStylish, type StylishOptions} from './stylish';
export {REDLINE_STRINGS, type RedlineStrings} from './strings';
export {trimContext, changedBlocks} from './excerpt';

/** The report in one of the formats of `masterplan diff`. */
export function formatRedline(report: RedlineReport, format: RedlineFormat, options: {locale?: RedlineLocale; color?: boolean} = {}): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report, options.locale ? {locale: options.locale} : {});
    case 'html':
      return formatHtml(report, options.locale ? {locale: options.locale} : {});
    case 'stylish':
      return formatStylish(report, {color: options.color ?? false});
  }
}
