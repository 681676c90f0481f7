/**
 * The content checker's public API: {@link checkContent} runs the rules and
 * returns diagnostics; {@link formatResult} renders them; {@link changedFiles}
 * says which files a change set needs checked.
 */
export {changedFiles, ChangeSetError, UnknownBaseError, type BaseSource, type ChangedFiles, type ChangedFilesOptions} from './changedFiles';
export {checkContent, countBySeverity, isRuleName, selectRules, type CheckOptions, type CheckResult} from './checkContent';
export {FORMATS, formatResult, type Format} from './format';
export {toJsonReport, type JsonReport} from './format/json';
export {toSarif} from './format/sarif';
export {RULE_GROUPS, RULES} from './rules';
export type {CheckContext, Diagnostic, FileKind, ParsedFile, Report, Rule, Severity, Span} from './types';
export {lineIndex, type LineIndex} from './lineIndex';
