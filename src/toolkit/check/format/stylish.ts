/**
 * Human output in vfile-reporter's layout: the file, then one line per
 * finding (`line:column-endLine:endColumn  severity  message  rule`), then a
 * summary line.
 */
// Not vfile-reporter 8 itself: it pads with one space, prints hints as `[note]:` blocks, lists every clean file ("no issues found", 20,000 lines on a large run) and sums up as "4 messages (✖ 2 errors, ⚠ 1 warning)".
import {countBySeverity} from '../checkContent';
import type {Diagnostic} from '../types';

function place(diagnostic: Diagnostic): string {
  const start = `${diagnostic.line}:${diagnostic.column}`;
  return diagnostic.endLine !== undefined && diagnostic.endColumn !== undefined ? `${start}-${diagnostic.endLine}:${diagnostic.endColumn}` : start;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The summary line, e.g. `✖ 2 errors, 1 warning`. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const counts = countBySeverity(diagnostics);
  const parts = [counts.error > 0 ? plural(counts.error, 'error') : '', counts.warning > 0 ? plural(counts.warning, 'warning') : '', counts.info > 0 ? plural(counts.info, 'info') : ''].filter(Boolean);
  if (parts.length === 0) return '✔ no issues found';
  return `${counts.error > 0 ? '✖' : '⚠'} ${parts.join(', ')}`;
}

/** Formats findings for a terminal. */
export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const places = list.map(place);
    const placeWidth = Math.max(...places.map((text) => text.length));
    const severityWidth = Math.max(...list.map((d) => d.severity.length));
    const messageWidth = Math.max(...list.map((d) => d.message.length));
    const lines = list.map((diagnostic, index) => {
      const row = `${(places[index] ?? '').padEnd(placeWidth)}  ${diagnostic.severity.padEnd(severityWidth)}  ${diagnostic.message.padEnd(messageWidth)}  ${diagnostic.ruleId}`;
      return diagnostic.hint ? `${row}\n${' '.repeat(placeWidth + severityWidth + 4)}${diagnostic.hint}` : row;
    });
    blocks.push(`${file}\n${lines.map((line) => line.trimEnd()).join('\n')}`);
  }
  blocks.push(summaryLine(diagnostics));
  return `${blocks.join('\n\n')}\n`;
}
