import type {PressDiagnostic} from './diagnostics';
import type {PressRecord} from './record';

/** What happened to one release. */
export type ImportStatus = 'imported' | 'unchanged' | 'skipped' | 'failed';

export interface ImportResult {
  /** The release file as given. */
  file: string;
  status: ImportStatus;
  /** For `failed`: what is wrong and what to do, as `file:line: message`. For `skipped`: why. */
  message: string | null;
  /** Errors and warnings with their lines. */
  diagnostics: PressDiagnostic[];
  record: PressRecord | null;
  /** The post file (written, or that would be written on a dry run). */
  post: string | null;
  /** For `imported`: whether the post is new, replaced an untouched import, or was forced over an edited one. */
  action: 'created' | 'updated' | 'overwritten' | null;
}

/** A release that failed before anything about the blog was decided. */
export function failedResult(file: string, message: string, detail: Partial<ImportResult> = {}): ImportResult {
  return {file, status: 'failed', message, diagnostics: [], record: null, post: null, action: null, ...detail};
}
