/**
 * Machine output. The shape is stable (version 1); fields are only added:
 *
 * ```json
 * {
 *   "version": 1,
 *   "summary": {"files": 34, "errors": 0, "warnings": 11, "infos": 0},
 *   "diagnostics": [
 *     {"file": "docs/a.md", "line": 3, "column": 1, "endLine": 3, "endColumn": 7,
 *      "severity": "error", "ruleId": "schema", "message": "...", "hint": "..."}
 *   ]
 * }
 * ```
 * `endLine`, `endColumn` and `hint` are present only when known.
 */
import {countBySeverity} from '../checkContent';
import type {Diagnostic} from '../types';

/** The JSON report's shape (version 1). */
export interface JsonReport {
  version: 1;
  summary: {files: number; errors: number; warnings: number; infos: number};
  diagnostics: Diagnostic[];
}

/** Builds the JSON report. */
export function toJsonReport(diagnostics: readonly Diagnostic[], fileCount: number): JsonReport {
  const counts = countBySeverity(diagnostics);
  return {
    version: 1,
    summary: {files: fileCount, errors: counts.error, warnings: counts.warning, infos: counts.info},
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? {endLine: d.endLine} : {}),
      ...(d.endColumn !== undefined ? {endColumn: d.endColumn} : {}),
      severity: d.severity,
      ruleId: d.ruleId,
      message: d.message,
      ...(d.hint ? {hint: d.hint} : {}),
    })),
  };
}

/** Formats findings as JSON text. */
export function formatJson(diagnostics: readonly Diagnostic[], fileCount: number): string {
  return `${JSON.stringify(toJsonReport(diagnostics, fileCount), null, 2)}\n`;
}
