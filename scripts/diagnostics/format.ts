/**
 * Prints diagnostics as `path:line:col: error|warning: message [rule-id]` (the GCC form that
 * editors and CI annotators already understand), paths relative to the working directory.
 */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface Diagnostic {
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string;
}

export function collect(files: readonly VFile[], cwd: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of files) {
    for (const message of file.messages) out.push(toDiagnostic(file, message, cwd));
  }
  return out.sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

function toDiagnostic(file: VFile, message: VFileMessage, cwd: string): Diagnostic {
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    path: file.path ? relative(cwd, file.path) || file.path : '<input>',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    ruleId: message.ruleId ?? 'unknown',
  };
}

/** How a terminal that shows colour marks the parts of a line (cli/colour.ts); plain text by default. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
}

const plain = (text: string) => text;
export const plainStyles: Styles = { bold: plain, dim: plain, red: plain, yellow: plain };

export function formatText(diagnostics: readonly Diagnostic[], styles: Styles = plainStyles): string {
  const severity = (d: Diagnostic) => (d.severity === 'error' ? styles.red : d.severity === 'warning' ? styles.yellow : plain)(styles.bold(d.severity));
  return diagnostics
    .map((d) => `${styles.bold(`${d.path}:${d.line}:${d.column}:`)} ${severity(d)}: ${d.message} ${styles.dim(`[${d.ruleId}]`)}`)
    .join('\n');
}

export function summary(diagnostics: readonly Diagnostic[], styles: Styles = plainStyles): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${(errors > 0 ? styles.red : plain)(plural(errors, 'error'))}, ${(warnings > 0 ? styles.yellow : plain)(plural(warnings, 'warning'))}`;
}
