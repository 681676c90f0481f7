/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that ran as
 * `reportingDescriptor`s, one result per finding with its region.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import type {Log, ReportingDescriptor, Result} from 'sarif';

import type {Diagnostic, Rule, Severity} from '../types';

const LEVEL: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'};

/** Findings of the parser itself, described like a rule. */
const PARSE_RULE = {id: 'parse', description: 'Files are readable UTF-8 text with well-formed YAML and Markdown.', severity: 'error' as Severity};

/** Builds the SARIF log. `uri`s are relative to the repository root (`%SRCROOT%`). */
export function toSarif(diagnostics: readonly Diagnostic[], rules: readonly Pick<Rule, 'id' | 'description' | 'severity'>[], version = '0.1.0'): Log {
  const described = [PARSE_RULE, ...rules];
  const descriptors: ReportingDescriptor[] = described.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: {text: rule.description},
    defaultConfiguration: {level: LEVEL[rule.severity]},
  }));
  const index = new Map(described.map((rule, i) => [rule.id, i]));
  const results: Result[] = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ...(index.has(d.ruleId) ? {ruleIndex: index.get(d.ruleId)} : {}),
    level: LEVEL[d.severity],
    message: {text: d.hint ? `${d.message}. ${d.hint}` : d.message},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri: d.file, uriBaseId: '%SRCROOT%'},
          region: {
            startLine: d.line,
            startColumn: d.column,
            ...(d.endLine !== undefined ? {endLine: d.endLine} : {}),
            ...(d.endColumn !== undefined ? {endColumn: d.endColumn} : {}),
          },
        },
      },
    ],
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {driver: {name: 'masterplan-check', version, informationUri: 'https://github.com/panrb-egov/masterplan#checking-content', rules: descriptors}},
        results,
      },
    ],
  };
}

/** Formats findings as SARIF text. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly Pick<Rule, 'id' | 'description' | 'severity'>[]): string {
  return `${JSON.stringify(toSarif(diagnostics, rules), null, 2)}\n`;
}
