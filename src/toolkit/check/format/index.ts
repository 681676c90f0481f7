/** Report formats of `masterplan check`. */
import {formatGithub} from './github';
import {formatJson} from './json';
import {formatSarif} from './sarif';
import {formatStylish} from './stylish';
import type {CheckResult} from '../checkContent';
import type {Format} from './formats';

export {FORMATS, type Format} from './formats';

/** Renders a check result in a format. */
export function formatResult(result: Pick<CheckResult, 'diagnostics' | 'files' | 'rules'>, format: Format): string {
  switch (format) {
    case 'stylish':
      return formatStylish(result.diagnostics);
    case 'json':
      return formatJson(result.diagnostics, result.files.length);
    case 'sarif':
      return formatSarif(result.diagnostics, result.rules);
    case 'github':
      return formatGithub(result.diagnostics);
  }
}
