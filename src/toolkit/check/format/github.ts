/**
 * GitHub Actions workflow commands, one per finding, so findings appear on
 * the pull request's changed lines.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
import type {Diagnostic, Severity} from '../types';

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'};

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats findings as `::error file=...,line=...::message` lines. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        ...(d.endLine !== undefined ? [`endLine=${d.endLine}`] : []),
        ...(d.endColumn !== undefined && d.endLine === d.line ? [`endColumn=${d.endColumn}`] : []),
        `title=${escapeProperty(`masterplan check (${d.ruleId})`)}`,
      ];
      return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.hint ? `${d.message}. ${d.hint}` : d.message)}\n`;
    })
    .join('');
}
