/** Offsets in a file's text to the 1-based lines and columns findings are reported at. */
import {location} from 'vfile-location';

import type {Span} from './types';

/** Maps offsets of one text to lines and columns; LF, CRLF and CR end a line, as they do for the Markdown parser. */
export interface LineIndex {
  /** Line and column of a 0-based offset (clamped to the text). */
  position(offset: number): {line: number; column: number};
  /** The span between two offsets. */
  span(start: number, end: number): Span;
}

/** A {@link LineIndex} of `text`, built on vfile-location (lines are found as far as asked for). */
export function lineIndex(text: string): LineIndex {
  const {toPoint} = location(text);
  const position = (offset: number): {line: number; column: number} => {
    // In range, toPoint always answers.
    const point = toPoint(Math.min(Math.max(offset, 0), text.length))!;
    return {line: point.line, column: point.column};
  };
  return {
    position,
    span(start, end) {
      const from = position(start);
      const to = position(end);
      return {line: from.line, column: from.column, endLine: to.line, endColumn: to.column};
    },
  };
}
