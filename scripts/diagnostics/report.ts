/**
 * The one way content problems are recorded: a `VFileMessage` on the file, with a place, a stable
 * `ruleId`, `source: 'triptych'`, and `fatal: true` for errors (vfile-message's convention).
 * Bugs in our own code throw instead; they never come through here.
 */
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';

export type Severity = 'error' | 'warning';

export function report(
  file: VFile,
  reason: string,
  place: Position | Point | undefined,
  ruleId: string,
  severity: Severity = 'error',
): void {
  const message = file.message(reason, { ruleId, source: 'triptych', ...(place ? { place } : {}) });
  // vfile: `fatal: true` is an error, `false` a warning, `undefined` an info.
  message.fatal = severity === 'error';
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
