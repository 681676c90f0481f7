/** A problem found in a release, located so an editor can fix it. */
export interface PressDiagnostic {
  severity: 'error' | 'warning';
  /** 1-based line in the source file (after decoding). */
  line: number;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export function pressError(line: number, message: string, hint: string): PressDiagnostic {
  return {severity: 'error', line, message, hint};
}

export function pressWarning(line: number, message: string, hint: string): PressDiagnostic {
  return {severity: 'warning', line, message, hint};
}

/** `file:line: message. hint`, the way editors and CI annotations read it. */
export function formatDiagnostic(file: string, diagnostic: PressDiagnostic): string {
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message}. ${diagnostic.hint}`;
}
